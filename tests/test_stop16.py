"""Stop 16: the same document laid out as OCR gives a scan (its paragraphs and titles wrapped at the page's width) reads
the same as its web text. Found by re-laying out the development documents (the text unchanged, only where lines
break): a wrapped addressee lost its last words, a title wrapped after "TRÊN" lost its last line, a capitals title
wrapped into more than six lines was cut."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.batch import process_file
from pipeline.evaluate import same
from pipeline.layouts import wrapped
from pipeline.parse import parse_text

ROOT = Path(__file__).resolve().parents[1]


def test_an_addressee_wrapped_after_an_open_word_goes_on_in_the_next_line():
    text = ("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
            "phúc\n---------------\nSố: 1244/LĐTBXH-NCC\nV/v hướng dẫn giải quyết chế độ\nHà Nội, ngày 10 tháng 4 năm "
            "2009\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc\nTrung ương\n\nSau khi Bộ Lao động - "
            "Thương binh và Xã hội ban hành Thông tư số 08/2009/TT-BLĐTBXH ngày 07/4/2009, Bộ hướng dẫn như sau:\n")
    doc = parse_text(text)[0]
    assert doc["recipients"] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


@pytest.mark.parametrize("stem", ["congbot_17", "congbot_37", "001_e1bc077718118594", "tnt_81_2025_NQ-HĐND"])
def test_a_development_document_wrapped_at_sixty_characters_reads_as_its_gold(stem, tmp_path):
    gold = json.loads((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    assert gold["split"] == "dev"
    source = ROOT / gold["source"]
    path = tmp_path / source.name
    path.write_text(wrapped(source.read_text(encoding="utf-8"), 60), encoding="utf-8")
    docs = process_file(str(path))["documents"]
    for want, got in zip(gold["documents"], docs):
        assert same("subject", got["subject"], want["subject"]), (got["subject"], want["subject"])
        assert len(got["recipients"]) == len(want["recipients"])
        for g, w in zip(got["recipients"], want["recipients"]):
            assert same("recipients", g, w), (g, w)


def test_a_sentence_cased_title_keeps_abbreviations_a_city_and_a_cited_type():
    # (saved development pages r09_2688/QĐ-UBND, d24_1351/QĐ-UBND, tvpl_1609/QĐ-TTPVHCC: "ubnd tỉnh Quảng Bình",
    # "nghị quyết 66/NQ-CP")
    from pipeline.parse.header import _sentence
    assert _sentence("BÃI BỎ CÁC VĂN BẢN DO UBND TỈNH QUẢNG BÌNH, HĐND TP. HÀ NỘI BAN HÀNH THEO NGHỊ QUYẾT 66/NQ-CP "
                     "VỀ ĐẦU TƯ") == ("Bãi bỏ các văn bản do UBND tỉnh Quảng Bình, HĐND TP. Hà Nội ban hành theo "
                                      "Nghị quyết 66/NQ-CP về đầu tư")


@pytest.mark.parametrize("words", ["BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND", "Hội nghị tổng kết năm",
                                   "Bộ luật Lao động", "Vụ việc tranh chấp đất đai", "Sở hữu trí tuệ"])
def test_a_head_word_that_makes_a_common_word_opens_no_agency(words):
    from pipeline.parse.gazetteer import starts_agency
    assert not starts_agency(words)


@pytest.mark.parametrize("name", ["Ban Quản lý dự án", "Hội Nông dân tỉnh", "Bộ Tài chính", "Sở Y tế", "Vụ Pháp chế"])
def test_agencies_still_open_on_their_head(name):
    from pipeline.parse.gazetteer import starts_agency
    assert starts_agency(name)


def test_a_capitals_title_of_many_lines_is_read_whole():
    # (saved development page d05_81/2025/QĐ-UBND Đà Nẵng: a title of sixteen lines was cut at the twelfth, and at a
    # line opening "BAN HÀNH KÈM THEO", taken for an agency "Ban")
    title = "\n".join(["BÃI BỎ QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ ĐÀ NẴNG QUY ĐỊNH VỀ"]
                      + ["QUẢN LÝ VÀ SỬ DỤNG TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN ĐƯỜNG"] * 8
                      + ["BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 24/2019/QĐ-UBND NGÀY 02/5/2019 CỦA UBND THÀNH PHỐ ĐÀ NẴNG"])
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
            "phúc\n---------------\nSố: 81/2025/QĐ-UBND\nĐà Nẵng, ngày 10 tháng 10 năm 2025\n\nQUYẾT ĐỊNH\n"
            + title + "\nỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
            "QUYẾT ĐỊNH:\n\nĐiều 1. Bãi bỏ Quyết định số 55/2014/QĐ-UBND.\n")
    subject = parse_text(text)[0]["subject"]
    assert subject.endswith("ban hành kèm theo Quyết định số 24/2019/QĐ-UBND ngày 02/5/2019 của UBND thành phố Đà Nẵng")
    assert subject.count("vỉa hè") == 8


NOTICE = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 624/TB-VPCP
Hà Nội, ngày 15 tháng 11 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp Ban Chỉ đạo về chuyển đổi số

Thủ tướng Chính phủ kết luận như sau:

{items}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Nguyễn Văn A
"""


@pytest.mark.parametrize("items", [
    # (624/TB-VPCP among the saved development texts, wrapped as OCR wraps it: "(2)" opens a line)
    "1. Khẩn trương xây dựng và ban hành chiến lược chuyển đổi số và chiến lược\ndữ liệu: (1) Thanh tra Chính phủ ban "
    "hành trước ngày 25 tháng 11 năm 2025;\n(2) Bộ Công an chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng\n"
    "dẫn để các bộ, ngành, địa phương thực hiện việc rà soát.\n2. Về hạ tầng số: Các bộ, ngành chủ động đầu tư hạ tầng.",
    # … and one point a line under the topic
    "1. Khẩn trương xây dựng và ban hành chiến lược chuyển đổi số và chiến lược dữ liệu:\n(1) Thanh tra Chính phủ ban "
    "hành trước ngày 25 tháng 11 năm 2025;\n(2) Bộ Công an chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng "
    "dẫn để các bộ, ngành, địa phương thực hiện việc rà soát.\n2. Về hạ tầng số: Các bộ, ngành chủ động đầu tư hạ tầng.",
])
def test_points_in_brackets_lead_wherever_their_lines_break(items):
    doc = parse_text(NOTICE.format(items=items))[0]
    assert [(t["label"], t["lead"]) for t in doc["tasks"]] == [("1", ["Thanh tra Chính phủ", "Bộ Công an"]),
                                                                 ("2", ["Các bộ, ngành"])]


def test_a_line_ending_on_a_name_head_joins_the_next_in_cleanup():
    # (224/CĐ-TTg among the saved development texts, wrapped: "… Chủ tịch" / "Hội đồng thành viên, Tổng giám đốc …"
    # stayed two paragraphs, and item 1's last lead was read "Chủ tịch")
    from pipeline.cleanup import join_lines
    text = ("1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh,\n"
            "thành phố trực thuộc Trung ương, Chủ tịch\nHội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty "
            "tiếp tục chỉ đạo; gửi báo cáo về Bộ\nXây dựng chậm nhất ngày 10 tháng 12 năm 2025.\n2. Bộ Xây dựng:")
    assert join_lines(text).split("\n") == [
        "1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty tiếp "
        "tục chỉ đạo; gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025.", "2. Bộ Xây dựng:"]


@pytest.mark.parametrize("prev, line", [
    ("của Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa", "XII."),
    ("xử lý nghiêm theo đúng chỉ đạo của Cục trưởng", "Cục Điều tra chống buôn lậu;"),
])
def test_a_wrapped_term_number_or_title_joins_its_line(prev, line):
    # (84/NQ-CP and 7594/TCHQ-PC among the saved development texts, wrapped at 60 characters: "XII." alone was read as
    # a section heading; "Cục trưởng" / "Cục Điều tra …" as two leads, the first "Cục trưởng")
    from pipeline.cleanup import join_lines
    assert join_lines(f"{prev}\n{line}") == f"{prev} {line}"


def test_a_section_number_alone_after_a_closed_sentence_stays_a_heading():
    from pipeline.cleanup import join_lines
    assert join_lines("… theo Nghị quyết số 11-NQ/TW.\nII.\nNHIỆM VỤ") == "… theo Nghị quyết số 11-NQ/TW.\nII.\nNHIỆM VỤ"


LETTER = ("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
          "phúc\n---------------\nSố: 3151/LĐTBXH-LĐTL\nV/v chế độ tiền lương\nHà Nội, ngày 10 tháng 8 năm 2023\n\n"
          "{kinh_gui}\n\nBộ Lao động - Thương binh và Xã hội nhận được công văn của Quý cơ quan, về vấn đề này Bộ có ý kiến "
          "như sau:\n")


@pytest.mark.parametrize("kinh_gui, want", [
    # (saved development texts 3151/LĐTBXH-LĐTL, 34633/CT-HTr and 613/VP-TH wrapped at 60 characters)
    ("Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Thái\nNguyên",
     ["Sở Lao động - Thương binh và Xã hội tỉnh Thái Nguyên"]),
    ("Kính gửi: Ngân hàng Nông nghiệp và phát triển nông thôn Việt\nNam",
     ["Ngân hàng Nông nghiệp và phát triển nông thôn Việt Nam"]),
    ("Kính gửi: Cục Hải quan các tỉnh, thành phố: An Giang, Bình\nPhước, Bà Rịa - Vũng Tàu, Bình Định.",
     ["Cục Hải quan các tỉnh, thành phố: An Giang, Bình Phước, Bà Rịa - Vũng Tàu, Bình Định"]),
    # a second addressee on its own line stays one
    ("Kính gửi: Sở Tài chính tỉnh Thái Nguyên\nSở Y tế", None),
])
def test_an_addressee_cut_inside_a_name_goes_on(kinh_gui, want):
    got = parse_text(LETTER.format(kinh_gui=kinh_gui))[0]["recipients"]
    if want is None:
        assert "Sở Tài chính tỉnh Thái Nguyên Sở Y tế" not in got
    else:
        assert got == want


@pytest.mark.parametrize("vv, want", [
    # (saved development texts 6278/BVHTTDL-VP and 296/BHXH-CSYT wrapped at 60 characters, as OCR reads a narrow column)
    ("V/v tập trung hoàn thành thực thi các phương án cắt giảm,\nđơn giản hóa thủ tục hành chính, điều kiện kinh doanh "
     "năm\n2025", "tập trung hoàn thành thực thi các phương án cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh "
                  "doanh năm 2025"),
    ("V/v hướng dẫn một số quy định tại Điều 22\nLuật BHYT", "hướng dẫn một số quy định tại Điều 22 Luật BHYT"),
])
def test_a_subject_wrapped_before_its_year_or_its_law_goes_on(vv, want):
    text = LETTER.replace("V/v chế độ tiền lương", vv).format(kinh_gui="Kính gửi: Bảo hiểm xã hội các tỉnh")
    assert parse_text(text)[0]["subject"] == want


@pytest.mark.parametrize("prev, line, joined", [
    # (saved development text 54/TCT-KK, OCR'd, wrapped at 60 characters)
    ("Bộ trưởng Bộ Tài chính ban hành Thông tư số 105/2020/TT-BTC ngày", "3/12/2020 hướng dẫn về đăng ký thuế.", True),
    ("Điều 30 đến Điều 41 Luật Quản lý thuế số 38/2019/QH14; Điều", "4, Điều 6 Nghị định số 126/2020/NĐ-CP", True),
    # a table's row number under a heading cell ending in "số" (digital) stays apart
    ("Phát triển dữ liệu số", "1", False),
])
def test_a_number_wrapped_after_the_word_that_takes_it_joins_its_line(prev, line, joined):
    from pipeline.cleanup import join_lines
    assert (join_lines(f"{prev}\n{line}") == f"{prev} {line}") is joined


@pytest.mark.parametrize("noisy, clean", [
    # lines of development documents (tnt_0125, tnt_217) with a mark dropped here and there, as OCR drops them; and
    # 54/TCT-KK's OCR'd "Để nghị Cục trưởng …" (its item 3 then had no lead)
    ("2. Đê nghi Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức", "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức"),
    ("chủ động phôi hợp vơi địa phương", "chủ động phối hợp với địa phương"),
    ("Đài Truyền hình Việt Nam, Đài Tiêng nói Việt Nam, Thông tấn xa Việt Nam kịp thời",
     "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam kịp thời"),
    ("Ban Tuyên giáo và Dân vận Tỉnh uy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("3. Để nghị Cục trưởng Cục Thuế các tỉnh", "3. Đề nghị Cục trưởng Cục Thuế các tỉnh"),
    ("để nghỉ ngơi", "để nghỉ ngơi"),  # a phrase spelled right stays
])
def test_task_words_misread_by_ocr_are_restored(noisy, clean):
    from pipeline.cleanup import correct_phrases
    assert correct_phrases(noisy) == clean


@pytest.mark.parametrize("word, want", [("cac", "các"), ("Cac", "Các"), ("liẹu", "liệu"), ("đăc", "đặc"),
                                        # names, abbreviations, syllables and unknown words stay
                                        ("Nguyen", "Nguyen"), ("UBND", "UBND"), ("xa", "xa"), ("Justiva", "Justiva")])
def test_a_word_that_lost_its_marks_in_an_ocr_text_takes_them_back(word, want):
    from pipeline.cleanup import lost_marks
    assert lost_marks(word) == want


def test_coordinators_read_through_lost_marks():
    # (2820/QĐ-UBND's role lines with a mark dropped, as in a text OCR'd before it reached the office: "Cac sở, ngành"
    # was split in two, "Các sơ" read)
    from pipeline.cleanup import clean_text
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "---------------\nSố: 20/KH-UBND\nĐồng Tháp, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nTriển khai cơ sở dữ liệu "
            "quy hoạch\n\nI. NHIỆM VỤ\n\n1. Xây dựng cơ sở dữ liệu về quy hoạch.\n- Cơ quan chủ trì: Sở Tài chính.\n"
            "- Cơ quan phối hợp: Cac sở, ngành; UBND xã, phường, đặc khu.\n\n2. Cập nhật dữ liệu quy hoạch.\n"
            "- Cơ quan chủ trì: Sở Tài chính.\n- Cơ quan phối hợp: Sở Khoa học và Công nghệ.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
            "Các sở, ngành triển khai.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n")
    tasks = parse_text(clean_text(text).text)[0]["tasks"]
    assert tasks[0]["coordinators"] == ["Các sở, ngành", "UBND xã, phường, đặc khu"]


@pytest.mark.parametrize("line, want", [
    # (OCR'd letters among the saved development texts: "(dé b/c)", "Bộ Tài chính chu trì" with a mark dropped)
    ("- Bộ trưởng (dé báo cáo);", "- Bộ trưởng (để báo cáo);"),
    ("Bộ Tài chính chu trì, phối hợp với các bộ", "Bộ Tài chính chủ trì, phối hợp với các bộ"),
    # a person's name is left as written ("Trà" is no "tra")
    ("- Phó Thủ tướng Phạm Thị Thanh Trà (để b/c);", "- Phó Thủ tướng Phạm Thị Thanh Trà (để b/c);"),
])
def test_a_text_ocrd_before_it_reached_us_gets_its_marks_back_but_not_its_names(line, want):
    from pipeline.cleanup import clean_text
    assert clean_text(line).text == want


@pytest.mark.parametrize("line, date", [
    # (dev documents with a mark dropped, as OCR drops them: congbot_19, tnt_0125, tnt_627)
    ("5. Hoàn thành tuyển sinh các lớp đầu cấp trước ngay 31/7/2025.", "2025-07-31"),
    ("gửi về Sở Nội vụ trước ngay 31/3/2026 để tổng hợp", "2026-03-31"),
    ("báo cáo Phó Thủ tướng truớc ngày 15 tháng 11 nam 2025.", "2025-11-15"),  # (not 2026: "nam" is the year's word)
])
def test_a_due_date_whose_words_lost_their_marks(line, date):
    from pipeline.parse.refs import find_deadlines
    assert [d["date"] for d in find_deadlines(line, "2025-01-10")] == [date]


def test_a_party_code_of_a_bloc_committee_keeps_its_whole_issuer():
    # (found by the review of stop 16: "Số 12-NQ/ĐUK" — the Party committee of a bloc of agencies — read 12-NQ/ĐU)
    from pipeline.parse.grammar import CODE
    import regex
    m = regex.search(CODE, "Số 12-NQ/ĐUK ngày 5/3/2025")
    assert m.group("psymbol") == "NQ/ĐUK"


def test_agency_headings_in_capitals_give_their_names_in_normal_case():
    # (a directive's agency headings set in bold capitals, as many are printed: tnt_0125's "6. Sở Nội vụ:" and tnt_217's
    # "5. Các Bộ: Quốc phòng, Công an …" so written)
    from pipeline.parse.tasks import split_agencies
    assert split_agencies("CÁC BỘ: QUỐC PHÒNG, CÔNG AN") == ["Bộ Quốc phòng", "Bộ Công an"]
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "---------------\nSố: 217/CĐ-TTg\nHà Nội, ngày 17 tháng 11 năm 2025\n\nCÔNG ĐIỆN\nVề việc tập trung ứng phó mưa lũ\n\n"
            "THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Chủ tịch Ủy ban nhân dân các tỉnh;\n- Các Bộ.\n\nThủ tướng Chính phủ yêu cầu:\n\n"
            "1. SỞ NỘI VỤ:\na) Tham mưu Ủy ban nhân dân tỉnh theo dõi, đôn đốc.\nb) Tổng hợp kết quả.\n\n"
            "2. BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG:\na) Chỉ đạo cơ quan dự báo khí tượng thủy văn.\nb) Báo cáo Thủ tướng.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Hồng Hà\n")
    assert [t["lead"] for t in parse_text(text)[0]["tasks"]] == [["Sở Nội vụ"], ["Bộ Nông nghiệp và Môi trường"]]


@pytest.mark.parametrize("first, line, goes_on", [
    # (found by the review of stop 16: the body's first sentence or a second agency was joined to the addressee)
    ("Cục Hải quan các tỉnh, thành phố: An Giang, Bình Phước", "Thực hiện chỉ đạo của Bộ Tài chính về việc triển khai",
     False),
    ("Sở Y tế tỉnh Bắc Ninh", "Thực hiện Công văn số", False),
    ("Các Bộ: Quốc phòng", "Ủy ban nhân dân các tỉnh", False),
    ("Cục Hải quan các tỉnh, thành phố: An Giang, Bình", "Phước, Bà Rịa - Vũng Tàu, Bình Định.", True),
])
def test_an_addressee_goes_on_with_names_only(first, line, goes_on):
    from pipeline.parse.blocks import _recipient_goes_on
    assert _recipient_goes_on(first, line) is goes_on


@pytest.mark.parametrize("code, symbol", [("Số 12-NQ/ĐUKDN ngày", "NQ/ĐUKDN"), ("số 5-CT/TUBDV", "CT/TUBDV"),
                                          ("Số 28-CT/TW", "CT/TW")])
def test_a_party_issuer_is_read_whole(code, symbol):
    import regex

    from pipeline.parse.grammar import CODE
    assert regex.search(CODE, code).group("psymbol") == symbol


def test_slashes_are_restored_only_in_a_documents_code():
    from pipeline.cleanup import repair_codes
    assert repair_codes("tài khoản số 1234 2024 VND") == "tài khoản số 1234 2024 VND"
    assert repair_codes("Nghị định số 15 2020 NĐ-CP") == "Nghị định số 15/2020/NĐ-CP"


def test_wrapping_keeps_page_breaks():
    assert wrapped("x " * 40 + "\f" + "y " * 40, 60).count("\f") == 1


def test_an_article_cited_after_an_open_word_joins_its_line_but_an_article_heading_does_not():
    # (found by the review of stop 16: "… quy định tại" / "Điều 5 Nghị định …" stayed two paragraphs)
    from pipeline.cleanup import join_lines
    assert join_lines("thực hiện theo quy định tại\nĐiều 5 Nghị định số 30/2020/NĐ-CP.") == \
        "thực hiện theo quy định tại Điều 5 Nghị định số 30/2020/NĐ-CP."
    assert join_lines("Quyết định này quy định về\nĐiều 5. Hiệu lực thi hành") == \
        "Quyết định này quy định về\nĐiều 5. Hiệu lực thi hành"
