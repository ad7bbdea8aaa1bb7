"""Findings of the third review of stop 13 (/tmp/review13c): letters written in the style of the provincial dispatches of
the development set. A letter's roman headings with sub-items handed to agencies keep the sub-items as its items; a
slogan naming the Republic in a list is no next document's header; a roman mark no table of labels knows
("IIII.", "XIII.") does not abort the document."""
from pipeline.batch import process_file
from pipeline.parse import parse_document

SUB_ITEMS = """UBND TỈNH QUẢNG NAM
SỞ Y TẾ
Số: 123/SYT-NVY
V/v triển khai công tác phòng chống dịch
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 10 tháng 3 năm 2025

Kính gửi: Các đơn vị trực thuộc.

Thực hiện chỉ đạo của UBND tỉnh, Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:
I. Về công tác truyền thông
Các đơn vị tăng cường tuyên truyền về phòng chống dịch trên các phương tiện thông tin.
II. Về công tác điều trị
2.1. Bệnh viện đa khoa tỉnh chuẩn bị đủ giường bệnh, thuốc, vật tư.
2.2. Trung tâm Kiểm soát bệnh tật tỉnh giám sát ca bệnh, báo cáo hằng tuần.
2.3. Trung tâm Y tế các huyện tổ chức cách ly, điều trị tại chỗ.
Đề nghị các đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn A
"""

SLOGANS = """UBND TỈNH QUẢNG NAM
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 456/SVHTTDL-QLVH
V/v tuyên truyền kỷ niệm 80 năm Quốc khánh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 10 tháng 8 năm 2025

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Sở Văn hóa, Thể thao và Du lịch đề nghị UBND các huyện, thị xã, thành phố thực hiện các nội dung sau:
1. Chỉ đạo Phòng Văn hóa và Thông tin trang trí, treo cờ Tổ quốc tại trụ sở cơ quan, nơi công cộng.
2. Sử dụng các khẩu hiệu tuyên truyền sau:
- NHIỆT LIỆT CHÀO MỪNG 80 NĂM NGÀY QUỐC KHÁNH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (02/9/1945 - 02/9/2025)!
- KHÔNG CÓ GÌ QUÝ HƠN ĐỘC LẬP, TỰ DO!
3. Báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 10/9/2025.
Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn A
"""


def test_sub_items_handed_to_agencies_are_the_items():
    tasks = parse_document(SUB_ITEMS)["tasks"]
    assert [(t["label"], t["lead"]) for t in tasks] == [
        ("2.1", ["Bệnh viện đa khoa tỉnh"]), ("2.2", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
        ("2.3", ["Trung tâm Y tế các huyện"])]


def test_a_slogan_naming_the_republic_does_not_end_the_list(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(SLOGANS, encoding="utf-8")
    docs = process_file(str(path))["documents"]
    assert [t["label"] for t in docs[0]["tasks"]] == ["1", "2", "3"]


def test_an_unknown_roman_mark_does_not_abort_the_document(tmp_path):
    text = SUB_ITEMS.replace("II. Về công tác điều trị", "IIII. Về công tác điều trị")
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    result = process_file(str(path))
    assert "error" not in result and result["documents"][0]["code"] == "123/SYT-NVY"
