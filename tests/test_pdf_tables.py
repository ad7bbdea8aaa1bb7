"""A plan's task table in a PDF's own text layer: the ruled table (found by pdfplumber) is written one row a line,
so the task table reader gets one cell a line, as a web copy gives it. The PDF is made here with fpdf2: the body and
the annex table are quoted from a dev document (samples/corpus/tnt_310_KH-UBND.md, gold split "dev"), and the tasks
read from the PDF through the whole pipeline are compared with that document's gold tasks."""
from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest
import regex
from fpdf import FPDF

from pipeline import ingest, raster
from pipeline.batch import process_file
from pipeline.textnorm import normalize

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "samples/corpus/tnt_310_KH-UBND.md"
GOLD = ROOT / "gold/tnt_310_KH-UBND.json"
FONTS = "/usr/share/fonts/truetype/dejavu/"


def _plain(text: str) -> str:
    return "\n".join(ln for ln in text.replace("*", "").splitlines() if ln.strip() and ln.strip() != "|")


def _source():
    """The dev document's body, its annex title, and its annex table (header, rows) as the web copy prints them."""
    src = SOURCE.read_text(encoding="utf-8")
    body, _, annex = src.partition("**PHỤ LỤC**")
    title, _, table = annex.partition("**TT**")
    cells = [c for c in (" ".join(c.replace("*", "").strip("|").split()) for c in regex.split(r"\n\|\n", table)) if c]
    header, rest = ["TT", *cells[:4]], cells[4:]
    rows = [rest[i : i + 5] for i in range(0, len(rest), 5)]
    assert [r[0] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    return _plain(body), "PHỤ LỤC\n" + _plain(title), header, rows


def _new_pdf() -> FPDF:
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=FONTS + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", style="B", fname=FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_font("DejaVu", size=11)
    return pdf


def _body_and_title() -> tuple[FPDF, list[str], list[list[str]]]:
    """The plan's body on its first page and the annex title on the next, ready for the table."""
    body, title, header, rows = _source()
    pdf = _new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 6, body)
    pdf.add_page()
    pdf.multi_cell(0, 6, title)
    return pdf, header, rows


def _plan_pdf(path: Path, copies: int = 1) -> Path:
    """The plan as a PDF with a text layer: body pages, then the annex table (``copies`` times its six rows, numbered
    on, so that it runs over pages with its header printed again on each)."""
    pdf, header, rows = _body_and_title()
    with pdf.table(col_widths=(8, 60, 40, 40, 25), repeat_headings=1) as table:
        cells = table.row()
        for c in header:
            cells.cell(c)
        for k in range(copies):
            for row in rows:
                cells = table.row()
                for c in [str(int(row[0]) + 6 * k), *row[1:]]:
                    cells.cell(c)
    pdf.output(str(path))
    return path


def _gold_tasks() -> list[dict]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert gold["split"] == "dev"
    return gold["documents"][0]["tasks"]


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory) -> Path:
    return _plan_pdf(tmp_path_factory.mktemp("pdftab") / "plan.pdf")


def test_table_tasks_from_text_layer(plan_pdf):
    result = process_file(str(plan_pdf))
    assert "error" not in result
    assert result["methods"] == ["text-layer"]
    (doc,) = result["documents"]
    assert doc["code"] == "310/KH-UBND"
    gold = _gold_tasks()
    got = doc["tasks"]
    assert [t["label"] for t in got] == [t["label"] for t in gold]
    assert [t["lead"] for t in got] == [t["lead"] for t in gold]
    assert [t["timeline"] for t in got] == [t["timeline"] for t in gold]
    _, _, _, rows = _source()
    assert [t["text"] for t in got] == [normalize(r[1]) for r in rows]  # the cell as printed (gold mends a typo)


def test_same_tasks_as_the_text_input(plan_pdf):
    """The PDF and the web copy of the same plan give the same tasks."""
    from_text = process_file(str(SOURCE))["documents"][0]["tasks"]
    from_pdf = process_file(str(plan_pdf))["documents"][0]["tasks"]
    assert [(t["label"], t["lead"], t["coordinators"], t["timeline"]) for t in from_pdf] == \
        [(t["label"], t["lead"], t["coordinators"], t["timeline"]) for t in from_text]


def test_table_over_pages(tmp_path):
    """24 rows over several pages, the header printed again at each page's top: one table, rows 1-24 in order."""
    path = _plan_pdf(tmp_path / "long.pdf", copies=4)
    read = ingest.read(path)
    table_pages = [p for p in read.pages if "| TT |" in p.text or regex.search(r"(?m)^\| \d+\. \|", p.text)]
    assert len(table_pages) >= 3
    assert sum(p.text.count("| TT |") for p in read.pages) == 1  # the repeated headers left out
    (doc,) = process_file(str(path))["documents"]
    gold = _gold_tasks()
    assert [t["label"] for t in doc["tasks"]] == [str(n) for n in range(1, 25)]
    assert [t["lead"] for t in doc["tasks"]] == [t["lead"] for t in gold] * 4


def test_pages_without_a_table_unchanged(plan_pdf):
    """Body pages read exactly as the plain text layer gives them; only the table's page is rewritten, and there the
    text above the table (the annex title) comes before it, not repeated inside it."""
    read = ingest.read(plan_pdf)
    pdf = raster.open_pdf(plan_pdf)
    try:
        plain = [raster.check_layer(raster.page_text(pdf[i])).text for i in range(len(pdf))]
    finally:
        pdf.close()
    with pdfplumber.open(str(plan_pdf)) as pl:
        with_table = [i for i, p in enumerate(pl.pages) if p.find_tables()]
    assert with_table and len(with_table) < len(plain)
    for i, page in enumerate(read.pages):
        if i not in with_table:
            assert page.text == plain[i]
    annex = read.pages[with_table[0]].text
    assert annex != plain[with_table[0]]
    assert annex.index("NHIỆM VỤ CHỦ YẾU") < annex.index("| TT | Nội dung/nhiệm vụ | Cơ quan chủ trì |")
    assert annex.count("Quý III Năm 2026") == 1


def test_two_column_table_left_as_text(tmp_path):
    """A ruled table without numbered rows (a header's issuer | motto) is no task table: the page reads as before."""
    pdf = _new_pdf()
    pdf.add_page()
    body, _, _, _ = _source()
    with pdf.table(col_widths=(40, 60)) as table:
        for a, b in [("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                     ("Số: 310/KH-UBND", "Hà Nội, ngày 24 tháng 11 năm 2025")]:
            row = table.row()
            row.cell(a)
            row.cell(b)
    pdf.multi_cell(0, 6, body[:1500])
    pdf.output(str(tmp_path / "head.pdf"))
    doc = raster.open_pdf(tmp_path / "head.pdf")
    try:
        plain = raster.check_layer(raster.page_text(doc[0])).text
    finally:
        doc.close()
    with pdfplumber.open(str(tmp_path / "head.pdf")) as pl:
        assert pl.pages[0].find_tables()  # pdfplumber does see the table
    assert ingest.read(tmp_path / "head.pdf").pages[0].text == plain


def test_two_row_header_on_a_landscape_page(tmp_path):
    """A header over two rows ('Cơ quan thực hiện' over 'Chủ trì' / 'Phối hợp'), a row numbering the columns
    '(1) … (5)', on a landscape page: the rows still give their leads."""
    body, title, _, rows = _source()
    pdf = _new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 6, body)
    pdf.add_page(orientation="L")
    pdf.multi_cell(0, 6, title)
    with pdf.table(col_widths=(8, 90, 60, 60, 30), num_heading_rows=2) as table:
        top = table.row()
        top.cell("TT", rowspan=2)
        top.cell("Nội dung nhiệm vụ", rowspan=2)
        top.cell("Cơ quan thực hiện", colspan=2)
        top.cell("Thời gian thực hiện", rowspan=2)
        lower = table.row()
        lower.cell("Chủ trì")
        lower.cell("Phối hợp")
        numbers = table.row()
        for n in range(1, 6):
            numbers.cell(f"({n})")
        for row in rows:
            cells = table.row()
            for c in row:
                cells.cell(c)
    pdf.output(str(tmp_path / "landscape.pdf"))
    (doc,) = process_file(str(tmp_path / "landscape.pdf"))["documents"]
    gold = _gold_tasks()
    assert [t["label"] for t in doc["tasks"]] == [t["label"] for t in gold]
    assert [t["lead"] for t in doc["tasks"]] == [t["lead"] for t in gold]
    assert [t["timeline"] for t in doc["tasks"]] == [t["timeline"] for t in gold]


def test_a_chair_cell_merged_over_two_rows_leads_both(tmp_path):
    """Review 3 of stop 13: a 'Cơ quan chủ trì' cell spanning two rows (pdfplumber gives None for the lower one) is the
    lower row's chair too, not an empty cell that shifts the timeline into the lead column."""
    pdf, header, rows = _body_and_title()
    with pdf.table(col_widths=(8, 60, 40, 40, 25)) as table:
        cells = table.row()
        for c in header:
            cells.cell(c)
        first, second = rows[0], rows[1]
        cells = table.row()
        for k, c in enumerate(first):
            cells.cell(c, rowspan=2) if k == 2 else cells.cell(c)
        cells = table.row()
        for k, c in enumerate(second):
            if k != 2:
                cells.cell(c)
    path = tmp_path / "rowspan.pdf"
    pdf.output(str(path))
    tasks = process_file(str(path))["documents"][0]["tasks"]
    lead = [t["lead"] for t in tasks[:2]]
    assert lead[0] and lead[1] == lead[0]
    assert tasks[1]["timeline"] == normalize(second[4]).strip(" .")


def _rows_pdf(path: Path, rows: list[list[str]]) -> Path:
    pdf, header, _ = _body_and_title()
    with pdf.table(col_widths=(8, 60, 40, 40, 25)) as table:
        for row in [header, *rows]:
            cells = table.row()
            for c in row:
                cells.cell(c)
    pdf.output(str(path))
    return path


def test_an_empty_cell_in_mid_row_keeps_the_columns_after_it(tmp_path):
    """Issue 4, item 1: a row with no coordinating agency ('| 3. | … | Ban Quản lý … | | Thường xuyên |') keeps its
    timeline in the time column, and a row with its chair's cell empty does not take the coordinators for its chair;
    the rows around them read as before."""
    _, _, _, rows = _source()
    rows = [list(r) for r in rows]
    no_co, no_lead = rows[2], rows[3]
    no_co[3], no_lead[2] = "", ""
    path = _rows_pdf(tmp_path / "empty.pdf", rows)
    tasks = process_file(str(path))["documents"][0]["tasks"]
    gold = _gold_tasks()
    assert [t["label"] for t in tasks] == [t["label"] for t in gold]
    third, fourth = tasks[2], tasks[3]
    assert third["lead"] == gold[2]["lead"] and third["coordinators"] == []
    assert third["timeline"] == normalize(no_co[4])
    assert fourth["lead"] == [] and fourth["timeline"] == normalize(no_lead[4])
    assert fourth["coordinators"] and fourth["coordinators"] == [t["coordinators"] for t in
                                                                  process_file(str(SOURCE))["documents"][0]["tasks"]][3]
    assert [t["lead"] for t in tasks[4:]] == [t["lead"] for t in gold[4:]]


def test_a_follow_on_row_under_a_merged_number_cell(tmp_path):
    """Issue 4, item 2, in a PDF: rows 1-3 of group IV of dev document 2820/QĐ-UBND's annex, row 2 with its unnumbered
    follow-on row ('Thực hiện sao lưu dữ liệu …', its own chair and coordinator) under number and time cells merged
    over both. The follow-on row's chair and coordinator are row 2's too (gold/README: such rows belong to the numbered
    row above); rows 1 and 3 read as printed."""
    pdf, _, _ = _body_and_title()
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian dự kiến hoàn thành"]
    rows = [["1", "Xây dựng và thực hiện các biện pháp bảo đảm an toàn thông tin mạng, an ninh mạng đối với cơ sở dữ "
             "liệu quốc gia về quy hoạch khi kết nối, chia sẻ dữ liệu cho các cơ sở dữ liệu của sở, ngành, địa phương.",
             "Công an Thành phố", "Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu", "Quý IV/2026"],
            ["2", "Quản lý, vận hành Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch đảm bảo hoạt động thông "
             "suốt, liên tục 24/7.", "Sở Tài chính", "Các sở, ngành, UBND xã, phường, đặc khu", "Quý IV/2026"],
            ["Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi hệ thống sau sự cố.", "Sở Khoa học và Công nghệ",
             "Sở Tài chính"],
            ["3", "Cập nhật, chia sẻ và đồng bộ dữ liệu về Trung tâm dữ liệu quốc gia theo đúng cơ chế phân cấp dữ liệu "
             "đảm bảo phù hợp với quy định về dữ liệu.", "Sở Tài chính", "Các sở, ngành, UBND xã, phường, đặc khu",
             "Quý IV/2026"]]
    with pdf.table(col_widths=(8, 60, 40, 40, 25)) as table:
        for r in [header, *rows]:
            cells = table.row()
            for k, c in enumerate(r):
                cells.cell(c, rowspan=2 if r is rows[1] and k in (0, 4) else 1)
    path = tmp_path / "follow.pdf"
    pdf.output(str(path))
    tasks = process_file(str(path))["documents"][0]["tasks"]
    assert [t["label"] for t in tasks] == ["1", "2", "3"]
    assert tasks[1]["lead"] == ["Sở Tài chính", "Sở Khoa học và Công nghệ"]
    assert tasks[1]["coordinators"] == ["Các sở, ngành", "UBND xã, phường, đặc khu", "Sở Tài chính"]
    assert tasks[1]["timeline"] == "Quý IV/2026" and tasks[1]["text"].endswith("phục hồi hệ thống sau sự cố.")
    assert [t["lead"] for t in (tasks[0], tasks[2])] == [["Công an Thành phố"], ["Sở Tài chính"]]


def test_text_beside_the_table_is_kept_in_reading_order(tmp_path):
    """Issue 4, item 4: text printed beside a table at its height (outside its box) was dropped, the letter check
    tolerating it. 310/KH-UBND's annex with its label 'PHỤ LỤC' printed left of the table and its '(Kèm theo Kế hoạch
    số …)' right of it: each is kept once, the left one before the table's rows, the right one after them; the rows
    read as before."""
    pdf, header, rows = _body_and_title()
    pdf.add_page(orientation="L")  # the table alone on a landscape page, room on both sides of it
    pdf.set_font("DejaVu", size=8)
    top, first = pdf.get_y(), pdf.page
    with pdf.table(col_widths=(8, 80, 45, 45, 22), width=200, align="CENTER") as table:
        for r in [header, *rows]:
            cells = table.row()
            for c in r:
                cells.cell(c)
    assert pdf.page == first  # (one page)
    pdf.set_xy(5, top)
    pdf.multi_cell(35, 5, "PHỤ LỤC", align="L")
    pdf.set_xy(252, top + 20)
    pdf.multi_cell(40, 5, "(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố Hà Nội)", align="L")
    path = tmp_path / "beside.pdf"
    pdf.output(str(path))
    page = ingest.read(path).pages[-1].text
    assert "| TT |" in page
    assert page.count("PHỤ LỤC") == 1 and page.index("PHỤ LỤC") < page.index("| TT |")
    note = regex.search(r"\(Kèm theo Kế hoạch\s+số:.*?Hà\s+Nội\)", page, regex.S)
    assert note and page.count("Kèm theo") == 1 and note.start() > page.rindex("| 6. |")
    tasks = process_file(str(path))["documents"][0]["tasks"]
    gold = _gold_tasks()
    assert [(t["label"], t["lead"]) for t in tasks] == [(t["label"], t["lead"]) for t in gold]
