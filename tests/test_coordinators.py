"""Coordinators of a task: the agencies its text says the work is done with ("phối hợp (với) …"), read from real
lines of dev documents (issue 4)."""
import pytest

from pipeline.parse.tasks import _cell_agencies, _cooperating
from pipeline.parse import parse_text, tasks

COOPERATING = [
    # a verb after the names ends them (the brief's example of the old reading: "… thành phố triển khai")
    ("giao Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các huyện, thành phố triển khai.",
     ["Ủy ban nhân dân các huyện, thành phố"]),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Y tế thực hiện.", ["Sở Y tế"]),
    # "phối hợp" without "với", capitalised at a dash point (tnt_0129_KH-UBND items 1, 2)
    ("Sở Công Thương: - Phối hợp Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và UBND các xã, phường tổ chức vận chuyển "
     "hàng đến các cụm dân cư, thôn, buôn bị chia cắt;",
     ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "UBND các xã, phường"]),
    # a catch-all after the names is nobody (tnt_0129_KH-UBND item 6)
    ("Sở Tài chính: Phối hợp với Sở Công Thương và các đơn vị liên quan thẩm định, tham mưu UBND tỉnh bố trí kinh phí",
     ["Sở Công Thương"]),
    # the kind of body before a colon, then whom (congbot_37 item 2)
    ("chỉ đạo Sở Lao động - Thương binh và Xã hội phối hợp với các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, "
     "Hội đồng giám định Y khoa, Hội nạn nhân chất độc da cam/dioxin, Hội Cựu chiến binh thực hiện các nội dung",
     ["Sở Y tế", "Bộ Chỉ huy quân sự tỉnh", "Hội đồng giám định Y khoa", "Hội nạn nhân chất độc da cam/dioxin",
      "Hội Cựu chiến binh"]),
    # bodies in lower case, several words each, are each one (tnt_0124_KH-UBND item 2)
    ("Phối hợp chặt chẽ với cấp ủy, chính quyền các cấp, phát huy khối đại đoàn kết toàn dân trong tuyên truyền",
     ["cấp ủy", "chính quyền các cấp"]),
    # a clause the tagger ends a name at, another agency after it (tnt_627_TB-VPCP item 1)
    ("phối hợp với các doanh nghiệp địa phương, các lực lượng vũ trang đóng quân tại địa bàn, các doanh nghiệp quân "
     "đội hỗ trợ để đẩy nhanh tiến độ triển khai dự án",
     ["các doanh nghiệp địa phương", "các lực lượng vũ trang đóng quân tại địa bàn", "các doanh nghiệp quân đội"]),
    # every phối hợp clause of the item, each once (tnt_627_TB-VPCP item 5)
    ("đ) Bộ Xây dựng chủ trì, phối hợp Bộ Tài chính xem xét việc khen thưởng hợp đồng bảo đảm công khai, minh bạch. "
     "Bộ Xây dựng với vai trò là cơ quan thường trực Ban chỉ đạo, chủ động, phối hợp Bộ Nội vụ có báo cáo Long kết, "
     "đánh giá nhiệm vụ. h) Bộ Xây dựng phối hợp với các địa phương, cơ quan liên quan rà soát danh mục các tuyến "
     "cao tốc đang chuẩn bị đầu tư; phối hợp Bộ Tài chính xem xét.",
     ["Bộ Tài chính", "Bộ Nội vụ", "các địa phương"]),
    # a branch or the localities in lower case (tnt_217_CĐ-TTg items 2, 6)
    ("phối hợp với ngành công thương và các địa phương chỉ đạo vận hành an toàn các hồ chứa thủy lợi, thủy điện",
     ["ngành công thương", "các địa phương"]),
    ("theo chức năng, nhiệm vụ, thẩm quyền chủ động phối hợp với địa phương chỉ đạo các cơ quan chức năng triển khai "
     "công tác phòng, chống, ứng phó với mưa lũ", ["địa phương"]),
    # a dash inside a name, the sentence's verb or adverb after a name, a catch-all (224/CĐ-TTg item 2, 631/TB-VPCP,
    # 641/TB-VPCP II.3)
    ("chủ trì, phối hợp với Văn phòng Chính phủ, Bộ Tài chính, các bộ, ngành địa phương liên quan rà soát danh mục; "
     "phối hợp với Đài truyền hình Việt Nam, Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông "
     "Việt Nam, Văn phòng Chính phủ xây dựng",
     ["Văn phòng Chính phủ", "Bộ Tài chính", "Đài truyền hình Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội",
      "Tập đoàn Bưu chính Viễn thông Việt Nam"]),
    ("Văn phòng Chính phủ phối hợp với Bộ Dân tộc và Tôn giáo khẩn trương rà soát, hoàn thiện hồ sơ.",
     ["Bộ Dân tộc và Tôn giáo"]),
    # a known name the tagger ended early, and the agency after it (987/KH-UBND Nghệ An item 5, two lines)
    ("- Phối hợp chặt chẽ với Ban Quản lý Khu kinh tế\nĐông Nam, Sở Khoa học và Công nghệ và các doanh nghiệp viễn thông.",
     ["Ban Quản lý Khu kinh tế Đông Nam", "Sở Khoa học và Công nghệ", "các doanh nghiệp viễn thông"]),
    ("a) Phối hợp với Sở Lao động - Thương binh và Xã hội, Sở Tài chính báo\ncáo Chủ tịch Ủy ban nhân dân tỉnh",
     ["Sở Lao động - Thương binh và Xã hội", "Sở Tài chính"]),  # 860/BHXH-BT
    # a dash opening a line is the next point, not a name's (252/KH-BCĐQG1237 VIII)
    ("b) Cơ quan phối hợp\n- Các quân khu, các tỉnh\n- Văn phòng Ban Chỉ đạo và cơ quan thường trực",
     ["Các quân khu", "các tỉnh"]),
    ("ngành Thuế phối hợp chặt chẽ với các ngành, các cấp thực hiện chống thất thu", []),
    # kinds of body that name no one (tnt_0124_KH-UBND item 4, fresh_H_07-KL-VPTW item 2)
    ("Sở Nội vụ - Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương, doanh nghiệp tổ chức triển khai thực hiện "
     "Kế hoạch này", []),
    ("chủ động phối hợp chặt chẽ với các cơ quan chức năng bảo đảm tốt công tác hậu cần", []),
    # "phối hợp" as a noun, a regulation's name: no agency follows
    ("Thực hiện vai trò cơ quan thường trực Ban Vận động cấp tỉnh theo Quy chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ và "
     "quy định hiện hành", []),
]


@pytest.mark.parametrize("text,expected", COOPERATING)
def test_cooperating(text, expected):
    assert _cooperating(text) == expected


def test_cell_with_names_one_a_line():
    # tnt_310_KH-UBND item 1: the coordinators' cell held "Sở Khoa học và Công nghệ" / "Sở Công Thương" on two lines
    assert _cell_agencies("Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã") == [
        "Sở Khoa học và Công nghệ", "Sở Công Thương", "UBND các phường, xã"]
    # one name is not cut where a known name's words end ("Sở Văn hóa, Thể thao và Du lịch")
    assert _cell_agencies("Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo") == [
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo"]


# --- review of the coordinators change (stop 14): a catch-all kept whole, the noun "phối hợp", the lead not its own
# coordinator, a bound on the matches read
@pytest.mark.parametrize("text, expected", [
    ("Chủ trì, phối hợp với Bộ Tư pháp, các bộ, cơ quan liên quan xây dựng dự thảo.", ["Bộ Tư pháp"]),
    ("Phối hợp với các bộ, cơ quan liên quan rà soát.", []),
    ("Quy chế phối hợp với Bộ Công an được ký kết.", []),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Y tế thực hiện.", ["Sở Y tế"]),
])
def test_review_cases(text, expected):
    assert tasks._cooperating(text) == expected


def test_many_cooperations_read_up_to_a_bound():
    assert tasks._cooperating("phối hợp " * 3000) == []


def test_the_lead_is_not_its_own_coordinator():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 05/KH-UBND\nNghệ An, ngày 10 tháng 4 năm 2025\n\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh năm 2025\n\nThực hiện chỉ đạo của Bộ Y tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
            "I. NHIỆM VỤ CỤ THỂ\n1. Sở Y tế\nChủ trì triển khai kế hoạch. Sở Tài chính phối hợp với Sở Y tế bố trí kinh phí.\n"
            "2. Sở Tài chính\nBố trí kinh phí thực hiện kế hoạch.\n\nNơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\nKT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\nLê Hồng Vinh\n")
    doc = parse_text(text)[0]
    first = doc["tasks"][0]
    assert first["lead"] == ["Sở Y tế"] and "Sở Y tế" not in first["coordinators"]


@pytest.mark.parametrize("text, expected", [  # departments of a province before the 2025 mergers
    ("phối hợp với Sở Giao thông vận tải, Sở Xây dựng kiểm tra", ["Sở Giao thông vận tải", "Sở Xây dựng"]),
    ("phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường thực hiện",
     ["Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường"]),
])
def test_departments_before_the_2025_mergers(text, expected):
    assert tasks._cooperating(text) == expected
