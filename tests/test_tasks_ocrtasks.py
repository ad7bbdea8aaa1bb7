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


# Class 6: a guidance letter's roman topics are its items when none is a section of work, carrying out or findings, one
# at least has no numbered points and no point names who acts ("##2/TCT-DNNCN", the 2022 PIT settlement guidance,
# 04_PIT/CV 2022: gave I.1-IV.2 and lost V and VI, which have dashes only).
SETTLEMENT_GUIDANCE = """Kính gửi: Cục thuế các tỉnh, thành phố trực th TY  n ;

Để đảm bảo kịp thời hướng dẫn cho các tổ chức, cá nhân thực hiện việc
quyết toán thuế TNCN thống nhất theo quy định của pháp luật thuế TNCN, pháp
luật về quản lý thuế hiện hành, Tổng cục Thuế lưu ý một số nội dung như sau:

I. DOL TƯỢNG PHAI QUYẾT TOÁN THUÊ
1. Đối với cá nhân trực tiếp quyết toán với co quan Thuế

Cá nhân là người nước ngoài kết thúc hợp đồng làm việc tại Việt Nam khai
quyết toán thuế với cơ quan thuê trước khí xuất cảnh.

2. Đối với tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công

Tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công có trách nhiệm khai
quyết toán thuế TNCN không phân biệt có phát sinh khấu trừ thuế hay không.

Il. DOL TƯỢNG KHÔNG PHAI QUYẾT TOÁN THUE

1. Đối với cá nhân

- Cá nhân có số thuế thu nhập cá nhân phải nộp thêm sau quyết toán của
từng năm từ 50. 000 đồng trở xuông.

HI. GIAM TRỪ GIA CANH

1. Mức giảm trừ gia cảnh

- Mức giảm trừ đối với mỗi người phy thuộc là 4,4 triệu đồng/tháng.

IV. THỦ TỤC KHAI QUYẾT TOÁN THUE

1. Khai quyết toán thuế

2. Nơi nộp hồ sơ khai quyết toán thuế

V. THỜI HAN NOP HO SƠ KHAI QUYẾT TOÁN THUÊ

- Đối với cá nhân trực tiếp quyết toán thuế: Thời hạn nộp hồ sơ quyết toán
thuế chậm nhất là ngày cudi cùng của tháng thứ 04 kể từ ngày kết thúc năm
dương lịch.

VI. TRÁCH NHIỆM TIẾP NHAN VÀ XỬ LÝ HO SƠ QUYẾT TOÁN
THUE THU NHAP CÁ NHÂN CUA CƠ QUAN THUÊ

- Cơ quan thuế có trách nhiệm tuyên truyền, hướng dẫn, đôn đốc người nộp
thuế thực hiện quyết toán thuế, nộp thuế đúng quy định.
"""


def test_guidance_topics_are_the_items():
    found = _letter_items(SETTLEMENT_GUIDANCE)
    assert [label for label, _ in found] == ["I", "II", "III", "IV", "V", "VI"]
    # (only VI's points name who acts: "- Cơ quan thuế có trách nhiệm …", gold/README tasks rule on points)
    assert [lead for _, lead in found] == [[], [], [], [], [], ["Cơ quan thuế"]]


def test_guidance_topics_guard_every_heading_numbered():
    # 2638/LĐTBXH-KHTC (leads7, read as II.1-III.2): every heading has numbered points and the first assesses; the
    # points stay the items, as before
    body = """I. Đánh giá tình hình thực hiện nhiệm vụ ngân sách nhà nước năm 2019 và giai đoạn 2016-2019

1. Căn cứ đánh giá tình hình thực hiện nhiệm vụ ngân sách nhà nước năm 2019 và giai đoạn 2016-2019

2. Đánh giá tình hình thực hiện nhiệm vụ chi thường xuyên năm 2019

II. Xây dựng dự toán năm 2020

1. Kinh phí chi trả trợ cấp thường xuyên:

2. Kinh phí chi trả trợ cấp 1 lần

III. Xây dựng kế hoạch tài chính - NSNN 03 năm 2020-2022

1. Yêu cầu lập kế hoạch

2. Lập kế hoạch chi NSNN 03 năm 2020-2022
"""
    assert [label for label, _ in _letter_items(body)] == ["II.1", "II.2", "III.1", "III.2"]
