"""Eighteenth round of task-lead rules (leads18): wordings left by the reviews of the seventeenth round's công điện
(tnt305/tai_lieu_noi_bo, crawler list src/crawler/nghidinh.jsonl; pages listed in gold/development/reading_tasks.tsv)
and documents of the crawler list's offsets 0-60000 read blind this round. The lines are the documents' own."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines


def _lead(text: str) -> list[str]:
    return tasks.heading_lead([ln for ln in split_lines(text) if ln.text])


# Class 1: two heads before a colon, a Party committee's secretary and the people's committee's chairman of the places
# listed (was no lead: "Bí thư" heads no agency). Since stop 19 the list is both heads': each secretary in full too, as
# a second blind reading of 223/CĐ-TTg wrote it (gold/development/real19/B; the member-list clause of the tasks rule).
SECRETARY_AND_CHAIRMAN = [
    # 227/CĐ-TTg item 1
    ("1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng tiếp tục phân "
     "công nhiệm vụ cụ thể cho từng đồng chí trong Thường vụ, thường trực Tỉnh ủy,",
     ["Bí thư tỉnh ủy Đắk Lắk", "Bí thư tỉnh ủy Khánh Hòa", "Bí thư tỉnh ủy Gia Lai", "Bí thư tỉnh ủy Lâm Đồng",
      "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa",
      "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"]),
    # 223/CĐ-TTg item 1: the honorific is no part of who acts; the place list ends before a party in lower case
    ("1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các "
     "Bộ, ngành theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập trung, quyết liệt hơn nữa",
     ["Bí thư tỉnh ủy Khánh Hòa", "Bí thư tỉnh ủy Đắk Lắk", "Bí thư tỉnh ủy Gia Lai",
      "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa", "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk",
      "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "lãnh đạo các Bộ, ngành"]),
]


@pytest.mark.parametrize("text,lead", SECRETARY_AND_CHAIRMAN)
def test_a_secretary_and_a_chairman_before_the_place_list(text, lead):
    assert _lead(text) == lead


def test_secretary_guards():
    # the chairmen alone over their place list: one entry a province (231/CĐ-TTg-like wording; the list split since
    # stop 17, gold/README tasks rule)
    assert _lead("3. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa chỉ đạo các lực lượng") == [
        "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa"]
    # a secretary of no committee named as an agency is nobody's lead; a committee's title in capitals is
    assert not tasks.is_addressee("Bí thư chi bộ thôn tổ chức họp")
    assert tasks.is_addressee("Bí thư Tỉnh ủy chỉ đạo")
    assert tasks.split_agencies("Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh") == [
        "Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]


# Class 2: a Government leader handed the item by title and name (was no lead: no agency is named).
ASSIGNED_LEADERS = [
    # 224/CĐ-TTg item 7
    ("7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo công tác chuẩn bị, kiểm tra đôn đốc và tổ chức "
     "buổi Lễ khánh thành, khởi công các dự án, công trình.", ["Phó Thủ tướng Chính phủ Trần Hồng Hà"]),
    # 231/CĐ-TTg item 7
    ("7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo các Bộ, ngành, địa phương triển khai kịp thời "
     "công tác ứng phó với bão, mưa lũ.", ["Phó Thủ tướng Chính phủ Trần Hồng Hà"]),
    # 226/CĐ-TTg item 5: a named deputy and the others
    ("5. Giao Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo nhiệm vụ được phân công chỉ đạo",
     ["Phó Thủ tướng Hồ Đức Phớc", "các Phó Thủ tướng"]),
    # 227/CĐ-TTg item 14
    ("14. Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi thường xuyên tình hình, trực tiếp chỉ đạo "
     "đôn đốc, kiểm tra công tác khắc phục hậu quả mưa lũ tại các địa phương", ["các Phó Thủ tướng Chính phủ"]),
]


@pytest.mark.parametrize("text,lead", ASSIGNED_LEADERS)
def test_a_government_leader_handed_the_item(text, lead):
    assert _lead(text) == lead


def test_leader_guards():
    # the leader who concludes, as a subject, is asked nothing (a conclusion notice's wording)
    assert _lead("2. Phó Thủ tướng Trần Hồng Hà đánh giá cao kết quả các Bộ, ngành đã đạt được.") == []
    # "Giao" an agency to chair still gives the agency
    assert _lead("3. Giao Bộ Tài chính chủ trì, phối hợp với các Bộ, ngành liên quan rà soát") == ["Bộ Tài chính"]


# Class 3: a topic heading on lines of its own over the paragraph that asks who acts (was no lead: the request verb
# hid the subject, and "căn cứ …" after the name reads as no verb).
def test_an_agency_asked_below_a_topic_heading():
    # 5491/CT-CS item 1 (the heading wrapped over two lines)
    item = ("1. Về thuế giá trị gia\ntăng\nĐề nghị Thuế tỉnh Ninh Bình căn cứ quy định nêu trên và hợp đồng\n"
            "ký kết thực tế giữa Công ty TNHH Nippon Zoki Việt Nam và Hợp tác xã để xác định khoản tiền thưởng thực "
            "chất có liên\nquan đến hoạt động bán hàng hóa hay không?")
    assert _lead(item) == ["Thuế tỉnh Ninh Bình"]


def test_the_recipient_company_asked_below_a_topic_is_no_lead():
    # 5491/CT-CS item 2's heading over the answer letters' request to their addressee (38273/CHQ-GSQL's sentence):
    # the company named by its kind alone is the letter's own recipient, no agency
    item = ("2. Về thuế thu nhập doanh\nnghiệp\nĐề nghị Công ty nghiên cứu quy\nđịnh tại các văn bản nêu trên để "
            "thực hiện.")
    assert _lead(item) == []
    # 5491/CT-CS item 2 as printed: findings, no one asked
    assert _lead("2. Về thuế thu nhập doanh\nnghiệp\nKhoản chi tiền thưởng nếu thỏa mãn điều kiện quy định tại Điều 4 "
                 "Thông tư số 96/2015/TT-BTC và không thuộc các khoản chi\nkhông được trừ theo quy định của pháp luật "
                 "thuế TNDN thì được tính vào chi phí\nđược trừ khi xác định thu nhập chịu thuế TNDN.") == []
