"""Small page renderer for the tests: an official-letter page drawn with Pillow and a DejaVu font (the installed Liberation fonts lack Vietnamese glyphs).

Two-column header, a blue receipt stamp ("ĐẾN"), a body, optional skew/noise/border. Returns the image
and the text as drawn (body only, stamp apart), so OCR tests compare against what is really on the page.
"""
from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

HEADER_LEFT = ["BỘ Y TẾ", "Số: 2207/BYT-KHTC", "V/v rà soát kế hoạch đầu tư", "công trình y tế năm 2026"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Hà Nội, ngày 09 tháng 4 năm 2026"]
BODY = [
    "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
    "Căn cứ Quyết định số 1183/QĐ-TTg ngày 14/10/2024 của Thủ tướng Chính phủ,",
    "Bộ Y tế đề nghị các đơn vị rà soát, tổng hợp nhu cầu đầu tư công trình",
    "y tế giai đoạn 2026 - 2030 và gửi báo cáo về Bộ trước ngày 30/5/2026.",
    "1. Đánh giá hiện trạng cơ sở vật chất, trang thiết bị của các bệnh viện.",
    "2. Đề xuất danh mục dự án ưu tiên, kinh phí và nguồn vốn thực hiện.",
]
STAMP = ["SỞ Y TẾ TỈNH BÌNH ĐỊNH", "ĐẾN Số: 3517", "Ngày: 12/4/2026", "Chuyển: P. KHTC"]


def render_page(*, stamp: bool = True, skew: float = 0.0, noise: float = 0.0, border: bool = False,
                dpi: int = 300, signature: bool = False) -> tuple[Image.Image, str]:
    scale = dpi / 300
    W, H = int(2480 * scale), int(3508 * scale)
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, int(42 * scale))
    fb = ImageFont.truetype(FONT_BOLD, int(42 * scale))
    y = int(250 * scale)
    for i, line in enumerate(HEADER_LEFT):
        d.text((int(200 * scale), y + i * int(70 * scale)), line, font=fb if i == 0 else f, fill="black")
    for i, line in enumerate(HEADER_RIGHT):
        d.text((int(1150 * scale), y + i * int(70 * scale)), line, font=fb if i < 2 else f, fill="black")
    y = int(800 * scale)
    for line in BODY:
        d.text((int(200 * scale), y), line, font=f, fill="black")
        y += int(80 * scale)
    truth = "\n".join(HEADER_LEFT + HEADER_RIGHT + BODY)
    if stamp:
        sx, sy = int(1100 * scale), int(560 * scale)
        blue = (40, 60, 200)
        d.rectangle([sx, sy, sx + int(700 * scale), sy + int(300 * scale)], outline=blue, width=int(5 * scale))
        fs = ImageFont.truetype(FONT_BOLD, int(40 * scale))
        for i, line in enumerate(STAMP):
            d.text((sx + int(25 * scale), sy + int(15 * scale) + i * int(68 * scale)), line, font=fs, fill=blue)
    if signature:  # a blue pen scribble and a red seal ring under the body, as a signer's block has
        sx, sy = int(1500 * scale), int(1500 * scale)
        pts = [(sx + int(t * 6 * scale), sy + int((60 * math.sin(t / 9) + 25 * math.sin(t / 2.3)) * scale))
               for t in range(90)]
        d.line(pts, fill=(30, 50, 170), width=int(6 * scale), joint="curve")
        r = int(200 * scale)
        cx, cy = sx + int(150 * scale), sy - int(30 * scale)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(200, 30, 30), width=int(12 * scale))
    if border:
        d.rectangle([0, 0, W, int(60 * scale)], fill=(30, 30, 30))
        d.rectangle([0, 0, int(50 * scale), H], fill=(30, 30, 30))
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor="white")
    if noise:
        rnd = random.Random(7)
        px = img.load()
        for _ in range(int(W * H * noise)):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px[x, yy] = (0, 0, 0)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img, truth
