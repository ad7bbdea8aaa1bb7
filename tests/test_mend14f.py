"""Review 14e's findings, each on the reviewer's own input."""
import pytest

from pipeline.parse import parse_document


def _cong_van(addressee: str) -> str:
    return ("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BTC-NSNN\nHà Nội, ngày 12 tháng 11 năm 2025\n\n"
            "V/v tăng cường\n\nKính gửi: " + addressee + "\n\nNội dung.\n")


@pytest.mark.parametrize("top,under", [
    ("THỦ TƯỚNG", "CHÍNH PHỦ"), ("BỘ TRƯỞNG", "BỘ TÀI CHÍNH"), ("CHỦ TỊCH", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"),
    ("VĂN PHÒNG", "CHÍNH PHỦ"), ("BỘ TƯ LỆNH", "QUÂN KHU 4"), ("NGÂN HÀNG NHÀ NƯỚC", "CHI NHÁNH TỈNH NGHỆ AN"),
    ("CÔNG TY CỔ PHẦN", "TẬP ĐOÀN ABC")])
def test_one_addressee_over_two_caps_lines(top, under):
    assert parse_document(_cong_van(top + "\n" + under))["recipients"] == [top + " " + under]


def test_two_ministries_stay_two():
    assert parse_document(_cong_van("BỘ CÔNG THƯƠNG\nBỘ XÂY DỰNG"))["recipients"] == ["BỘ CÔNG THƯƠNG", "BỘ XÂY DỰNG"]


def test_citation_title_in_a_table_runs_over_its_cell_wrapped_lines():
    from pipeline.parse.refs import find_legal_refs

    table = ("STT\nTên thủ tục\nCăn cứ pháp lý\n1\nChứng thực bản sao\n"
             "*- Nghị định số 280/2025/NĐ-CP\nngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số\n"
             "23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính,\n"
             "chứng thực chữ ký và chứng thực hợp đồng, giao dịch;*\nSở Tư pháp\n")
    ref = next(r for r in find_legal_refs(table) if r["code"] == "280/2025/NĐ-CP")
    assert ref["title"] == ("sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, "
                            "chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch")


@pytest.mark.parametrize("text", [
    "Các đơn vị hoàn thành việc kiểm tra, rà soát trong ngày 25/11/2025.",
    "Các sở gửi báo cáo về Sở Nội vụ, Sở Tài chính trong ngày 25/11/2025.",
    "Đề nghị các đơn vị báo cáo kết quả thực hiện, khó khăn, vướng mắc trong ngày 25/11/2025.",
])
def test_within_day_deadline_after_a_list_with_commas(text):
    from pipeline.parse.refs import find_deadlines

    assert [d["date"] for d in find_deadlines(text, "2025-11-10")] == ["2025-11-25"]


@pytest.mark.parametrize("text,title", [
    ("Theo Luật Quốc phòng không quy định việc này.", "Quốc phòng"),
    ("Luật Quốc phòng không điều chỉnh nội dung trên.", "Quốc phòng"),
    ("Căn cứ Luật Quốc phòng trừ trường hợp quy định tại khoản 2.", "Quốc phòng"),
    ("Căn cứ Luật Phòng không nhân dân ngày 27 tháng 6 năm 2024;", "Phòng không nhân dân"),
    ("Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;", "Hàng không dân dụng Việt Nam"),
])
def test_khong_and_tru_join_a_law_name_only_as_its_first_word(text, title):
    from pipeline.parse.refs import find_legal_refs

    assert [r["title"] for r in find_legal_refs(text)] == [title]


def test_de_ngay_citation_has_its_date_and_issuer():
    from pipeline.parse.refs import find_legal_refs

    ref = find_legal_refs("Trả lời Công văn số 35A/THB-TV đề ngày 01/4/2021 của Công ty cổ phần Bia Hà Nội về việc hoàn thuế")[0]
    assert (ref["code"], ref["date"], ref["issuer"].lower()) == ("35A/THB-TV", "2021-04-01", "công ty cổ phần bia hà nội")


def test_place_in_underscore_italics_under_its_city():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ VINH\nSố: 12/UBND-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n_Vinh, ngày 10 tháng 11 năm 2025_\n\nV/v tăng cường\n\n"
            "Kính gửi: Các phòng ban\n\nNội dung.\n")
    assert parse_document(text)["place"] == "Vinh"


def test_citation_title_in_a_table_stops_at_the_next_cells_capital_or_date():
    from pipeline.parse.refs import find_legal_refs

    table = ("STT\nVăn bản\nVăn bản thay thế\nNgày hiệu lực\n1\n"
             "Thông tư số 08/2017/TT-BLĐTBXH ngày 10/3/2017\ncủa Bộ trưởng Bộ Lao động - Thương binh và Xã hội\n"
             "quy định chuẩn về chuyên môn, nghiệp vụ của nhà\ngiáo giáo dục nghề nghiệp\n"
             "Được thay thế bởi Thông tư số 05/2024/TT-BLĐTBXH\nngày 10/5/2024 của Bộ trưởng về chuẩn nhà giáo\n25/6/2024\n")
    titles = {r["code"]: r["title"] for r in find_legal_refs(table)}
    assert titles["08/2017/TT-BLĐTBXH"] == "quy định chuẩn về chuyên môn, nghiệp vụ của nhà giáo giáo dục nghề nghiệp"
    assert titles["05/2024/TT-BLĐTBXH"] == "chuẩn nhà giáo"


@pytest.mark.parametrize("text, issuer", [  # an answer letter's citation of the company's letter (g10_81529's line)
    ("Trả lời Công văn số 01/2021/CV-ICD đề ngày 05/3/2021 của Công ty TNHH ICD Hà Nội hỏi chính sách thuế, Cục Thuế"
     " có ý kiến như sau:", "Công ty TNHH ICD Hà Nội"),
    ("Trả lời văn bản số 12/2023/CV-ABC ngày 10/01/2023 của Công ty Cổ phần ABC xin hướng dẫn về hóa đơn", "Công ty Cổ phần ABC"),
])
def test_an_issuer_ends_before_what_it_asks(text, issuer):
    from pipeline.parse import refs
    from pipeline.textnorm import fold, normalize
    got = [r["issuer"] for r in refs.find_legal_refs(normalize(text))]
    assert got and fold(got[0]) == fold(issuer)
