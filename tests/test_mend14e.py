"""Review 14d's findings: sub-item rows with list marks, the closing request, glued roman code parts, a citation's title
in a table, the own numbering's length, the 'Số TT' header (the reviewer's inputs)."""
import pytest

from pipeline.parse import parse_document
from pipeline.parse.tasks import _sub_item_lines

HEAD = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
Triển khai chuyển đổi số năm 2025

"""
FOOT = """
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""
AGENCIES = ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "UBND các huyện"]


@pytest.mark.parametrize("items", [
    ["- Xây dựng kế hoạch chuyển đổi số;", "- Tổ chức triển khai kế hoạch."],
    ["+ Xây dựng kế hoạch chuyển đổi số", "+ Tổ chức triển khai kế hoạch"],
    ["a) Xây dựng kế hoạch", "b) Tổ chức triển khai kế hoạch"],
    ["Xây dựng kế hoạch chuyển đổi số;", "Tổ chức triển khai kế hoạch"],
])
def test_marked_sub_items_share_out_agencies(items):
    cells = _sub_item_lines(["1", *items, *AGENCIES, "Quý II/2025"], 2, 4)
    assert cells[2:] == ["Sở Khoa học và Công nghệ; Sở Nội vụ", "Sở Tài chính; UBND các huyện", "Quý II/2025"]


def test_wrapped_sentence_is_no_sub_items():
    cells = ["1", "Xây dựng kế hoạch chuyển đổi số của", "Tỉnh giai đoạn 2025-2030", *AGENCIES, "Quý II/2025"]
    assert _sub_item_lines(cells, 2, 4) == cells


def test_marked_sub_items_in_a_plan_table():
    rows = """II. NHIỆM VỤ CỤ THỂ

TT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
- Rà soát quy hoạch hạ tầng số;
- Tổ chức triển khai kế hoạch.
Sở Khoa học và Công nghệ
Sở Nội vụ
Sở Tài chính
Ủy ban nhân dân các huyện
Quý II/2025
2
Xây dựng cơ sở dữ liệu dân cư dùng chung
Sở Khoa học và
Công nghệ
Các sở, ngành
Quý IV/2025

III. TỔ CHỨC THỰC HIỆN

Giao Sở Khoa học và Công nghệ theo dõi.
"""
    t = parse_document(HEAD + rows + FOOT)["tasks"][0]
    assert t["lead"] == ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]
    assert t["coordinators"] == ["Sở Tài chính", "Ủy ban nhân dân các huyện"]
    assert t["timeline"] == "Quý II/2025"


def test_lower_case_continuation_after_blank_is_no_closing_request():
    body = """I. NHIỆM VỤ

1. Sở Nội vụ chủ trì rà soát bộ máy, báo cáo trước ngày 30/6/2025.

2. Ủy ban nhân dân các huyện, thành phố chủ trì, phối hợp với các sở, ngành tuyên truyền và

yêu cầu các tổ chức, cá nhân trên địa bàn nghiêm túc thực hiện Kế hoạch này, hoàn thành trước ngày 30/9/2025.

II. TỔ CHỨC THỰC HIỆN

Giao Sở Khoa học và Công nghệ theo dõi.
"""
    t = parse_document(HEAD + body + FOOT)["tasks"][-1]
    assert t["text"].endswith("hoàn thành trước ngày 30/9/2025.")


def test_closing_request_still_ends_last_item():
    body = """I. NHIỆM VỤ

1. Sở Nội vụ chủ trì rà soát bộ máy, báo cáo trước ngày 30/6/2025.

2. Sở Khoa học và Công nghệ theo dõi, đôn đốc, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc triển khai thực hiện Kế hoạch này./.
"""
    t = parse_document(HEAD + body + FOOT)["tasks"][-1]
    assert t["text"].endswith("trước ngày 15/12/2025.")


@pytest.mark.parametrize("text,code", [
    ("Căn cứ Công văn số 45/UBND-VX.II. Nhiệm vụ", "45/UBND-VX"),
    ("theo Công văn số 45/BYT-KHTC.V/v triển khai", "45/BYT-KHTC"),
    ("Căn cứ Công văn số 545/CCTKV.VIII-CNTK ngày 3/3/2025", "545/CCTKV.VIII-CNTK"),
    ("Thực hiện Công văn số 123/UBND-VX.I ngày 5/3/2025 của UBND tỉnh.", "123/UBND-VX.I"),
])
def test_roman_code_part_not_a_glued_heading(text, code):
    from pipeline.parse.refs import find_legal_refs

    assert [r["code"] for r in find_legal_refs(text)] == [code]


SO_TT_PLAN = """| ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 45/KH-UBND | Lâm Đồng, ngày 12 tháng 3 năm 2025 |

# KẾ HOẠCH
Triển khai chuyển đổi số năm 2025

I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm triển khai đồng bộ.

II. NHIỆM VỤ CỤ THỂ

| Số TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Các sở, ngành | Quý II/2025 |
| | Cập nhật dữ liệu dân cư vào hệ thống | Công an tỉnh | | Quý III/2025 |
| 2 | Triển khai dịch vụ công trực tuyến toàn trình | Sở Khoa học và Công nghệ | | Năm 2025 |
III. TỔ CHỨC THỰC HIỆN

1. Các sở, ngành căn cứ nhiệm vụ được giao triển khai thực hiện.

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc triển khai thực hiện Kế hoạch này./.

| Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A |
"""


def test_so_tt_header_is_a_task_table():
    from pipeline.cleanup import EMPTY_CELL, strip_markup

    lines = strip_markup(SO_TT_PLAN).splitlines()
    assert EMPTY_CELL in lines and "" in lines[lines.index("III. TỔ CHỨC THỰC HIỆN") - 1:][:1]
    tasks = parse_document(strip_markup(SO_TT_PLAN))["tasks"]
    assert [(t["lead"], t["timeline"]) for t in tasks[:2]] == [
        (["Sở Nông nghiệp và Môi trường", "Công an tỉnh"], "Quý II/2025"), (["Sở Khoa học và Công nghệ"], "Năm 2025")]


@pytest.mark.parametrize("cell", ["", "Sở Nội vụ"])
def test_citation_title_ends_with_its_table_cell(cell):
    from pipeline.cleanup import strip_markup
    from pipeline.parse.refs import find_legal_refs

    table = SO_TT_PLAN.replace("| Số TT |", "| TT |").replace(
        "| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường |",
        f"| 1 | Triển khai Quyết định số 12/QĐ-UBND ngày 3/3/2025 về chuyển đổi số | {cell} |")
    refs = find_legal_refs(strip_markup(table))
    assert [(r["code"], r["title"]) for r in refs] == [("12/QĐ-UBND", "chuyển đổi số")]


def test_citation_title_outside_a_table_runs_over_lines():
    from pipeline.parse.refs import find_legal_refs

    text = "Thực hiện Quyết định số 12/QĐ-UBND ngày 3/3/2025 về việc triển khai\nKế hoạch chuyển đổi số của tỉnh;"
    assert find_legal_refs(text)[0]["title"] == "triển khai Kế hoạch chuyển đổi số của tỉnh"


def test_own_numbering_code_is_capped():
    from pipeline.parse.refs import find_legal_refs

    assert all(len(r["code"]) <= 41 for r in find_legal_refs("Công văn số 12/" + "ABC." * 600))
    assert [r["code"] for r in find_legal_refs("Thực hiện văn bản số 14/2025/CV-E.K.LM ngày 2/4/2025 của công ty")] \
        == ["14/2025/CV-E.K.LM"]
    assert [r["code"] for r in find_legal_refs("Công văn số 128.2025/OL.WMCLV ngày 3/3/2025 của Hội đồng")] \
        == ["128.2025/OL.WMCLV"]


def test_two_words_opening_or_closing_a_cell_beside_a_table_are_its_fragment():
    from pipeline.raster import _beside

    rows = [["TT", "Nội dung", "Chủ trì", "Thời gian"],
            ["1", "Xây dựng cơ sở dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Quý IV năm 2025"]]
    beside = "Công nghệ\nnăm 2025\ndữ liệu dùng chung\nKhoa học và Công nghệ\nGhi chú: xem Phụ lục"
    # a cell's two closing words are its own; three words mid-cell, under half of it, are a note of their own
    assert _beside(beside, rows) == "dữ liệu dùng chung\nGhi chú: xem Phụ lục"


def test_amending_act_of_several_laws_with_years_is_one_citation():
    from pipeline.parse.refs import find_legal_refs

    refs = find_legal_refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2024, Luật Nhà ở năm 2023, "
                           "Luật Kinh doanh bất động sản năm 2023;")
    assert [r["title"] for r in refs] == ["sửa đổi, bổ sung một số điều của Luật Đất đai năm 2024, Luật Nhà ở năm 2023, "
                                          "Luật Kinh doanh bất động sản"]
    # an act cited after the amending act's clause is one of its own
    refs = find_legal_refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch năm 2018; Luật Đất đai năm 2024;")
    assert [r["title"] for r in refs] == ["sửa đổi, bổ sung một số điều của Luật Quy hoạch", "Đất đai"]


def test_tru_inside_an_ordinance_name_is_no_stop():
    from pipeline.parse.refs import find_legal_refs

    refs = find_legal_refs("Căn cứ Luật Bảo vệ và kiểm dịch thực vật; Pháp lệnh phòng trừ dịch hại;")
    assert [r["title"] for r in refs] == ["Bảo vệ và kiểm dịch thực vật", "phòng trừ dịch hại"]
    assert [r["title"] for r in find_legal_refs("Căn cứ Luật Thuế thu nhập doanh nghiệp trừ trường hợp quy định")] \
        == ["Thuế thu nhập doanh nghiệp"]
