"""Findings 3 and 4 of the review of the second half of stop 13 (/tmp/review13b): a printed issue date a day after the
issuer's digital signature stamp is kept; a signature stamp's lines between 'Nơi nhận' and the signer's name do not
hide the name. The letter is written in the layout of the sixth OCR round's Bộ Tài chính letters."""
import pytest

from pipeline.parse import parse_text

LETTER = """Ký bởi: Bộ Tài chính
Thời gian ký: {stamp} 16:53
BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/BTC-PC
Hà Nội, ngày {printed} năm 2024
V/v hướng dẫn kê khai hồ sơ
Kính gửi: Ủy ban nhân dân các tỉnh.

Bộ Tài chính đề nghị các đơn vị thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT, PC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
"""


@pytest.mark.parametrize("stamp, printed, issued", [
    ("12.03.2024", "12 tháng 3", "2024-03-12"),
    ("29.02.2024", "01 tháng 3", "2024-03-01"),   # signed in the evening, dated the next day
    ("11.03.2024", "12 tháng 3", "2024-03-12"),   # a day apart: kept
    ("02.03.2024", "12 tháng 3", None),           # ten days after its own stamp: one of the two is misread
])
def test_printed_date_against_the_stamp(stamp, printed, issued):
    assert parse_text(LETTER.format(stamp=stamp, printed=printed))[0]["issued_on"] == issued


CLOSING = """BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/BTC-PC Hà Nội, ngày 12 tháng 3 năm 2024
V/v hướng dẫn kê khai hồ sơ
Kính gửi: Ủy ban nhân dân các tỉnh.

Bộ Tài chính đề nghị các đơn vị thực hiện.

KT. BỘ TRƯỞNG

Nơi nhận: THỨ TRƯỞNG
- Như trên;
- Lưu: VT, PC.
Ký bởi: Bộ Tài chính
Thời gian ký: 12.03.2024 16:53
Nguyễn Văn An
"""


def test_signature_stamp_between_list_and_name():
    assert parse_text(CLOSING)[0]["signer"] == {"authority": "KT.", "title": "Thứ trưởng", "name": "Nguyễn Văn An"}
