"""Build the sample product sheets in resources/sample/ (run: python tests/products/make_samples.py).

The Chinese one looks like a seller's own sheet: a merged title row, a blank row, then the header."""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parents[2]

ZH = [
    # 商品编码, 商品名称, 类目, 售价, 成本价, 库存, 卖点
    (
        "LS-KH-001",
        "丝绒雾面口红 #316 豆沙色",
        "彩妆",
        129,
        32.5,
        860,
        "显白不挑皮, 一抹上色, 持妆 8 小时",
    ),
    ("LS-KH-002", "水光唇釉 #02 西柚", "彩妆", 99, 21.8, 540, "镜面水光, 不粘杯"),
    ("LS-MS-001", "玻色因紧致面霜 50g", "护肤", 359, 86, 320, "28 天淡化细纹, 敏感肌可用"),
    ("LS-MS-002", "积雪草修护面霜 50ml", "护肤", 168, 38.9, 410, "舒缓泛红, 修护屏障"),
    ("LS-JH-001", "烟酰胺美白精华 30ml", "护肤", 229, 49.5, 615, "5% 烟酰胺, 提亮肤色"),
    ("LS-FS-001", "清爽防晒霜 SPF50+ PA++++", "护肤", 139, 27, 980, "军训级防晒, 不泛白"),
    ("LS-XM-001", "氨基酸洁面乳 120g", "护肤", 69, 12.4, 1500, "温和清洁, 洗后不紧绷"),
    ("LS-BWB-001", "316 不锈钢保温杯 500ml", "家居", 89, 23, 720, "12 小时保温, 一键弹盖"),
    ("LS-BWB-002", "便携保温杯 350ml 奶油白", "家居", 69, 18.5, 450, "小巧可放包, 防漏设计"),
    ("LS-EJ-001", "降噪蓝牙耳机 Pro", "数码", 299, 118, 260, "主动降噪 40dB, 续航 30 小时"),
    ("LS-EJ-002", "运动蓝牙耳机 挂耳式", "数码", 159, 55, 380, "IPX5 防水, 跑步不掉"),
    ("LS-CD-001", "20000mAh 快充充电宝", "数码", 129, 52, 600, "22.5W 快充, 可上飞机"),
    ("LS-YS-001", "电动牙刷 声波 五档", "个护", 199, 61, 330, "4 万次/分钟, 90 天续航"),
    ("LS-CFJ-001", "高速负离子吹风机", "个护", 399, 142, 150, "11 万转马达, 3 分钟速干"),
    ("LS-WJ-001", "羊绒围巾 灰色 180cm", "服饰", 268, 88, 200, "内蒙古山羊绒, 柔软不扎"),
    ("LS-WY-001", "加绒卫衣 男女同款 M", "服饰", 159, 46, 520, "420g 重磅, 不起球"),
    ("LS-YD-001", "瑜伽垫 TPE 6mm", "运动", 79, 21, 430, "双面防滑, 送绑带"),
    ("LS-YD-002", "跳绳 计数款", "运动", 39.9, 8.6, 900, "智能计数, 钢丝绳芯"),
    ("LS-SP-001", "每日坚果 30 包装", "食品", 129, 58, 1200, "6 种坚果果干, 独立小包"),
    ("LS-SP-002", "挂耳咖啡 混合装 20 包", "食品", 59.9, 19, 1600, "中深烘焙, 3 分钟出杯"),
    ("LS-SP-003", "低糖燕麦片 1kg", "食品", 45, 14.2, 800, "0 添加蔗糖, 即冲即食"),
    ("LS-CJ-001", "厨房剪刀 可拆洗", "家居", 29.9, 6.5, 1000, "德国钢, 可剪鸡骨"),
    ("LS-GZ-001", "不粘炒锅 32cm", "家居", 189, 66, 240, "麦饭石涂层, 少油烟"),
    ("LS-SN-001", "四件套 纯棉 1.8m 床", "家纺", 299, 105, 180, "A 类纯棉, 亲肤透气"),
    ("LS-ZT-001", "记忆棉枕头", "家纺", 99, 31, 350, "慢回弹, 护颈型"),
    ("LS-XJ-001", "香水 栀子花 50ml", "香氛", 249, 64, 210, "前调清新, 留香 6 小时"),
    ("LS-ZJ-001", "美甲贴 30 片装", "彩妆", 19.9, 3.2, 2200, "免烤, 3 分钟上手"),
    ("LS-SZ-001", "儿童保温水杯 吸管款", "母婴", 79, 22, 460, "食品级硅胶吸管, 防呛"),
    ("LS-MJ-001", "宠物梳 开结针梳", "宠物", 35, 7.8, 640, "一键退毛, 不伤皮肤"),
    ("LS-TZ-001", "福利款 随机小样礼包", "福利", 9.9, 4.5, 300, "直播间专享, 每人限 1 份"),
]

EN = [
    (
        "TT-LIP-01",
        "Velvet matte lipstick, shade 316",
        "Beauty",
        12.99,
        3.2,
        860,
        "One swipe, lasts 8 hours",
    ),
    ("TT-LIP-02", "Glossy lip oil, grapefruit", "Beauty", 9.5, 2.1, 540, "Non-sticky shine"),
    (
        "TT-CRM-01",
        "Firming night cream 50 g",
        "Skincare",
        34,
        8.6,
        320,
        "Visible results in 28 days",
    ),
    ("TT-SER-01", "Niacinamide serum 30 ml", "Skincare", 22, 4.95, 615, "Brightens dull skin"),
    ("TT-SPF-01", "Daily sunscreen SPF 50", "Skincare", 14, 2.7, 980, "No white cast"),
    (
        "TT-TMB-01",
        "Insulated tumbler 500 ml",
        "Home",
        18.5,
        4.6,
        720,
        "Hot for 12 hours, leak-proof lid",
    ),
    (
        "TT-EAR-01",
        "Noise-cancelling earbuds Pro",
        "Electronics",
        49,
        19.8,
        260,
        "40 dB ANC, 30 h battery",
    ),
    (
        "TT-PWR-01",
        "20,000 mAh power bank",
        "Electronics",
        25,
        10.4,
        600,
        "Fast charge, airline safe",
    ),
    ("TT-BRU-01", "Sonic electric toothbrush", "Personal care", 29, 9.1, 330, "90-day battery"),
    ("TT-DRY-01", "Ionic hair dryer", "Personal care", 59, 21, 150, "Dries in 3 minutes"),
    ("TT-SCF-01", "Cashmere scarf, grey", "Fashion", 39, 13, 200, "Soft, never itchy"),
    ("TT-HOO-01", "Fleece hoodie, unisex M", "Fashion", 29.99, 9.2, 520, "Heavyweight, no pilling"),
    ("TT-YOG-01", "Yoga mat 6 mm", "Sports", 19, 5.2, 430, "Non-slip both sides"),
    ("TT-NUT-01", "Daily mixed nuts, 30 packs", "Food", 21, 9.6, 1200, "Six nuts and fruits"),
    ("TT-COF-01", "Drip coffee bags, 20 pack", "Food", 11.9, 3.8, 1600, "Medium-dark roast"),
]


def write(
    path: Path, title: str, headers: list[str], rows: list[tuple[object, ...]], sheet: str
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append([])
    ws.append(headers)
    for c in range(1, len(headers) + 1):
        ws.cell(row=3, column=c).font = Font(bold=True)
    for r in rows:
        ws.append(list(r) + [""])
    for col, width in zip("ABCDEFGH", (14, 30, 10, 10, 10, 8, 36, 16), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=5):
        for cell in row:
            cell.number_format = "#,##0.00"
            cell.alignment = Alignment(horizontal="right")
    ws.freeze_panes = "A4"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def main() -> int:
    out = ROOT / "resources" / "sample"
    write(
        out / "products_zh.xlsx",
        "2026 冬季直播选品表",
        ["商品编码", "商品名称", "类目", "售价", "成本价", "库存", "卖点", "备注"],
        ZH,
        "选品表",
    )
    write(
        out / "products_en.xlsx",
        "Winter live show product list",
        ["SKU", "Product name", "Category", "Price", "Cost", "Stock", "Selling points", "Notes"],
        EN,
        "Products",
    )
    print("wrote", out / "products_zh.xlsx", out / "products_en.xlsx", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
