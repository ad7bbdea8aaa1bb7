"""Legal references (pipeline/parse/refs.py, grammar.REF_RE / LAW_RE): tables of real citations.

"bugs caught" rows are citations the parser missed or cut short on development documents."""
import pytest

from pipeline.parse import grammar, refs
from pipeline.textnorm import normalize


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r["type"], r["code"], r["title"]) for r in refs.find_legal_refs(normalize(text))]


TYPED_CITATIONS = [  # bugs caught: types of Decree 30 Điều 7 the grammar did not know, qualified types, "&" in a symbol
    ("Căn cứ Phương án\n02600/PA-UBND ngày 18/8/2025 của UBND tỉnh Đắk Lắk về ứng phó thiên tai", "Phương án", "02600/PA-UBND"),
    ("Căn cứ Quy chế phối hợp số\n49/QCPH-UBND-UBMT-HCTĐ ngày 24/01/2025 về thực hiện công tác vận động", "Quy chế",
     "49/QCPH-UBND-UBMT-HCTĐ"),
    ("Văn bản giải trình, tiếp thu số 6253/UBND-SNV ngày 25 tháng 11 năm 2025", "Văn bản", "6253/UBND-SNV"),
    ("Căn cứ Công văn số\n9086/BNV-CTTN&BĐG ngày 08 tháng 10 năm 2025 của Bộ trưởng Bộ Nội vụ", "Công văn", "9086/BNV-CTTN&BĐG"),
    ("theo Biên bản số 12/BB-UBND ngày 3/4/2025", "Biên bản", "12/BB-UBND"),
    ("thực hiện Hợp đồng số 45/2024/HĐ-SYT", "Hợp đồng", "45/2024/HĐ-SYT"),
    ("Căn cứ Luật Cán bộ,\ncông chức số 80/2025/QH15;", "Luật", "80/2025/QH15"),
]


@pytest.mark.parametrize("text,rtype,code", TYPED_CITATIONS)
def test_citation_types_of_decree_30(text, rtype, code):
    m = grammar.REF_RE.search(normalize(text))
    assert m and refs._type_name(m.group("type")) == rtype and grammar.match_code(m)[2] == code


def test_two_types_joined_by_a_comma_are_two_citations():
    m = grammar.REF_RE.search("các Quyết định, Nghị định số 12/2025/NĐ-CP")
    assert m.group("type") == "Nghị định"


LAW_NAMES = [  # bugs caught: names with a comma, "của" inside the name, the law-maker after it
    ("Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;", "Cán bộ, công chức"),
    ("thực hiện Luật Phòng, chống tham nhũng năm 2018", "Phòng, chống tham nhũng"),
    ("quy định tại Luật Trẻ em, các văn bản hướng dẫn", "Trẻ em"),
    ("quán triệt Luật Bầu cử đại biểu Quốc hội, Nghị quyết số 01/NQ-CP", "Bầu cử đại biểu Quốc hội"),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân ngày 03/12/2004;",
     "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân"),
    ("Căn cứ Luật Đất đai của Quốc hội;", "Đất đai"),
    ("Căn cứ Pháp lệnh sửa đổi, bổ sung Pháp lệnh ưu đãi người có công với cách mạng của Ủy ban thường vụ Quốc hội;",
     "sửa đổi, bổ sung Pháp lệnh ưu đãi người có công với cách mạng"),
    ("hướng dẫn thi hành Pháp lệnh sửa đổi bổ sung một số điều của Pháp lệnh ưu đãi;",
     "sửa đổi bổ sung một số điều của Pháp lệnh ưu đãi"),
]


@pytest.mark.parametrize("text,title", LAW_NAMES)
def test_law_names(text, title):
    m = grammar.LAW_RE.search(text)
    assert m and m.group("title").strip(" ,") == title


def test_parallel_name_after_va():
    text = "quán triệt Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân,\ncác văn bản chỉ đạo"
    assert _refs(text) == [("Luật", None, "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân")]
    assert _refs("Luật Trẻ em và các văn bản hướng dẫn Luật") == [("Luật", None, "Trẻ em")]


def test_law_named_only_inside_a_cited_title_is_not_listed_apart():
    text = ("Nghị định 176/2025/NĐ-CP ngày 30/6/2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số "
            "điều của Luật Bảo hiểm xã hội về trợ cấp hưu trí xã hội.\n")
    assert [c for _, c, _ in _refs(text)] == ["176/2025/NĐ-CP"]
    text = ("Luật số 97/2025/QH15 ngày 27 tháng 6 năm 2025 sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc "
            "Việt Nam, Luật Công\nđoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở;")
    assert [c for _, c, _ in _refs(text)] == ["97/2025/QH15"]


def test_short_and_full_name_of_one_act_are_one_citation():
    text = ("Nghị định số 31/2013/NĐ-CP quy định chi tiết một số điều của Pháp lệnh ưu đãi người có công với cách "
            "mạng, Nghị định này có hiệu lực.\n\nKinh phí thực hiện Pháp lệnh ưu đãi người có công năm 2013.")
    assert _refs(text)[1:] == [("Pháp lệnh", None, "ưu đãi người có công với cách mạng")]


def test_coded_ordinance_named_after_its_date_is_not_cited_again_by_name():
    text = ("Căn cứ Pháp lệnh số 26/2005/PL-UBTVQH11 ngày 29/6/2005 ưu đãi người có công với cách mạng;\n\n"
            "Thực hiện chế độ theo Pháp lệnh ưu đãi người có công với cách mạng.")
    assert _refs(text) == [("Pháp lệnh", "26/2005/PL-UBTVQH11", "ưu đãi người có công với cách mạng")]


@pytest.mark.parametrize("first,second,kept", [
    ("5/2000/TT-BXD", "05/2000/TT-BXD", "05/2000/TT-BXD"),  # the leading zero Decree 30 writes
    ("67/2005/QĐ-UB", "67/2005/QĐ-UBND", "67/2005/QĐ-UB"),  # the pre-2004 "UB" symbol
])
def test_one_code_printed_two_ways_is_one_citation(first, second, kept):
    text = f"theo Thông tư số {first} ngày 27/6/2000. Tại mục 5 Thông tư số {second} ngày 27/6/2000."
    assert [c for _, c, _ in _refs(text)] == [kept]


@pytest.mark.parametrize("text,dates", [
    # bugs caught (tnt_627): a notice issued three days after its meeting prints the meeting's deadlines
    ("c) Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trước\nngày 15 tháng 11 năm 2025 trực tiếp kiểm tra, đôn đốc.",
     ["2025-11-15"]),
    # recalled: the sentence cites the document that set it, or says it was set
    ("Tại công văn số 8014/VPCP-KGVX ngày 09/10/2025, Phó Thủ tướng giao Bộ xây dựng Thông tư; báo cáo trước ngày "
     "15/11/2025. Đến nay Bộ chưa báo cáo.", []),
    ("Ngày 01/7/2025, Bộ Xây dựng ban hành Thông tư số 09/2025/TT-BXD quy định các tỉnh gửi đề án trước ngày 31/10/2025.", []),
    ("Bộ đã yêu cầu báo cáo trước ngày 10/11/2025.", []),
    # a condition long before the document, not a due date
    ("Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945 được hỗ trợ.", []),
    # a new deadline after the document's date
    ("Các tỉnh gửi báo cáo trước ngày 15/12/2025.", ["2025-12-15"]),
])
def test_deadlines_before_the_issue_date(text, dates):
    assert [d["date"] for d in refs.find_deadlines(normalize(text), "2025-11-18")] == dates
