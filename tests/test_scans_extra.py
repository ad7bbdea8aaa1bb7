"""Scans of development documents the committed sample set never rendered (samples/specs-extra), and the mends
their first reading asked for. The OCR texts below are the pipeline's own cleaned output on those renders
(seed 17), copied verbatim."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.parse import parse_text
from pipeline.textnorm import fold
from test_samples import _load_generator as _generate  # (pytest puts tests/ on the path)

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ROOT / "samples" / "specs-extra"


# --- the specs -----------------------------------------------------------------------------------------------------
def test_extra_specs_are_development_documents_the_set_never_rendered():
    gen = _generate()
    specs = gen.load_specs(None, EXTRA)
    assert len(specs) == 10
    committed = {json.loads(p.read_text(encoding="utf-8"))["source_document"]
                 for p in (ROOT / "samples" / "specs").glob("*.json")
                 if json.loads(p.read_text(encoding="utf-8"))["renders"]}
    stamped = 0
    for spec in specs:
        assert spec["source_document"] not in committed, spec["_path"].name
        stem = Path(spec["source_document"]).stem
        gold = json.loads((ROOT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        assert gold["split"] == "dev"
        fields = spec["documents"][0]["fields"]
        for key in ("code", "doc_type", "issuer", "place", "issued_on", "subject"):
            assert fields[key] == gold["documents"][0][key], (stem, key)
        assert fields["signer_name"] == gold["documents"][0]["signer"]["name"]
        (render,) = spec["renders"]
        assert render["profile"] in ("office", "photocopy", "phone")
        assert render["format"] in ("png", "jpeg", "tiff", "pdf-image")
        assert len(gen.layout_scan(spec).pages) <= 3, stem
        stamped += bool(render.get("stamp"))
    assert stamped == 5


def test_an_included_spec_takes_a_shorter_body():
    """specs-extra/tnt_2519 includes the committed spec and replaces its body (the whole decision runs to five pages)."""
    gen = _generate()
    (short,) = gen.load_specs(["tnt_2519_QD-UBND"], EXTRA)
    (whole,) = gen.load_specs(["tnt_2519_QD-UBND"])
    assert short["documents"][0]["fields"] == whole["documents"][0]["fields"]
    assert len(short["documents"][0]["_paragraphs"]) < len(whole["documents"][0]["_paragraphs"])
    assert len(gen.layout_scan(short).pages) < len(gen.layout_scan(whole).pages)


# --- header mends, on real OCR output of the renders -------------------------------------------------------------
def test_a_title_in_capitals_ends_where_the_body_in_sentence_case_begins():
    # 627/TB-VPCP photocopy: OCR leaves no blank line between the title and the body's first sentence
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 627/TB-VPCP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 18 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH\n"
            "- TRƯỞNG BAN CHỈ ĐẠO TẠI PHIÊN HỌP LẦN THỨ 21 BAN\nCHỈ ĐẠO NHÀ NƯỚC CÁC CÔNG TRÌNH, DỰ ÁN QUAN\n"
            "TRỌNG QUỐC GIA, TRỌNG ĐIỂM NGÀNH GIAO THÔNG VẬN\nTẢI\n"
            "Ngày 08 tháng 11 năm 2025, Thủ tướng Chính phủ Phạm Minh Chính - Trưởng\n"
            "Ban Chỉ đạo chủ trì Phiên họp lần thứ 21 Ban Chỉ đạo Nhà nước các công trình, dự án quan trọng quốc gia.")
    (doc,) = parse_text(text)
    assert fold(doc["subject"]).startswith("ket luan cua thu tuong")
    assert fold(doc["subject"]).endswith("trong diem nganh giao thong van tai")
    # 07-KL/VPTW phone photo: a Party conclusion's title
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\nSố 07-KL/VPTW\n._ ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Hà Nội, ngày 01 tháng 12 năm 2025\nKẾT LUẬN\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n"
            "TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG TỈNH ỦY,\nTHÀNH ỦY NĂM 2025\n"
            "Hội nghị toàn quốc công tác văn phòng tỉnh ủy, thành ủy năm 2025 tổ chức ngày\n"
            "26/11/2025 đã thống nhất đánh giá kết quả hoạt động của Văn phòng Trung ương")
    (doc,) = parse_text(text)
    assert fold(doc["subject"]) == ("cua dong chi chanh van phong trung uong dang tai hoi nghi toan quoc cong tac "
                                    "van phong tinh uy, thanh uy nam 2025")


def test_the_subject_label_with_its_slash_lost_before_a_colon():
    # 1921/LĐTBXH-NCC office scan, the receipt stamp over the V/v line: "V/v" read "V v:"
    text = ("BỘ LAO ĐỘNG - THƯƠNG BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ XÃ HỘI\nSố: 1921/LĐTBXH-NCC\n"
            "V v: hướng dẫn thực hiện chế độ điều dưỡng phục hồi sức khỏe nguời co công với cách mạng\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 03 tháng 06 năm 2013\n"
            "Kính gửi: - Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương;\n"
            "- Các Trung tâm điều dưỡng người có công.\n"
            "Ngày 09 4/2013, Chính phủ đã ban hành Nghị định số 31/2013/NĐ-CP quy định chỉ tiết.")
    (doc,) = parse_text(text)
    assert doc["subject"] == "hướng dẫn thực hiện chế độ điều dưỡng phục hồi sức khỏe nguời co công với cách mạng"
    assert doc["doc_type"] == "Công văn"


def test_a_subject_line_wrapped_onto_an_abbreviation_in_capitals():
    # 1040/LĐTBXH-NCC phone photo: the V/v's second line opens on "HĐKC" (the stamp's edge over its end)
    text = ("BỘ LAO ĐỘNG-THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 1040/LĐTBXH-NCC\nV/v hướng dẫn giải quyết chế độ người\n"
            "HĐKC bị nhiễm chát nh hú\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 09 tháng 04 năm 2012\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
            "Sau khi Bộ Lao động - Thương binh và Xã hội ban hành Thông tư số 08/2009/TT-BLĐTBXH.")
    (doc,) = parse_text(text)
    assert doc["subject"] == "hướng dẫn giải quyết chế độ người HĐKC bị nhiễm chát nh hú"


def test_a_title_whose_type_line_the_stamp_covered():
    # 24/2025/TT-BTP phone photo: the receipt stamp lies over "THÔNG TƯ"; OCR keeps only the title under it
    text = ("BỘ TƯ PHÁP\nSố: 24/2025/TT-BTP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 27 tháng 11 năm 2025\nSỬA ĐỐI, BỐ SUNG, B ÿĐMet SỐ ĐIỀU CỦA CÁC THÔNG\n"
            "TƯ THUỘC LĨNH VỰC TỔ CHỨC CÁN BỘ VÀ THÔNG TƯ CÓ\nLIÊN QUAN THUỘC PHẠM VI QUẢN LÝ CỦA BỘ TƯ PHÁP\n"
            "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;")
    (doc,) = parse_text(text)
    assert doc["doc_type"] == "Thông tư"
    assert fold(doc["subject"]).startswith("sua doi, bo sung, b")
    assert fold(doc["subject"]).endswith("thuoc pham vi quan ly cua bo tu phap")


def test_the_issuers_code_with_a_letter_read_three_times():
    # 1040/LĐTBXH-NCC phone photo: Tesseract read "LĐÐĐTBXH" (cleanup makes each Ð a Đ) on the blurred number line
    text = ("BỘ LAO ĐỘNG-THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 1040/LĐĐĐTBXH-NCC\nV/v hướng dẫn giải quyết chế độ người\n"
            "HĐKC bị nhiễm chát nh hú\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 09 tháng 04 năm 2012\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
            "Sau khi Bộ Lao động - Thương binh và Xã hội ban hành Thông tư số 08/2009/TT-BLĐTBXH.")
    (doc,) = parse_text(text)
    assert doc["code"] == "1040/LĐTBXH-NCC"
    # a part that is no issuer's code with its repeats cut stays as read
    (doc,) = parse_text(text.replace("LĐĐĐTBXH-NCC", "LĐĐXH-NCC"))
    assert doc["code"] == "1040/LĐĐXH-NCC"


def test_the_signers_name_with_specks_after_it():
    # 07-KL/VPTW phone photo (seed 23): the signature's tail read as letters after the name
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\nSố 07-KL/VPTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Hà Nội, ngày 01 tháng 12 năm 2025\nKẾT LUẬN\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n"
            "Hội nghị toàn quốc công tác văn phòng tỉnh ủy, thành ủy năm 2025 tổ chức ngày 26/11/2025.\n"
            "Nơi nhận:\n- Ban Bí thư (để báo cáo),\n- Các tỉnh ủy, thành ủy,\n- Các văn phòng tỉnh ủy, thành ủy,\n"
            "- Các đồng chí lãnh đạo Văn phòng Trung ương\nĐảng,\n- Các đơn vị trực thuộc Văn phòng Trung ương\nĐảng,\n"
            "- Lưu Văn phòng Trung ương Đảng.\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nLê Khánh Toàn m Ề §")
    (doc,) = parse_text(text)
    assert doc["signer"]["name"] == "Lê Khánh Toàn"
    # a one-letter given name in capitals is no speck
    (doc,) = parse_text(text.replace("Lê Khánh Toàn m Ề §", "Nguyễn Thị Y"))
    assert doc["signer"]["name"] == "Nguyễn Thị Y"


def test_a_title_the_stamps_pen_crossed_is_taken_from_its_restatement():
    # 36/2025/NQ-HĐND office scan: the receipt stamp's handwritten number and date over the title's middle
    text = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 36/2025/NQ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nThành phố Huế, ngày 18 tháng 11 năm 2025\nNGHỊ QUYẾT\n"
            "QUY ĐỊNH VỀ CHÍNH SÁCH HỌC PHÍ, HỖ TRỢẤÍÖC PHÍ TRÊN\n⁄⁄25826\nĐỊA BÀN THÀNH PHỐ HUẾ TỪ NĂM HỌC.\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương so 72/2025/QH15;\n"
            "Căn cứ Luật Giáo dục số 43/2019/QH14;\n"
            "Xét Tờ trình số 16241/TTr-UBND ngày 11 tháng 11 năm 2025 của Ủy ban nhân dân thành phố Huế về việc dự thảo "
            "Nghị quyết quy định về chính sách học phí, hỗ trợ học phí trên địa bàn thành phố Huế từ năm học 2025 - 2026; "
            "Báo cáo thẩm tra của\nBan Văn hóa - Xã hội; ý kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp;\n"
            "Hội đồng nhân dân ban hành Nghị quyết quy định về chính sách học phí, hỗ trợ học phí trên địa bàn thành phố "
            "Huế từ năm học 2025 - 2026.\nĐiều 1. Phạm vi điều chỉnh, đối tượng áp dụng")
    (doc,) = parse_text(text)
    assert doc["subject"] == ("Quy định về chính sách học phí, hỗ trợ học phí trên địa bàn thành phố Huế từ năm học "
                              "2025 - 2026")


@pytest.mark.parametrize("head", ["KÍNH GỬI CÁC SỞ, BAN, NGÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
def test_no_title_is_taken_from_a_dispatch_or_the_motto(head):
    """The lost-type-line reading needs a titled type in the symbol and a title-like line: a dispatch gets none."""
    text = (f"BỘ TƯ PHÁP\nSố: 2411/BTP-TCCB\nHà Nội, ngày 27 tháng 11 năm 2025\n{head}\n"
            "Bộ Tư pháp đề nghị các cơ quan, đơn vị phản ánh bằng văn bản.")
    (doc,) = parse_text(text)
    assert doc["subject"] is None


# --- OCR mend, on a real render -------------------------------------------------------------------------------------
@pytest.mark.parametrize("crop", ["photocopy_signer_under_seal.png", "photocopy_signer_under_scribble.png"])
def test_print_the_page_analysis_left_out_beside_a_black_seal_is_read(crop):
    """The top of page 2 of 0125/KH-UBND's 1-bit photocopy, as the copier PDF stores it (200 dpi; seeds 17 and 23):
    the seal and the signature are as black as the print, and Tesseract's page analysis gives no word of the signer
    block; the unread ink is read again and the signer's name joins the page — a line of its own (seed 17) or the
    line at the foot of the seal's and scribble's patch, blank rows above it (seed 23)."""
    from PIL import Image

    from pipeline import ingest, ocr

    with Image.open(ROOT / "tests" / "data" / crop) as im:
        page = ingest._to_dpi(im.convert("RGB"), (200, 200), 300)
    text = ocr.ocr_image(page, stamps=False).text
    assert fold(text.splitlines()[-1]) == "dao my"
    assert "NV (V-10b)." in text
    # … and nothing is read twice: every line of the Nơi nhận once
    assert sum("Các sở, ban, ngành" in ln for ln in text.splitlines()) == 1
