"""Acts of the National Assembly's Standing Committee as the Công báo prints them (89/2025/UBTVQH15, a development text
of the thirteenth round, hrmaster1982-dev/phapluat-8chude-data): the type named before the number's label, no
place-date line, the act dated by its adoption in the closing formula."""

from pipeline.parse import grammar

NQ_89 = """ỦY BAN THƯỜNG VỤ QUỐC HỘI

 Nghị quyết số: 89/2025/UBTVQH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

NGHỊ QUYẾT
Về mức chi tổ chức và hoạt động bảo hiểm xã hội, bảo hiểm thất nghiệp
giai đoạn 2025 - 2027

ỦY BAN THƯỜNG VỤ QUỐC HỘI

Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 đã được sửa đổi, bổ sung một
số điều theo Luật số 84/2025/QH15;
Sau khi xem xét Tờ trình số 613/TTr-CP ngày 27 tháng 6 năm 2025 của Chính
phủ và Báo cáo thẩm tra số 685/BC-UBVHXH15 ngày 09 tháng 7 năm 2025 của Ủy
ban Văn hóa và Xã hội của Quốc hội;
…
Điều 3. Điều khoản thi hành
Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025; mức chi quy
định tại khoản 1 Điều 1 của Nghị quyết này áp dụng từ năm tài chính 2025./.

Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ
nghĩa Việt Nam khóa XV, phiên họp thứ 47 thông qua ngày 10 tháng 7 năm 2025.
TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH

Trần Thanh Mẫn
"""


def test_typed_number_line_and_adoption_date(doc_of):
    d = doc_of(NQ_89)
    assert d["code"] == "89/2025/UBTVQH15" and d["doc_type"] == "Nghị quyết"
    assert d["issued_on"] == "2025-07-10"  # adopted, not the cited Tờ trình's date nor the date it takes effect
    assert d["place"] is None


def test_a_typed_number_inside_a_sentence_is_no_number_line():
    assert grammar.number_line("Căn cứ Nghị quyết số: 89/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội;") is None
