"""Stop 17, faults the review of stop 16 found and left: a capitalised run of common words or a place taken for a
person's name, the place after a Party committee title-cased, and near-copies of shared lists."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import cleanup
from pipeline.parse import blocks, gazetteer, grammar, header, parse_text

ROOT = Path(__file__).resolve().parents[1]


def test_the_place_after_a_party_committee_is_written_as_after_an_uy_ban_nhan_dan():
    # (a Party committee's header, the unit's word in lower case as after "Ủy ban nhân dân")
    assert gazetteer.agency_case("THỊ ỦY THỊ XÃ SƠN TÂY") == "Thị ủy thị xã Sơn Tây"
    assert gazetteer.agency_case("ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY") == "Ủy ban nhân dân thị xã Sơn Tây"
    assert gazetteer.agency_case("HUYỆN ỦY HUYỆN NAM ĐÀN") == "Huyện ủy huyện Nam Đàn"
    assert gazetteer.agency_case("BAN TỔ CHỨC THỊ ỦY THỊ XÃ SƠN TÂY") == "Ban Tổ chức Thị ủy thị xã Sơn Tây"
    # (no unit's word: the place's name after the committee, as before)
    assert gazetteer.agency_case("HUYỆN ỦY NAM ĐÀN") == "Huyện ủy Nam Đàn"
    assert gazetteer.agency_case("BAN THƯỜNG VỤ TỈNH ỦY") == "Ban Thường vụ Tỉnh ủy"


_PLAN = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "---------------\nSố: 45/KH-UBND\nTân Lập, ngày 20 tháng 9 năm 2025\n\nKẾ HOẠCH\n{title}\n\nThực hiện Kế hoạch số "
         "12/KH-UBND ngày 01/9/2025 của Ủy ban nhân dân huyện, Ủy ban nhân dân xã xây dựng kế hoạch như sau:\n")


@pytest.mark.parametrize("title, subject", [
    # common words after "ông bà" / an office's title, opening on a surname's letters ("Cao", "Đào"): no name
    ("TỔ CHỨC CHÚC THỌ, MỪNG THỌ ÔNG BÀ CAO TUỔI NĂM 2025", "Tổ chức chúc thọ, mừng thọ ông bà cao tuổi năm 2025"),
    ("PHÂN CÔNG NHIỆM VỤ PHÓ GIÁM ĐỐC ĐÀO TẠO CỦA TRUNG TÂM", "Phân công nhiệm vụ phó giám đốc đào tạo của trung tâm"),
    # a person's name after an office's title keeps its capitals, and the title too
    ("TRIỂN KHAI KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ MINH KHÁI TẠI CUỘC HỌP",
     "Triển khai kết luận của Phó Thủ tướng Chính phủ Lê Minh Khái tại cuộc họp"),
])
def test_a_run_of_common_words_after_an_office_title_is_no_persons_name(title, subject):
    assert parse_text(_PLAN.format(title=title))[0]["subject"] == subject


def test_y_te_is_no_name_of_the_central_highlands():
    assert not blocks.minority_name("Y Tế")
    assert blocks._person("Sở Y Tế") is None  # (the "Y" guard: "Y" opens a name of the Central Highlands only)
    assert blocks.minority_name("Y Thanh Hà Niê Kđăm")
    assert blocks._person("Y Ngông Niê Kdăm") == "Y Ngông Niê Kdăm"


@pytest.mark.parametrize("line, cleaned", [
    # a province's name whose marks OCR lost, opening on a surname's letters ("Hà", "Hồ"), is no person's name: its
    # marks are restored (addresses of the saved OCR'd letters CV_81380_CT-TTHT, r08_647_LDTBXH-VL)
    ("187 Giang Võ, Đống Đa, Ha Nội", "187 Giang Võ, Đống Đa, Hà Nội"),
    ("TP. Hô Chí Minh, Đông Nai, Bình Dương,", "TP. Hồ Chí Minh, Đông Nai, Bình Dương,"),
    # a person's name is left as written
    ("Người ký: Phạm Thị Thanh Trà", "Người ký: Phạm Thị Thanh Trà"),
])
def test_a_province_is_no_persons_name_in_cleanup(line, cleaned):
    assert cleanup.clean_text(line).text == cleaned


def test_a_subject_wrapped_after_any_cited_type_goes_on_with_its_code():
    # (the types a subject's line may close on before the code: grammar.REF_TYPES, not a list of a few legal acts)
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÀN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "---------------\nSố: 512/UBND-VX\nV/v triển khai thực hiện Kế hoạch\n65/KH-UBND ngày 10/3/2025 của UBND tỉnh\n"
            "Nam Đàn, ngày 20 tháng 3 năm 2025\n\nKính gửi: Ủy ban nhân dân các xã, thị trấn.\n\nThực hiện Kế hoạch số "
            "65/KH-UBND, Ủy ban nhân dân huyện đề nghị như sau:\n")
    assert parse_text(text)[0]["subject"] == "triển khai thực hiện Kế hoạch 65/KH-UBND ngày 10/3/2025 của UBND tỉnh"


def test_a_title_keeps_the_authority_that_an_open_word_ties_to_it():
    # (the words that tie what follows to a title are grammar.OPEN_WORDS: "DO" is one; a web page's run-on authority
    # line is still cut)
    title = "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 12/2020/TT-BYT DO BỘ TRƯỞNG BỘ Y TẾ BAN HÀNH"
    assert header._without_authority(title) == title
    assert header._without_authority("CHỮA BỆNH VÀ GIẢI QUYẾT CÁC CHẾ ĐỘ LIÊN QUAN BỘ TRƯỞNG BỘ Y TẾ") == \
        "CHỮA BỆNH VÀ GIẢI QUYẾT CÁC CHẾ ĐỘ LIÊN QUAN"


def test_the_first_page_prepared_once_cleans_as_before():
    # (its date context and its cleaning read the same prepared text; a page with carriage returns prepares its own)
    text = (ROOT / "samples" / "seeds" / "000_89be0880d92462c3.txt").read_text(encoding="utf-8")
    page = text.split("\f")[0]
    ready = cleanup._prepared(page)
    assert cleanup.clean_page(page, ocr=False, context_date=None, page=1, prepared=ready) == \
        cleanup.clean_page(page, ocr=False, context_date=None, page=1)
    assert cleanup.clean_text(text.replace("\n", "\r\n")).text == cleanup.clean_text(text).text


@pytest.mark.parametrize("line, phrase", [
    ("Noi nhận:", "Nơi nhận:"),  # one word a mark off
    # a letter misread in a long line (the phrase found near, a piece of it as it is in the line)
    ("Thực hiện Quyết định của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khal thực hiện như sau",
     "Kế hoạch triển khai thực hiện như sau"),
])
def test_a_phrase_near_miss_is_still_restored_in_a_line(line, phrase):
    assert phrase in cleanup.correct_phrases(line)


@pytest.mark.parametrize("cell, head", [
    ("TT", True), ("**STT**", True), ("Số TT.", True), ("| TT |", True), ("S T T", False),
    ("STT Nội dung nhiệm vụ", False), ("Tổ chức thực hiện", False),
])
def test_a_task_tables_number_head(cell, head):
    # (a cell of five letters or more is read no further: folding keeps the letters one for one)
    assert grammar.is_row_number_head(cell) is head
