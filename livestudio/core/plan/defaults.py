"""The preparation tasks and risks a new show starts with, in English or Chinese.

Written the way a small live-commerce team writes its own checklist; everything is editable
once added. Days are "days before the show" (negative = after it).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from livestudio.core.models.plan import PrepTask, Risk, Show


@dataclass(frozen=True)
class DefaultTask:
    phase: str
    days_before: int
    en: str
    zh: str


@dataclass(frozen=True)
class DefaultRisk:
    category: str
    likelihood: int
    impact: int
    en: str
    en_response: str
    zh: str
    zh_response: str


DEFAULT_TASKS: tuple[DefaultTask, ...] = (
    DefaultTask(
        "before",
        7,
        "Select products and give each one a role (traffic driver, hero, profit, giveaway)",
        "确定选品，并给每款商品定位（引流款、爆款、利润款、福利款）",
    ),
    DefaultTask(
        "before",
        3,
        "Stock check: count stock on hand for every lineup item and set the show's allocation",
        "库存核对：清点每款商品的现货，锁定本场直播的分配库存",
    ),
    DefaultTask(
        "before",
        2,
        "Set up coupons, flash sales and the lottery in the platform's seller backend; "
        "claim one yourself to test",
        "在平台商家后台设置优惠券、秒杀和抽奖，并自己领取一次测试",
    ),
    DefaultTask(
        "before",
        2,
        "Publish the preview post and a warm-up short video with the start time",
        "发布直播预告和预热短视频，写明开播时间",
    ),
    DefaultTask(
        "before",
        1,
        "Host rehearsal: run the whole run-of-show once with the products in hand and time "
        "each segment",
        "主播彩排：拿着实物按直播脚本完整走一遍，记录每段用时",
    ),
    DefaultTask(
        "before",
        1,
        "Lay out samples, price cards and props in showcase order",
        "按讲解顺序摆好样品、价格牌和道具",
    ),
    DefaultTask(
        "before",
        0,
        "Device test: camera, microphone, lights, upload speed, streaming software, backup "
        "phone charged",
        "设备测试：摄像头、麦克风、灯光、上行网速、推流软件，备用手机充满电",
    ),
    DefaultTask(
        "during",
        0,
        "Pin the current product and post the coupon at every showcase",
        "每个讲解环节置顶当前商品并发放优惠券",
    ),
    DefaultTask(
        "during",
        0,
        "Log incidents and notable comments for the review",
        "记录突发情况和有价值的评论，留作复盘",
    ),
    DefaultTask(
        "after",
        -1,
        "Post-show review: GMV, conversion and each segment planned vs actual; write down "
        "three lessons",
        "直播复盘：GMV、转化率、每个环节计划与实际对比，总结三条经验",
    ),
    DefaultTask(
        "after", -1, "Ship the orders and answer after-sales questions", "安排发货，处理售后咨询"
    ),
    DefaultTask(
        "after", -2, "Announce the lottery winners and send the prizes", "公布中奖名单并寄出奖品"
    ),
)

DEFAULT_RISKS: tuple[DefaultRisk, ...] = (
    DefaultRisk(
        "technical",
        3,
        5,
        "Network drop or unstable upload during the stream",
        "Keep a tested 4G/5G phone hotspot ready. Switch to it, drop the bitrate to 720p and tell "
        "viewers you will be right back. Down for more than 2 minutes: go live again from the "
        "backup phone.",
        "网络中断或直播中上行网速不稳",
        "提前准备并测试好 4G/5G 手机热点。断网后立即切换，把码率降到 720p，口播告诉观众马上回来；"
        "中断超过 2 分钟，用备用手机重新开播。",
    ),
    DefaultRisk(
        "technical",
        2,
        4,
        "Streaming software (OBS / live companion app) crashes or freezes",
        "Export the scene collection before the show. Restart the software (practise it: under one "
        "minute). Keep the platform app logged in on a second phone as a fallback stream.",
        "推流软件（OBS/直播伴侣）崩溃或卡死",
        "开播前导出场景配置。崩溃后立即重启（提前演练，一分钟内恢复）；另一台手机登录平台 App "
        "作为备用推流。",
    ),
    DefaultRisk(
        "supply",
        3,
        4,
        "An item is out of stock: a hero item sells out early or the backend stock is wrong",
        "Have a substitute item ready to show. Announce a restock slot later in the show. Sync the "
        "backend stock before going live; never keep selling what cannot ship.",
        "商品缺货：爆款提前售罄或后台库存不准",
        "准备可替换的备选商品；口播预告稍后返场补货；开播前同步后台库存，发不出的货绝不继续卖。",
    ),
    DefaultRisk(
        "supply",
        2,
        3,
        "Logistics delay: orders cannot ship within the promised time",
        "Confirm pickup capacity with the courier before the show. State real shipping times on air "
        "and on the product page. Prepare an apology coupon for late orders.",
        "物流延迟：订单无法按承诺时效发货",
        "开播前和快递确认揽收能力；直播间和商品页如实说明发货时效；为延迟订单准备致歉优惠券。",
    ),
    DefaultRisk(
        "host",
        1,
        5,
        "Host unwell or losing their voice",
        "Name a backup host who has rehearsed the script. Keep warm water and throat lozenges at "
        "hand. Shorten the show rather than cancel it without notice.",
        "主播身体不适或嗓子失声",
        "指定一位熟悉脚本的替补主播；备好温水和润喉片；宁可缩短直播，也不要不打招呼就取消。",
    ),
    DefaultRisk(
        "audience",
        3,
        3,
        "Hostile comments, trolls or a competitor stirring up the chat",
        "The moderator mutes or blocks at once. The host never argues on air. Answer genuine "
        "product complaints calmly, with facts. Keep a set of prepared replies.",
        "恶意评论、黑粉带节奏或同行恶意攻击",
        "场控立即禁言或拉黑；主播不在直播中争吵；对真实的产品质疑用事实冷静回应；提前准备标准话术。",
    ),
    DefaultRisk(
        "platform",
        1,
        5,
        "Platform outage, or the live room is restricted (e.g. a banned word)",
        "Check the script against the platform's banned-word list beforehand. If restricted: stop, "
        "read the notice, appeal. Tell followers what happened and move unfinished promotions to "
        "the next show.",
        "平台故障，或直播间被限流/封禁（如触发违禁词）",
        "提前对照平台违禁词清单检查话术。被限制后立即停播，查看通知并申诉；在粉丝群说明情况，"
        "未完成的优惠活动顺延到下一场。",
    ),
    DefaultRisk(
        "platform",
        2,
        5,
        "Wrong price or stacked coupons sell an item below cost",
        "Two people check every price and coupon in the backend before going live. If a mistake "
        "goes live, take the link down at once and announce the correct price.",
        "后台价格或优惠券叠加设置错误，商品低于成本价卖出",
        "开播前两人交叉核对所有价格和优惠券；一旦发现错误立即下架链接，并口播正确价格。",
    ),
)


def _zh(language: str) -> bool:
    return (language or "").lower().startswith("zh")


def apply_default_tasks_and_risks(
    session: Session, show: Show, language: str, tasks: bool = True, risks: bool = True
) -> tuple[list[PrepTask], list[Risk]]:
    """Append the default tasks and risks to `show` in "en" or "zh", skipping any it already has
    (so applying twice adds nothing). Returns what was added."""
    zh = _zh(language)
    added_tasks: list[PrepTask] = []
    added_risks: list[Risk] = []
    if tasks:
        start = len(show.tasks)
        have = {t.title for t in show.tasks}
        for i, d in enumerate(d for d in DEFAULT_TASKS if (d.zh if zh else d.en) not in have):
            t = PrepTask(
                phase=d.phase,
                title=d.zh if zh else d.en,
                due_days_before=d.days_before,
                position=start + i,
                source="default",
            )
            show.tasks.append(t)
            added_tasks.append(t)
    if risks:
        start = len(show.risks)
        have = {r.description for r in show.risks}
        for i, r in enumerate(r for r in DEFAULT_RISKS if (r.zh if zh else r.en) not in have):
            risk = Risk(
                category=r.category,
                likelihood=r.likelihood,
                impact=r.impact,
                description=r.zh if zh else r.en,
                response=r.zh_response if zh else r.en_response,
                position=start + i,
            )
            show.risks.append(risk)
            added_risks.append(risk)
    session.flush()
    return added_tasks, added_risks
