"""Cleanup: each OCR confusion fixed by the general mechanism, markup leftovers, joining, noise lines.
The examples are errors seen in the seed transcriptions and in Tesseract output of sample pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import cleanup
from pipeline.types import Page, ReadResult

SEEDS = Path(__file__).resolve().parent.parent / "samples" / "seeds"


def fix(s: str) -> str:
    return cleanup.correct_words(cleanup.correct_phrases(cleanup.repair_codes(cleanup.latinize(s))))


@pytest.mark.parametrize("seen,meant", [
    # digits in document numbers and dates (8/&/B, 0/O, 1/l, 5/S)
    ("Số:14&1/BYT-BMTE", "Số:1481/BYT-BMTE"),
    ("Số: l5/2O24/TT-BTP", "Số: 15/2024/TT-BTP"),
    ("ngày 14/1O/2024", "ngày 14/10/2024"),
    ("ngày 0S/01/2025", "ngày 05/01/2025"),
    ("Hà Nội, ngày 14 tháng 3 năm 2O25", "Hà Nội, ngày 14 tháng 3 năm 2025"),
    ("Quyết định số 1B3/QĐ-TTg", "Quyết định số 183/QĐ-TTg"),
    ("Số: 494/NQ-UBTVQHI3", "Số: 494/NQ-UBTVQH13"),
    ("Số: 5129 QĐ-UBND", "Số: 5129/QĐ-UBND"),  # the slash lost
    ("Công văn số 1481 BYT-BMTE ngày", "Công văn số 1481/BYT-BMTE ngày"),  # digits at the end of a symbol (a Quốc hội term)
    ("Luật số 14/2O19/QH1l", "Luật số 14/2019/QH11"),
    # a↔ă↔â, o↔ơ↔ô, u↔ư and tone marks, in domain phrases
    ("Noi nhận:", "Nơi nhận:"),
    ("Nơi nhân:", "Nơi nhận:"),
    ("các tinh, thành phố trực thuộc Trung uơng", "các tỉnh, thành phố trực thuộc Trung ương"),
    ("CỘNG HOÀ XÃ HỘI CHỦ NGHÌA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Độc lập - Tự đo - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
    ("Ủy ban nhân dàn tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Thủ tưởng Chính phủ", "Thủ tướng Chính phủ"),
    # words that are not Vietnamese syllables: diacritics and letter shapes (rn/m, l/i …)
    ("bảo vệ trẻ ern", "bảo vệ trẻ em"),
    ("triền khai thực hiên", "triển khai thực hiện"),
    ("nhiêm vụ trọng tâm", "nhiệm vụ trọng tâm"),
    # syllables run together (lost spaces in a photocopy's header, in a PDF text layer)
    ("ỦY BANNHÂNDÂN", "ỦY BAN NHÂN DÂN"),
    ("TỈNH QUẢNGNGÃI", "TỈNH QUẢNG NGÃI"),
    ("hànhđộng quyết liệt", "hành động quyết liệt"),
    # look-alike letters of other scripts inside Latin words
    ("Кế hoạch", "Kế hoạch"),
    ("BỘ Y TЕ́", "BỘ Y TẾ"),  # Cyrillic Е with a combining acute, then the phrase "Bộ Y tế"
])
def test_confusions(seen, meant):
    assert fix(seen) == meant


@pytest.mark.parametrize("kept", [
    "Số: 1471/UBND-VX", "UBND", "BMTE", "KH-TC", "Võ Anh Tuấn", "Sở LĐTBXH 63 tỉnh, thành phố;",
    "phát triển kinh tế - xã hội của địa phương", "COVID-19", "Số: 65 /KH-UBND", "1539/VLO-QLDN3",
    "TW Đoàn TNCSHCM;", "Tổng đài số 111 và", "chất độc hóa học/dioxin", "Internet", "Nguyễn Thiện Nhân",
    # a word with the letters of a domain phrase but other marks, itself a spelling of the corpus: "Thủ trưởng"
    # (head of an agency, a directive's usual addressee) is not the phrase "Thứ trưởng" (a deputy minister)
    "Thủ trưởng các sở, ban, ngành tỉnh", "3. Thủ trưởng cơ quan, đơn vị có trách nhiệm:",
])
def test_correct_text_is_left_alone(kept):
    assert fix(kept) == kept


def test_cyrillic_in_stamp_word():
    assert cleanup.latinize("DЕН Ngày: 19/3/2025").startswith("DEH")
    assert cleanup.latinize("Привет") == "Привет"  # a real Cyrillic word stays


@pytest.mark.parametrize("raw,clean", [
    ("**ỦY BAN NHÂN DÂN**", "ỦY BAN NHÂN DÂN"),
    ("<b>UBND THÀNH PHỐ THUẬN AN</b>", "UBND THÀNH PHỐ THUẬN AN"),
    ("\\* Bản sao văn bản kèm theo./.", "* Bản sao văn bản kèm theo./."),
    ("*Nơi nhận: ✓*", "Nơi nhận:"),
    ("- Lưu: VT, TE ⁽⁰⁷⁾.", "- Lưu: VT, TE (07)."),
    ("1. **Đẩy mạnh thực hiện** các mục tiêu", "1. Đẩy mạnh thực hiện các mục tiêu"),
])
def test_markup_leftovers(raw, clean):
    assert cleanup.strip_markup(raw) == clean


def test_table_rows_unrolled_and_rules_dropped():
    md = ("# Kế hoạch triển khai công tác trẻ em\n\n| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
          "|---|---|\n| Số: 65/KH-UBND | Quảng Ngãi, ngày 31 tháng 3 năm 2025 |\n\n---\n\nKẾ HOẠCH\n"
          "Kế hoạch triển khai công tác trẻ em\n*Source: https://example.org/vb*\n")
    out = cleanup.strip_markup(md).split("\n")
    assert out[0] == ""  # the "# title" repeating the subject is gone
    body = [x for x in out if x]
    assert body[:4] == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 65/KH-UBND",
                        "Quảng Ngãi, ngày 31 tháng 3 năm 2025"]
    assert not any("---" in x or "Source" in x or "|" in x for x in out)


def test_join_hard_wrapped_lines_keeps_structure():
    text = ("V/v hướng dẫn nhiệm vụ trọng tâm\ncông tác trẻ em năm 2025\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc\nTrung ương\n"
            "Trong năm 2024 vừa qua, công tác chỉ đạo, điều hành, đầu tư\nnguồn lực cho công tác trẻ em.\n"
            "1. Tiếp tục triển khai thực hiện\nđường lối của Đảng;\n"
            "a) Tăng cường sự lãnh đạo;\n- Cơ quan chủ trì: Sở Y tế.\n"
            "Căn cứ Công văn số 1481/BYT-\nBMTE ngày 14/3/2025;\nNơi nhận:\n- Như trên;\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG")
    out = cleanup.join_lines(text).split("\n")
    assert out[0] == "V/v hướng dẫn nhiệm vụ trọng tâm công tác trẻ em năm 2025"
    assert "Trong năm 2024 vừa qua, công tác chỉ đạo, điều hành, đầu tư nguồn lực cho công tác trẻ em." in out
    assert "1. Tiếp tục triển khai thực hiện đường lối của Đảng;" in out
    assert "a) Tăng cường sự lãnh đạo;" in out and "- Cơ quan chủ trì: Sở Y tế." in out
    assert "Căn cứ Công văn số 1481/BYT-BMTE ngày 14/3/2025;" in out
    assert out[-4:] == ["Nơi nhận:", "- Như trên;", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]


@pytest.mark.parametrize("line,noise", [
    ("jmv", True), ("*(L)*", True), ("- REC", True), ("- ICSM", True), ("hephat", True), ("/ ~", True),
    ("- Như trên;", False), ("- Hội BVQTEVN; /", False), ("II.", False), ("KẾ HOẠCH", False),
    ("Võ Anh Tuấn", False), ("- Lưu: VT, BMTE (07).", False), ("TM. ỦY BAN NHÂN DÂN", False), ("a)", False),
])
def test_noise_lines(line, noise):
    assert cleanup.is_noise(cleanup.strip_markup(line)) is noise


def test_seed_001_clean_text():
    c = cleanup.clean_text((SEEDS / "001_e1bc077718118594.txt").read_text(encoding="utf-8"))
    assert [(r.arrival_number, r.arrival_date) for r in c.receipts] == [("4599", "2025-03-19"), ("518", "2025-03-31")]
    assert "Chuyển" not in c.text and "DEN" not in c.text and "**" not in c.text and "<b>" not in c.text
    assert "Số: 1471 /UBND-VX" in c.text.replace("Số : ", "Số: ")
    assert "Số:1481/BYT-BMTE" in c.text  # digit repair inside the attached copy's code
    assert "- REC" in c.removed and "(L)" in c.removed
    assert "Nơi nhận:" in c.text


def test_seed_000_interleaved_header():
    c = cleanup.clean_text((SEEDS / "000_89be0880d92462c3.txt").read_text(encoding="utf-8"))
    assert c.receipts and c.receipts[0].arrival_date == "2025-03-18"
    lines = c.text.split("\n")
    assert "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in lines
    assert any(x.startswith("V/v hướng dẫn nhiệm vụ trọng tâm công tác trẻ em năm 2025") for x in lines)
    assert "jmv" in c.removed
    assert "Hà Nội, ngày 14 tháng 3 năm 2025" in lines


def test_clean_readresult_pages_and_stamp_text():
    r = ReadResult("x.png", "0" * 64, [
        Page(1, "BỘ Y TẾ\nSố: 2207/BYT-KHTC\nHà Nội, ngày 09 tháng 4 năm 2026\nNội dung trang môt.", "ocr",
             stamp_text="SỞ Y TẾ TỈNH BÌNH ĐỊNH\nĐẾN Số: 3517\nNgày: 12/4\nChuyển: P. KHTC"),
        Page(2, "Nơi nhận:\n- Như trên;", "ocr"),
    ])
    c = cleanup.clean(r)
    assert c.text.count("\f") == 1
    assert "Số: 2207/BYT-KHTC" in c.text and "trang một" in c.text
    (rec,) = c.receipts
    assert (rec.office, rec.arrival_number, rec.arrival_date, rec.routed_to, rec.page) == (
        "SỞ Y TẾ TỈNH BÌNH ĐỊNH", "3517", "2026-04-12", "P. KHTC", 1)


@pytest.mark.parametrize("page,kept", [
    ("2\nnăm 2025 và các văn bản", "năm 2025 và các văn bản"),
    ("- 3 -\nđịa phương.\n", "địa phương.\n"),
    ("Nơi nhận:\n- Như trên;\nTrang 4/5", "Nơi nhận:\n- Như trên;"),
    ("Điều 2.\n12", "Điều 2."),
])
def test_page_numbers_dropped(page, kept):
    text, dropped = cleanup.drop_page_numbers(page)
    assert text == kept and len(dropped) == 1


@pytest.mark.parametrize("seen,meant", [
    # remains of a stamp's dotted lines and smudges next to header lines (phone and office scans)
    ("V/v triển khai thực hiện , ::.:- :..", "V/v triển khai thực hiện ,"),
    ("những trường hợp từ :\": hoặc '.'. -", "những trường hợp từ hoặc -"),
    ("Kính gửi: ¡ Ủy ban nhân dân", "Kính gửi: Ủy ban nhân dân"),
    # kept: list dashes, ellipses, the closing "./.", punctuation on words
    ("- Như trên;", "- Như trên;"), ("giải quyết./.", "giải quyết./."), ("Số: ... /QĐ-UBND", "Số: ... /QĐ-UBND"),
    ("kinh tế - xã hội", "kinh tế - xã hội"),
])
def test_junk_tokens(seen, meant):
    assert cleanup.drop_junk_tokens(seen) == meant


@pytest.mark.parametrize("page,issued,meant", [
    # real OCR'd headers of sample photocopies and office scans (the number line as read, the "Lưu:" line)
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố:494NQ-UBTVQH3\nVĂN PHÒNG CHÍNH PHỦ\n- Lưu: HC, TH, CVĐXH.", "2012-05-18",
     "Số: 494/NQ-UBTVQH13"),  # slash lost, the Quốc hội term (khóa XIII by the date) lost a digit
    ("BỘ LAO ĐỘNG - THƯƠNG BI\nVÀ XÃ HỘI\nSố:478LĐTBXHTIE\nUBND TỈNH QUẢNG NGÃI\n- Lưu: VT, TE (07).", "2022-02-28",
     "Số: 478/LĐTBXH-TE"),  # slash and dash lost: issuer code from the header, unit from "Lưu:"
    ("VĂN PHÒNG CHÍNH PHỦ\nSố 879 VPCF&,VX\nV v han hà\n- Lưu: VT, KGVX", "2013-10-21", "Số 879/VPCP-KGVX"),
    # a phone photo: the unit under a stamp read as a type abbreviation, a space after the dash
    ("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 2864/LĐTBXH- NQ.\n- Lưu: VT, NCC.", "2015-07-22",
     "Số: 2864/LĐTBXH-NCC"),
    # left alone: a unit the "Lưu:" line misread ("QUN") when the body cites the issuer's symbol with the
    # number line's unit (a photocopy)
    ("BỘ XÂY DỰNG\nSố: 2214/BXD-QLN\nV/v: Hỗ trợ người có công\n(đã gửi danh sách kèm theo công văn số "
     "1983/BXD-QLN ngày 23/9/2013 đến Bộ Tài chính)\n- Lưu: VT, QUN (2b).", "2013-10-23", "Số: 2214/BXD-QLN"),
    # left alone: well-formed symbols, also with a unit the gazetteer does not know, and party codes
    ("ỦY BAN NHÂN DÂN\nTĨNH BÌNH DƯƠNG\nSố: 1471/UBND-VX\n- Lưu: VT, Lộc, Tân.", "2025-03-18", "Số: 1471/UBND-VX"),
    ("BAN CHẤP HÀNH TRUNG UỞ\nSố 28-CT/TW", "2023-12-25", "Số 28-CT/TW"),
    ("BỘ CÔNG THƯƠNG\nSố: 1539/VLO-QLDN3\n- Lưu: VT, QLDN3.", "2025-01-01", "Số: 1539/VLO-QLDN3"),
    ("QUỐC HỘI\nSố: 15/2012/QH13", "2012-06-20", "Số: 15/2012/QH13"),
])
def test_own_number_line_repaired(page, issued, meant):
    from datetime import date

    out = cleanup.repair_number_line(page, date.fromisoformat(issued)).split("\n")
    assert meant in out


@pytest.mark.parametrize("page,meant", [
    # a photocopy's place-date line under a stamp; the plan cites documents of 14/3 and 19/3/2025
    ("Số: 65/KH-UBND\nQuảng Ngãi, ngày: JÍ tháng 3 năm 2025\ntheo đề nghị của Sở Y tế tại Công văn số "
     "530/SYT-CSXH ngày 19/3/2025", "Quảng Ngãi, ngày 31 tháng 3 năm 2025"),
    ("Hà Nội, ngày 2O tháng l0 năm 2013", "Hà Nội, ngày 20 tháng 10 năm 2013"),
    # left alone: a reading older than a document it cites, and a line that reads whole
    ("Quảng Ngãi, ngày: Í tháng 3 năm 2025\nCông văn số 530/SYT-CSXH ngày 19/3/2025",
     "Quảng Ngãi, ngày: Í tháng 3 năm 2025"),
    ("Bình Dương, ngày 18 tháng 3 năm 2025", "Bình Dương, ngày 18 tháng 3 năm 2025"),
])
def test_issue_date_read_in_its_grammar(page, meant):
    assert meant in cleanup.repair_issue_date(page).split("\n")


def test_stamp_ink_read_again_with_the_body_is_dropped():
    # photocopy: the receipt stamp's office over the title is in the body reading and in the stamp reading
    body = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 65/KH-UBND\nẾ HOẠCH\nSỞ Y TẾ TỈNH QUẢNG NGÃI\n"
            "ông tác trẻ em trên địa bàn tỉnh năm 2025")
    stamp_ink = "| SỞ Y TẾ TỈNH QUẢNG NGÃI\n2435\nKu Ngày: 34/20 Đ CONGI"
    out, dropped = cleanup.drop_stamp_echo(body, stamp_ink)
    assert dropped == ["SỞ Y TẾ TỈNH QUẢNG NGÃI"] and "ông tác trẻ em" in out
    # the issuer block above the number line stays, even when the stamp names the same office
    out, dropped = cleanup.drop_stamp_echo("VĂN PHÒNG CHÍNH PHỦ\nSố 879/VPCP-KGVX", "VĂN PHÒNG CHÍNH PHỦ\nĐẾN")
    assert not dropped and out.startswith("VĂN PHÒNG CHÍNH PHỦ")


# A phrase spelled right is not "corrected" into a near one: "cấp tỉnh, thành phố" (4995/BYT-DP's guidance, item 2) is
# one letter from the phrase "các tỉnh, thành phố"; its word pairs are the corpus's own within each clause.
def test_a_right_spelling_beside_a_phrase_is_kept():
    assert cleanup.correct_phrases("2. Ủy ban nhân dân cấp tỉnh, thành phố") == "2. Ủy ban nhân dân cấp tỉnh, thành phố"
    assert cleanup.correct_phrases("UBND các tính, thành phô") == "UBND các tỉnh, thành phố"
