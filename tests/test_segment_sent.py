"""What follows a letter's closing is split off as a document of its own only when the letter sends it (segment.py,
_sends_document): not a form to fill in, not the plan a decision issues (review of stop 13, finding 1)."""

from pipeline.batch import process_file

# 860/BHXH-BT (an OCR'd letter of the sixth OCR round, /tmp/ocr6_docs): a report form attached "theo mẫu đính kèm",
# its header repeated with blank slots.
LETTER_860 = """BẢO HIỂM XÃ HỘI VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 860/BHXH-BT Hà Nội, ngày 24 tháng 3 năm 2020
V/v tạm dừng đóng vào quỹ hưu trí và tử tuất

Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương

đ) Thường xuyên, theo dõi, đôn đốc, giám sát việc thực hiện tạm dừng
đóng vào quỹ hưu trí và tử tuất theo đúng quy định của pháp luật nhằm kịp thời
tháo gỡ khó khăn cho doanh nghiệp, tránh lạm dụng, trục lợi. Định kỳ trước
ngày 05 hàng tháng báo cáo kết quả thực hiện về BHXH Việt Nam (theo mẫu
đính kèm).

Noi nhận: KT. TONG GIAM DOC
- Như trên; PHÓ TỎNG GIÁM ĐÓC
- Tổng Giám đốc (dé báo cáo);
- Lưu: VT, BT.

Trần Dinh Liệu


--- PAGE BREAK ---

BẢO HIEM XÃ HỘI VIETNAM CỘNG HÒA XÃ HOI CHU NGHĨA VIET NAM

BAO HIÊM XÃ HỘI TỈNH, TE...« Độc lập — Tự do —- Hanh phúc
Số: /BC-BHXH saasssssszszasom MIE tháng ... năm 2020
BAO CAO
"""

# A decision and the plan it issues, in the layout of Decree 30/2020's forms (the plan restating "Ban hành kèm theo
# Quyết định số …"): the plan's tasks are the decision's (gold/README, tasks).
DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/QĐ-UBND
Quảng Ngãi, ngày 12 tháng 3 năm 2024
QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số năm 2024
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn Bình

ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 12 tháng 3 năm 2024
KẾ HOẠCH
Chuyển đổi số năm 2024
(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 12/3/2024 của Chủ tịch UBND tỉnh)
I. NHIỆM VỤ
1. Sở Thông tin và Truyền thông chủ trì xây dựng kho dữ liệu dùng chung.
2. Sở Nội vụ chủ trì số hóa hồ sơ cán bộ.
"""


def _all(tmp_path, text):
    path = tmp_path / "in.md"
    path.write_text(text, encoding="utf-8")
    return process_file(str(path))["documents"]


def test_a_form_attached_to_fill_stays_with_its_letter(tmp_path):
    docs = _all(tmp_path, LETTER_860)
    assert [d["code"] for d in docs] == ["860/BHXH-BT"]


def test_the_plan_a_decision_issues_stays_with_the_decision(tmp_path):
    docs = _all(tmp_path, DECISION_WITH_PLAN)
    assert len(docs) == 1 and docs[0]["code"] == "45/QĐ-UBND"
    assert [(t["label"], t["lead"]) for t in docs[0]["tasks"]] == [("1", ["Sở Thông tin và Truyền thông"]),
                                                                  ("2", ["Sở Nội vụ"])]
