"""Build the intake test files in tests/data/intake/ (run once: python tests/data/make_intake_files.py).

Each file is one case from issue 11: encodings, formats read by content, malformed text, hostile
workbooks, platform exports' real headers, run-of-show sheets. The .xls, .ods and LibreOffice
.xlsx files are written by LibreOffice (soffice --headless --convert-to), so running this script
needs libreoffice-calc; the test suite only reads the committed outputs. Big and bomb files are
made by the tests in tmp_path, never committed. LibreOffice cannot write .xlsb: calamine-*.xlsb
are copied unchanged from python-calamine's Rust core's own tests (github.com/tafia/calamine,
MIT licence), not made here."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "intake"

PRODUCTS_TW = [
    ["商品編碼", "商品名稱", "售價", "庫存"],
    ["DJ-001", "羽絨外套", "599", "12"],
    ["DJ-002", "羊毛圍巾", "129.5", "40"],
    ["DJ-003", "保溫杯", "89", "100"],
]
PRODUCTS_ZH = [
    ["商品编码", "商品名称", "售价", "库存"],
    ["DJ-001", "羽绒外套", "599", "12"],
    ["DJ-002", "羊毛围巾", "129.5", "40"],
    ["DJ-003", "保温杯", "89", "100"],
]
PRODUCTS_EN = [
    ["SKU", "Name", "Price", "Stock"],
    ["EN-001", "Café crème mug", "12.50", "30"],
    ["EN-002", "Naïve plush bear", "19.99", "8"],
    ["EN-003", "Déjà vu scarf", "24.00", "15"],
]
PRODUCTS_JA = [
    ["SKU", "商品名", "価格", "在庫"],
    ["JP-001", "抹茶チョコレート", "1200", "50"],
    ["JP-002", "桜の香りハンドクリーム", "980", "20"],
]


def csv_text(rows: list[list[str]], sep: str = ",", end: str = "\r\n") -> str:
    return end.join(sep.join(r) for r in rows) + end


def write(name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = OUT / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def minimal_xlsx(path: Path, sheet_xml: str, shared: list[str] | None = None) -> Path:
    """A hand-written .xlsx (what a generator or an attacker makes), for cases Excel never writes."""
    ct = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    book = (
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    book_rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", book_rels)
        z.writestr(
            "xl/worksheets/sheet1.xml",
            '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main">{sheet_xml}</worksheet>',
        )
    return path


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def libreoffice(src: Path, fmt: str, name: str) -> None:
    """Convert a UTF-8 CSV with LibreOffice and save the result as `name`."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                fmt,
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        produced = next(Path(tmp).iterdir())
        shutil.move(str(produced), OUT / name)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    # ---- encodings -------------------------------------------------------------------------
    write("products-big5.csv", csv_text(PRODUCTS_TW), "big5")
    write("products-gb18030.csv", csv_text(PRODUCTS_ZH), "gb18030")
    write("products-shift-jis.csv", csv_text(PRODUCTS_JA), "shift_jis")
    write("products-cp1252.csv", csv_text(PRODUCTS_EN), "cp1252")
    write("products-utf8-bom.csv", "\ufeff" + csv_text(PRODUCTS_ZH))
    # Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated
    write("products-unicode-text.txt", "\ufeff" + csv_text(PRODUCTS_ZH, "\t"), "utf-16-le")
    write("products-utf16-no-bom.txt", csv_text(PRODUCTS_EN, "\t"), "utf-16-le")
    write(
        "products-semicolon.csv",
        csv_text([r[:] for r in PRODUCTS_EN], ";").replace("12.50", "12,50"),
    )
    # bytes no candidate encoding reads cleanly
    write("products-garbage-bytes.csv", b"SKU,Name\r\nX-1,\x81\xfe\x80\xff\x9d\x8d\x8f\x90\r\n")
    # ---- formats read by content -----------------------------------------------------------
    write("csv-named.xlsx", csv_text(PRODUCTS_EN))
    en_csv = write("products-en.csv", csv_text(PRODUCTS_EN))
    zh_csv = write("products-zh.csv", csv_text(PRODUCTS_ZH))
    libreoffice(zh_csv, "xls", "products-libreoffice.xls")
    libreoffice(zh_csv, "ods", "products-libreoffice.ods")
    libreoffice(en_csv, "xlsx", "products-libreoffice.xlsx")
    shutil.copy(OUT / "products-libreoffice.xlsx", OUT / "xlsx-named.csv")
    # ---- malformed text --------------------------------------------------------------------
    write(
        "stray-quote.csv",
        'SKU,Name,Price\r\nQ-1,Mug,10\r\nQ-2,"Scarf 12" wide,20\r\nQ-3,Hat,30\r\n'
        'Q-4,"Gloves,40\r\nQ-5,Socks,5\r\nQ-6,Boots",60\r\nQ-7,Belt,7\r\n',
    )
    write("unclosed-quote.csv", 'SKU,Name,Price\r\nU-1,Mug,10\r\nU-2,"Scarf,20\r\nU-3,Hat,30\r\n')
    # old-Mac CR line ends, a CR inside a quoted cell, then CRLF and LF
    write("lone-cr.csv", 'SKU,Name,Price\rCR-1,Mug,10\rCR-2,"Sc\rarf",20\r\nCR-3,Hat,30\n')
    write(
        "control-chars.csv",
        "SKU,Name,Notes\r\nC-1,Mug\x00,ok\x07\r\nC-2,Sca\x1brf,\x0bline\r\nC-3,Hat,\x08\x08\r\n",
    )
    write(
        "huge-numbers.csv",
        "SKU,Name,Price,Stock\r\nH-1,Mug,100000000000000000,5\r\n"
        "H-2,Scarf,12,99999999999999999999\r\nH-3,Hat,9.5,3\r\n",
    )
    minimal_xlsx(
        OUT / "nan-inf.xlsx",
        "<sheetData>"
        f'<row r="1">{inline("A1", "SKU")}{inline("B1", "Name")}{inline("C1", "Price")}</row>'
        f'<row r="2">{inline("A2", "N-1")}{inline("B2", "Mug")}<c r="C2"><v>NaN</v></c></row>'
        f'<row r="3">{inline("A3", "N-2")}{inline("B3", "Hat")}<c r="C3"><v>inf</v></c></row>'
        f'<row r="4">{inline("A4", "N-3")}{inline("B4", "Cap")}<c r="C4"><v>5</v></c></row>'
        "</sheetData>",
    )
    # ---- hostile workbooks -----------------------------------------------------------------
    minimal_xlsx(
        OUT / "dimension-bomb.xlsx",
        '<dimension ref="A1:XFD1048576"/><sheetData>'
        f'<row r="1">{inline("A1", "SKU")}{inline("B1", "Name")}</row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
    )
    # a small table and one stray value far away: the rectangle calamine would fill is huge
    # (16.7 million cells for the .xls: 1 GB; 19 million for the .xlsx: 660 MB) and nearly empty
    with tempfile.TemporaryDirectory() as tmp:
        stray = Path(tmp) / "stray-cell.csv"
        lines = ["SKU,Name,Price", "X-1,Lip balm,12.5", "X-2,Serum,99"]
        lines += [""] * (65536 - 4) + ["," * 255 + "stray"]  # row 65536, column IV
        stray.write_text("\n".join(lines) + "\n", encoding="utf-8")
        libreoffice(stray, "xls", "stray-cell.xls")
    minimal_xlsx(
        OUT / "stray-cell.xlsx",
        "<sheetData>"
        f'<row r="1">{inline("A1", "SKU")}{inline("B1", "Name")}</row>'
        f'<row r="2">{inline("A2", "X-1")}{inline("B2", "Lip balm")}</row>'
        '<row r="190000"><c r="CV190000"><v>1</v></c></row></sheetData>',
    )
    # ---- real headers ----------------------------------------------------------------------
    write(
        "shopify-products.csv",
        "Handle,Title,Body (HTML),Vendor,Type,Tags,Variant SKU,Variant Inventory Qty,"
        "Variant Price,Variant Compare At Price,Cost per item\r\n"
        "wool-scarf,Merino Wool Scarf,<p>Soft</p>,Acme,Scarves,winter,SH-330,12,39.00,49.00,11.50\r\n"
        "lip-oil,Lip Oil,<p>Glossy</p>,Acme,Beauty,lips,SH-101,40,18.00,,4.20\r\n",
    )
    write(
        "woocommerce-products.csv",
        "ID,Type,SKU,Name,Published,Short description,Sale price,Regular price,Categories,Stock\r\n"
        "11,simple,WC-1,Ceramic Mug,1,Holds 350 ml,9.00,12.00,Kitchen,25\r\n"
        "12,simple,WC-2,Tea Towel,1,Linen,,6.50,Kitchen,60\r\n",
    )
    write(
        "taobao-qianniu.csv",
        "宝贝名称,宝贝类目,宝贝价格,宝贝数量,商家编码,商品ID,宝贝描述\r\n"
        "加绒卫衣,女装,159.00,300,TB-001,6543210987,加厚保暖\r\n"
        "针织开衫,女装,199.00,120,TB-002,6543210988,软糯\r\n",
        "gb18030",
    )
    write(
        "doudian-products.csv",
        "商品ID,商品名称,商家编码,售价,库存,商品类目\r\n"
        "3601234,护手霜 50g,DD-01,39.9,500,美妆\r\n3601235,润唇膏,DD-02,29.9,800,美妆\r\n",
    )
    write(
        "shopee-products.csv",
        "Product Name,Parent SKU,SKU,Price,Stock,Category\r\n"
        "Batik Shirt,BT,BT-M,Rp 150.000,20,Fashion\r\nBatik Shirt,BT,BT-L,Rp 155.000,15,Fashion\r\n",
    )
    write(
        "lazada-products.csv",
        "Product Name,SellerSKU,ShopSku,Price,SpecialPrice,Quantity,Category\r\n"
        "Tumbler 500ml,LZ-TB-1,123_MY-456,RM45.00,RM39.00,70,Kitchen\r\n",
    )
    write(
        "etsy-listings.csv",
        "TITLE,DESCRIPTION,PRICE,CURRENCY_CODE,QUANTITY,TAGS,SKU\r\n"
        "Handmade Candle,Soy wax,£14.00,GBP,9,candle,ET-CDL\r\n",
    )
    write(
        "traditional-chinese.csv",
        "商品編號,商品名稱,售價,庫存,分類,成本\r\nTW-01,珍珠奶茶杯,NT$350,40,餐具,NT$120\r\n",
        "big5",
    )
    write(
        "tiktok-live-list.csv",
        "LIVE name,Start time,Duration,Attributed GMV,Orders Paid,Orders Created,Unit Sales,"
        "Viewers,Views,Avg. viewing duration (per viewer),LIVE impressions,Ads cost\r\n"
        'Winter glow-up,2026-11-30 12:00,1h 3m 30s,"$1,234.56",48,61,70,"2,310","5,120",'
        '1min 42s,"48,000",$120.50\r\n',
    )
    write(
        "douyin-compass-summary.csv",
        "开播时间,直播时长,直播间用户支付金额,观看人次,人数峰值,直播间曝光人数,直播间曝光次数,"
        "净成交金额,净成交订单数,投放消耗,离开人数\r\n"
        '2026-11-30 12:00:00,1小时5分,"¥12,345.60",8200,910,45000,66000,"¥11,000.00",150,'
        '"¥2,000.00",7900\r\n',
    )
    # ---- run-of-show -----------------------------------------------------------------------
    write(
        "runsheet-zh.csv",
        "环节,类型,时长,商品,话术,OBS场景\r\n"
        "开场暖场,开场,5分钟,,欢迎来到直播间,开场机位\r\n"
        "口红试色,讲解,1min 42s,LS-001,近景试色,特写\r\n"
        "限时秒杀,秒杀,abc,,倒数三二一,全景\r\n"
        ",,,\r\n"
        "抽奖,抽奖,3分20秒,不存在的商品,评论666,全景\r\n"
        "下播,结束,2:00,,感谢观看,\r\n",
    )


if __name__ == "__main__":
    main()
