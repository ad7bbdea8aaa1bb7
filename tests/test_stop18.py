"""Stop 18: who acts, read where the earlier rounds lost it — a kind of body named by its description up to the
sentence's verb, the doer named in an item's last clause, coordinators named before their verb, village heads."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.tasks import leading_agency, split_agencies

LETTER = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 8810/UBND-NN
Nghệ An, ngày 12 tháng 11 năm 2025
V/v bảo đảm cấp nước an toàn mùa khô

Kính gửi:
- Các sở, ban, ngành cấp tỉnh;
- Ủy ban nhân dân các xã, phường.

Để bảo đảm cấp nước an toàn, Ủy ban nhân dân tỉnh yêu cầu:
{items}

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn C
"""


def _tasks(items: str) -> list[dict]:
    return parse_text(LETTER.format(items=items))[0]["tasks"]


@pytest.mark.parametrize("sentence, who", [
    ("Các công ty cấp nước trên địa bàn tỉnh chủ động xây dựng phương án cấp nước an toàn.",
     "Các công ty cấp nước trên địa bàn tỉnh"),
    ("Các doanh nghiệp đang khai thác nước ngầm trên địa bàn tỉnh thực hiện nghiêm quy định về cấp phép.",
     "Các doanh nghiệp đang khai thác nước ngầm trên địa bàn tỉnh"),
    ("Các hợp tác xã nông nghiệp có trạm bơm điện chủ động vận hành hợp lý.",
     "Các hợp tác xã nông nghiệp có trạm bơm điện"),
    ("Các đơn vị quản lý, khai thác công trình thủy lợi rà soát nguồn nước.",
     "Các đơn vị quản lý, khai thác công trình thủy lợi"),
    ("Cơ quan chủ quản các dự án cấp nước đang triển khai đẩy nhanh tiến độ.",
     "Cơ quan chủ quản các dự án cấp nước đang triển khai"),
])
def test_a_kind_of_body_keeps_its_description_up_to_the_verb(sentence, who):
    assert leading_agency(sentence) == who


@pytest.mark.parametrize("sentence, who", [
    # a kind with words of its own takes no clause that is the sentence's: the name ends where it did
    ("Các cơ quan báo chí làm tốt công tác thông tin, tuyên truyền.", "Các cơ quan báo chí"),
    # "liên quan" is no description: the name ends before it (the catch-all is told apart where leads are read)
    ("Các đơn vị liên quan thẩm định hồ sơ.", "Các đơn vị"),
    # the verb right after the kind: nothing to describe
    ("Các doanh nghiệp thực hiện nghiêm quy định.", "Các doanh nghiệp"),
])
def test_no_description_where_there_is_none(sentence, who):
    assert leading_agency(sentence) == who


def test_lower_case_kinds_after_a_comma_are_entries_of_their_own():
    # 627/TB-VPCP III.4 a), dev: "Bộ Xây dựng, các địa phương, cơ quan chủ quản các dự án đang triển khai thi công tiếp
    # tục chỉ đạo …"
    items = ("1. Bộ Xây dựng, các địa phương, cơ quan chủ quản các dự án đang triển khai thi công tiếp tục chỉ đạo "
             "các chủ đầu tư bổ sung nhân lực, thiết bị.")
    assert _tasks(items)[0]["lead"] == ["Bộ Xây dựng", "các địa phương",
                                        "cơ quan chủ quản các dự án đang triển khai thi công"]


def test_the_doer_named_in_the_last_clause_leads():
    items = ("1. Hướng dẫn người dân xử lý nước sinh hoạt; Trung tâm Kiểm soát bệnh tật tỉnh, Trung tâm Y tế các khu "
             "vực thực hiện.\n2. Tổ chức hội thảo chuyên đề (Sở Nội vụ chủ trì thực hiện).\n"
             "3. Kiểm tra chất lượng nước; báo cáo kết quả thực hiện.")
    tasks = _tasks(items)
    assert [t["lead"] for t in tasks] == [["Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các khu vực"],
                                          ["Sở Nội vụ"], []]


def test_coordinators_named_before_their_verb():
    items = ("1. Kiểm tra các công trình cấp nước nông thôn (Sở Nông nghiệp và Môi trường chủ trì, Ủy ban nhân dân "
             "các xã phối hợp).\n2. Rà soát quy hoạch mạng lưới (Sở Y tế chủ trì, các sở, ngành liên quan phối hợp).")
    tasks = _tasks(items)
    assert [(t["lead"], t["coordinators"]) for t in tasks] == [
        (["Sở Nông nghiệp và Môi trường"], ["Ủy ban nhân dân các xã"]), (["Sở Y tế"], [])]


def test_village_heads_act():
    items = "1. Trưởng thôn, tổ trưởng tổ dân phố tuyên truyền người dân sử dụng nước tiết kiệm."
    assert _tasks(items)[0]["lead"] == ["Trưởng thôn", "tổ trưởng tổ dân phố"]
    assert split_agencies("Trưởng thôn, tổ trưởng tổ dân phố") == ["Trưởng thôn", "tổ trưởng tổ dân phố"]
