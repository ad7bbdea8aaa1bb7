"""Round ocrtasks: the task lists of OCR'd letters of the customs administration (teije05-art/clone-pjj-tax-legal-22dec,
03_Customs; pages listed in gold/development/reading_tasks.tsv, "# Round ocrtasks"). The lines are the documents'
own, OCR errors kept. One cause class a test; each failed before its fix (guards say what held before)."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines


def _lines(text: str):
    return split_lines(text)


def _letter_items(body: str) -> list[tuple[str, list[str]]]:
    lines = _lines(body)
    found = tasks.find_tasks(lines, 0, len(lines), len(lines), plan=False, dispatch=True)
    return [(t["label"], t["lead"]) for t in found]


def _lead(text: str) -> list[str]:
    return tasks.heading_lead([ln for ln in _lines(text) if ln.text])


# Class 1: an item number OCR glued to its first word ("1.Về chính sách …", 879/TCHQ-TXNK): the list began at "2." and
# the letter gave no task at all.
GLUED = """Tổng cục Hải quan yêu cầu các Cục Hải quan tỉnh, thành phố thực hiện
thống nhất như sau:

1.Về chính sách thuế đối với hàng hóa nhập khẩu để sản xuất hàng xuất
khẩu được đưa đi thuê gia công.

Căn cứ Nghị quyết số 178/NQ-CP ngày 12/12/2020 của Chính phủ về
phiên họp Chính phủ thường kỳ tháng 11 năm 2020 thì được miễn thuế nhập khẩu.

2. Về các biện pháp kiểm tra, giám sát đối với hàng hóa nhập khẩu dé sản
xuất hàng xuất khẩu được đưa đi thuê gia công.

3. Về xử lý thuế nhập khẩu và thuế GTGT ở khâu nhập khẩu đối với hàng
hóa nhập khẩu để sản xuất hàng xuất khẩu được đưa đi thuê gia công.
"""


def test_number_glued_to_its_word():
    lines = _lines(GLUED)
    found = tasks.find_tasks(lines, 0, len(lines), len(lines), plan=False, dispatch=True)
    assert [t["label"] for t in found] == ["1", "2", "3"]
    assert found[0]["text"].startswith("Về chính sách thuế")  # the glued number is no part of the text


@pytest.mark.parametrize("line,label", [
    ("1.Về chính sách thuế đối với hàng hóa nhập khẩu", "1"),
    ("3.Trường hợp doanh nghiệp đã nộp thuế", "3"),
])
def test_glued_marker(line, label):
    m = tasks._marker(_lines(line)[0])
    assert m is not None and (m.kind, m.label) == ("number", label)


@pytest.mark.parametrize("line", [
    "1.000 tờ khai đã được kiểm tra",  # an amount
    "1.HĐND tỉnh",  # capitals only: an abbreviation, no word
])
def test_glued_marker_guards(line):
    m = tasks._marker(_lines(line)[0])
    assert m is None or m.kind != "number"


# Class 2: clauses numbered in lower-case roman, "(i) Về phạm vi điều chỉnh:", "(v) …" (7594/TCHQ-PC), read as the
# letters i) and v): the list's kind was taken from them and no letter list starting at a) was found, so the numbered
# requests after them were lost (no task at all).
ROMAN_CLAUSES = """Nghị định 128/2020/NĐ-CP, Thông tư 90/2020/TT-BTC có một số thay
đổi so với Nghị định 127/2013/NĐ-CP như:

(i) Về phạm vi điều chỉnh:

- Nghị định bổ sung quy định về nguyên tắc.

(ii) Về đối tượng bị xử phạt: Nghị định quy định cụ thé đối tượng bị xử
phat là tổ chức (khoản 4 Điều 2)

(v) Về thẩm quyền, thủ tục xử phạt:

+ Quy định cụ thể hồ sơ và thủ tục miễn tiền phạt.

Để triển khai thực hiện các văn bản này kịp thời, đầy đủ, đúng quy định
khi các văn bản này có hiệu lực thi hành, Tổng cục Hải quan yêu cầu:

1. Cục trưởng các Cục Hải quan tinh, thành phó, Cục trưởng Cục Điều tra
chống buôn lậu tổ chức cho công chức trong đơn vị nghiên cứu kỹ.

2. Cục Quản lý rủi ro thực hiện việc cập nhập định danh các hành vi vi
phạm được quy định tại Nghị định 128/2020/NĐ-CP.

3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vi
phan ánh kịp thời về Tổng cục (qua Vụ Pháp chế) để nghiên cứu.
"""


def test_lower_roman_clauses_are_no_letter_list():
    assert [label for label, _ in _letter_items(ROMAN_CLAUSES)] == ["1", "2", "3"]


def test_letter_list_guard():
    # a list of letters that starts at a) is still the list (no numbers after it)
    body = "Đề nghị các đơn vị thực hiện:\n\na) Rà soát hồ sơ.\n\nb) Báo cáo kết quả.\n"
    assert [label for label, _ in _letter_items(body)] == ["a", "b"]


# Class 3: what a department's capitalised function deals with is part of its name ("Cục Quản lý rủi ro", "Cục Điều
# tra chống buôn lậu", 7594/TCHQ-PC items 1-2: was "Cục Quản lý", and item 1 none: the tagger calls "trưởng" of "Cục
# trưởng" an adjective, "chống buôn lậu" verbs).
@pytest.mark.parametrize("text,lead", [
    ("2. Cục Quản lý rủi ro thực hiện việc cập nhập định danh các hành vi vi\nphạm được quy định tại Nghị định "
     "128/2020/NĐ-CP.", ["Cục Quản lý rủi ro"]),
    ("1. Cục trưởng các Cục Hải quan tỉnh, thành phố, Cục trưởng Cục Điều tra\nchống buôn lậu, Cục trưởng Cục Kiểm "
     "tra sau thông quan tổ chức cho công\nchức trong đơn vị nghiên cứu kỹ và triển khai thực hiện.",
     ["Cục trưởng các Cục Hải quan tỉnh, thành phố", "Cục trưởng Cục Điều tra chống buôn lậu",
      "Cục trưởng Cục Kiểm tra sau thông quan"]),
    # the sentence's own verb after the function's words ends the name (was "Cục Điều tra")
    ("3. Cục Điều tra chống buôn lậu tổ chức kiểm tra các trường hợp vi phạm.", ["Cục Điều tra chống buôn lậu"]),
    # guard: a verb after the name still ends it
    ("2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các đơn vị.", ["Sở Giáo dục và Đào tạo"]),
])
def test_managed_object_in_the_name(text, lead):
    assert _lead(text) == lead


# Class 4: a topic heading of a few words closed by a stop, a blank line under it, over the paragraph whose subject
# acts ("4. Chế độ báo cáo." / "" / "Các Cục Hải quan tỉnh, thành phố báo cáo …", 879/TCHQ-TXNK item 4: no lead before).
STOPPED_TITLE = [
    ("4. Chế độ báo cáo.\n\nCác Cục Hải quan tỉnh, thành phố báo cáo kết quả thực hiện xử lý thuế\nđối với trường "
     "hợp doanh nghiệp nhập khẩu hàng hóa để sản xuất hàng xuất\nkhẩu đưa đi thuê gia công theo mẫu (đính kèm).",
     ["Các Cục Hải quan tỉnh, thành phố"]),
    # guard: a long first sentence closed by a stop is the item's own sentence, not a title (no lead, as before)
    ("2. Giai đoạn kể từ ngày 05/6/2018 (thoi điểm Thông tư 39/2018/TT-BTC có hiệu lực) trở đi thực hiện theo quy "
     "định.\n\nCơ quan hải quan, cơ quan thuế có trách nhiệm hướng dẫn doanh nghiệp\nthực hiện.", []),
]


@pytest.mark.parametrize("text,lead", STOPPED_TITLE)
def test_stopped_title_over_its_subject(text, lead):
    assert _lead(text) == lead


# Class 5: a name the line break cut is no subject below a topic: "… của Ủy ban Thường vụ" / "Quốc hội có hiệu lực …"
# (2546/TCT-DNNCN item 2's sub-items 2.1, 2.2: gave "Quốc hội" as item 2's lead).
WRAPPED_NAME = [
    ("2.1. Mức giảm trừ gia cảnh c của thuế thu nhập cá nhân quy định tại Điều 1\nNghị quyết số 254/2020/UBTVQH14 "
     "ngày 02/06/2020 của Ủy ban Thường vụ\nQuốc hội có hiệu lực từ ngày 01/07/2020.", []),
    ("2.2. Mức giảm trừ gia cảnh của thuế thu nhập cá nhân quy định tại Điều 1\nNghị quyết sô 954/2020/UBTVQH14 ngày "
     "02/06/2020 của Ủy ban Thường vụ\nQuốc hội được áp dụng từ kỳ tính thuế thu nhập cá nhân năm 2020.", []),
    # guard: the topic over two lines and the agency asked below it (5491/CT-CS item 1, leads18) still leads
    ("1. Về thuế giá trị gia\ntăng\nĐề nghị Thuế tỉnh Ninh Bình căn cứ hồ sơ thực tế để xác định việc kê khai.",
     ["Thuế tỉnh Ninh Bình"]),
]


@pytest.mark.parametrize("text,lead", WRAPPED_NAME)
def test_wrapped_name_is_no_subject(text, lead):
    assert _lead(text) == lead
