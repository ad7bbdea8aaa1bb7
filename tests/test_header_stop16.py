"""Stop 16: four header faults found by the probe documents of stop 15 (gold/development/probes.tsv) and in saved
development pages. Each test quotes the lines that failed before the change."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.header import _sentence

VPCP = """VĂN PHÒNG CHÍNH PHỦ
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 659/TB-VPCP
Hà Nội, ngày 29 tháng 11 năm 2025

THÔNG BÁO
{title}
Ngày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp.
"""


def test_a_persons_name_in_an_all_caps_title_keeps_its_capitals():
    # 659/TB-VPCP (saved page c03): the name after the office's title was lowercased ("… Chính phủ hồ quốc dũng tại …")
    title = ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP VỀ TÌNH\n"
             "HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ")
    doc = parse_text(VPCP.format(title=title))[0]
    assert doc["subject"] == ("Kết luận của Phó Thủ tướng Chính phủ Hồ Quốc Dũng tại cuộc họp về tình hình thực hiện "
                              "Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị")
    # (631/TB-VPCP, 641/TB-VPCP: "thường trực" in the title; a name of four syllables)
    assert _sentence("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ NGUYỄN HÒA BÌNH TẠI CUỘC HỌP") == \
        "Kết luận của Phó Thủ tướng thường trực Chính phủ Nguyễn Hòa Bình tại cuộc họp"
    assert _sentence("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ PHẠM THỊ THANH TRÀ TẠI BUỔI LÀM VIỆC VỚI THÀNH PHỐ ĐÀ NẴNG") \
        == "Kết luận của Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà tại buổi làm việc với thành phố Đà Nẵng"
    # the title's agency, level and place between the title and the name; the name ending the title; the title next
    # to the name capitalised (Decree 30/2020, Phụ lục II, V.3)
    assert _sentence("KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY NGUYỄN VĂN AN") == \
        "Kết luận của đồng chí Bí thư Tỉnh ủy Nguyễn Văn An"
    assert _sentence("Ý KIẾN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI TRƯƠNG HẢI LONG TẠI HỘI NGHỊ") == \
        "Ý kiến của Chủ tịch Ủy ban nhân dân tỉnh Gia Lai Trương Hải Long tại hội nghị"
    assert _sentence("KẾT LUẬN CỦA PHÓ CHỦ TỊCH THƯỜNG TRỰC ỦY BAN NHÂN DÂN TỈNH LÊ VĂN AN") == \
        "Kết luận của Phó Chủ tịch thường trực Ủy ban nhân dân tỉnh Lê Văn An"
    # the shortest run a name's follower closes: "về việc" is none of the name
    assert not _sentence("KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MAI SƠN VỀ VIỆC").endswith("Về Việc")


def test_words_after_an_office_that_are_no_name_stay_lowercase():
    # no surname after the title, or a run that does not end where a name ends
    assert _sentence("KẾT LUẬN CỦA BỘ TRƯỞNG BỘ Y TẾ VỀ CÔNG TÁC Y TẾ") == "Kết luận của bộ trưởng Bộ Y tế về công tác y tế"
    assert _sentence("QUY ĐỊNH CỦA GIÁM ĐỐC SỞ TỪ NGÀY 01/7/2025 VỀ GIỜ LÀM VIỆC") == \
        "Quy định của giám đốc sở từ ngày 01/7/2025 về giờ làm việc"
    assert _sentence("KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH CẤP TỈNH CỦA NĂM 2025") == \
        "Kết luận của Thủ tướng Chính phủ hồ sơ trực tuyến toàn trình cấp tỉnh của năm 2025"


def test_a_title_on_the_place_date_line_is_the_subject():
    # 3176/QĐ-BYT (saved web page m01, and four more of its kind): the place-date line runs on into the type name, the
    # title and the competent authority's line; the subject was None
    text = ("Quyết định 3176/QĐ-BYT năm 2024. BỘ Y TẾ -------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 3176/QĐ-BYT\n"
            "Hà Nội, ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 4750/QĐ-BYT  NGÀY 29/12/2023 "
            "CỦA BỘ TRƯỞNG BỘ Y TẾ SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 130/QĐ-BYT  NGÀY 18/01/2023 QUY ĐỊNH CHUẨN VÀ ĐỊNH "
            "DẠNG DỮ LIỆU ĐẦU RA PHỤC VỤ VIỆC QUẢN LÝ, GIÁM ĐỊNH, THANH TOÁN CHI PHÍ KHÁM BỆNH, CHỮA BỆNH VÀ GIẢI QUYẾT "
            "CÁC CHẾ ĐỘ LIÊN QUAN BỘ TRƯỞNG BỘ Y TẾ\n"
            "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ;\n"
            "QUYẾT ĐỊNH:\n")
    doc = parse_text(text)[0]
    assert doc["doc_type"] == "Quyết định" and doc["issued_on"] == "2024-10-29" and doc["place"] == "Hà Nội"
    assert doc["subject"] == ("Sửa đổi, bổ sung Quyết định số 4750/QĐ-BYT ngày 29/12/2023 của bộ trưởng Bộ Y tế sửa đổi, "
                              "bổ sung Quyết định số 130/QĐ-BYT ngày 18/01/2023 quy định chuẩn và định dạng dữ liệu đầu "
                              "ra phục vụ việc quản lý, giám định, thanh toán chi phí khám bệnh, chữa bệnh và giải quyết "
                              "các chế độ liên quan")


def test_only_an_authority_closing_the_title_is_cut():
    from pipeline.parse.header import _without_authority

    # 1666/QĐ-BHXH (m06): the general director's line after the title
    assert _without_authority("BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM") == \
        "BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ"
    # a head the title itself names stays
    assert _without_authority("ỦY QUYỀN CHO GIÁM ĐỐC SỞ TÀI CHÍNH") == "ỦY QUYỀN CHO GIÁM ĐỐC SỞ TÀI CHÍNH"
    assert _without_authority("BÃI BỎ QUYẾT ĐỊNH SỐ 12/QĐ-BYT CỦA BỘ TRƯỞNG BỘ Y TẾ") == \
        "BÃI BỎ QUYẾT ĐỊNH SỐ 12/QĐ-BYT CỦA BỘ TRƯỞNG BỘ Y TẾ"


def test_a_party_body_inside_an_agency_is_one_name():
    from pipeline.parse import gazetteer
    from pipeline.parse.tasks import leading_agency

    # probeT t11 (Huyện ủy Thanh Oai's plan), item 4: the second name was read "Ban" (the tagger reads "cán sự" a verb
    # and "đảng Ủy" one word)
    assert leading_agency("Đảng đoàn Hội đồng nhân dân huyện, Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo cụ thể "
                          "hóa các nội dung thành chính sách.") == \
        "Đảng đoàn Hội đồng nhân dân huyện, Ban cán sự đảng Ủy ban nhân dân huyện"
    assert leading_agency("Ban cán sự đảng Bộ Y tế chỉ đạo xây dựng kế hoạch.") == "Ban cán sự đảng Bộ Y tế"
    assert leading_agency("Đảng đoàn Quốc hội, Ban cán sự đảng Chính phủ lãnh đạo việc sửa đổi luật.") == \
        "Đảng đoàn Quốc hội, Ban cán sự đảng Chính phủ"
    # (the words after a head keep the tags read in their sentence: 122/NQ-CP item 20's verb still ends the name)
    assert leading_agency("Bộ Xây dựng, Bộ Khoa học và Công nghệ, các bộ, cơ quan rà soát, hoàn thiện") == \
        "Bộ Xây dựng, Bộ Khoa học và Công nghệ, các bộ, cơ quan"
    # a header's capitals: the body's kind in lower case, the agency as it is named
    assert gazetteer.canonical("BAN CÁN SỰ ĐẢNG UBND TỈNH") == "Ban cán sự đảng Ủy ban nhân dân tỉnh"
    assert gazetteer.canonical("ĐẢNG ĐOÀN QUỐC HỘI") == "Đảng đoàn Quốc hội"
    assert gazetteer.canonical("BAN CÁN SỰ ĐẢNG BỘ Y TẾ") == "Ban cán sự đảng Bộ Y tế"


def test_the_party_plan_probe_gives_every_lead():
    # probeT t11_KH_huyenuy_party (gold/development/probes.tsv: "Ban cán sự đảng UBND huyện" still "Ban")
    text = ("ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY THANH OAI\n*\nSố: 45-KH/HU\nThanh Oai, ngày 15 tháng 3 năm 2022\n\n"
            "KẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị\n\n"
            "Thực hiện Kế hoạch số 12-KH/TU ngày 20/02/2022 của Ban Thường vụ Thành ủy Hà Nội, Ban Thường vụ Huyện ủy xây "
            "dựng kế hoạch thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh.\n\nII. NHIỆM VỤ TRỌNG TÂM\n"
            "1. Các chi bộ, đảng bộ cơ sở đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ định kỳ hằng tháng.\n"
            "2. Ủy ban Kiểm tra Huyện ủy đưa việc thực hiện Chỉ thị 05 vào chương trình kiểm tra, giám sát năm 2022.\n"
            "3. Đảng đoàn Hội đồng nhân dân huyện, Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo cụ thể hóa các nội "
            "dung thành chính sách.\n\nIII. TỔ CHỨC THỰC HIỆN\nVăn phòng Huyện ủy theo dõi, tổng hợp, báo cáo Ban "
            "Thường vụ Huyện ủy.\n\nNơi nhận:\n- Ban Tuyên giáo Thành ủy (để b/c);\n- Lưu Văn phòng Huyện ủy.\n\n"
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn Hùng\n")
    leads = [t["lead"] for t in parse_text(text)[0]["tasks"]]
    assert ["Đảng đoàn Hội đồng nhân dân huyện", "Ban cán sự đảng Ủy ban nhân dân huyện"] in leads


def test_a_signers_name_of_the_central_highlands_is_kept():
    from pipeline.cleanup import is_noise
    from pipeline.parse.blocks import _person

    # probeH p20 (Hội LHPN tỉnh Đắk Lắk): the name line was dropped as noise, the signer's name None
    text = ("HỘI LHPN VIỆT NAM\nBCH HỘI LHPN TỈNH ĐẮK LẮK\nSố: 125/HPN-TG\nV/v tuyên truyền phòng, chống bạo lực gia đình\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐắk Lắk, ngày 18 tháng 10 năm 2017\n\n"
            "Kính gửi: Hội LHPN các huyện, thị xã, thành phố.\n\nBan Thường vụ Hội LHPN tỉnh đề nghị Hội LHPN các huyện, "
            "thị xã, thành phố triển khai tuyên truyền.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TG.\n"
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nH'Yim Kđoh\n")
    assert parse_text(text)[0]["signer"]["name"] == "H'Yim Kđoh"
    for name in ("H'Yim Kđoh", "Y Thanh Hà Niê Kđăm", "Điểu K'Ré", "Ka Lin", "Ksor Phước"):
        assert not is_noise(name) and _person(name) == name
    # the title before it goes, as before a Kinh name
    assert _person("PHÓ CHỦ TỊCH Y Thanh Hà Niê Kđăm") == "Y Thanh Hà Niê Kđăm"


def test_ocr_debris_of_a_names_shape_is_still_noise():
    from pipeline.cleanup import is_noise
    from pipeline.parse.blocks import _person

    # short capitalised specks no name of the Highlands opens on ("jmv", a seal's letters "Bdk Hy"), nor a lone "Y"
    for speck in ("jmv", "Bdk Hy", "Ya Duck", "I'Ma Bx", "Y Ae"):
        assert is_noise(speck)
    assert _person("Y Ae") is None


def test_the_motto_run_on_after_the_issuers_rule_is_no_part_of_it():
    # 6556/QĐ-BYT (saved web page m03): the issuer was "Bộ Y tế -------cộng hòa xã Hội Chủ Nghĩa Việt Nam"
    text = ("Quyết định 6556/QĐ-BYT năm 2018.\n"
            "BỘ Y TẾ -------CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 6556/QĐ-BYT\n"
            "Hà Nội, ngày 30 tháng 10 năm 2018 QUYẾT ĐỊNH BAN HÀNH MẪU BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH SỬ DỤNG TẠI "
            "CÁC CƠ SỞ KHÁM BỆNH, CHỮA BỆNH BỘ TRƯỞNG BỘ Y TẾ\n"
            "Căn cứ Luật Khám bệnh, chữa bệnh;\nQUYẾT ĐỊNH:\n")
    doc = parse_text(text)[0]
    assert doc["issuer"] == "Bộ Y tế"
    assert doc["subject"] == "Ban hành mẫu bảng kê chi phí khám bệnh, chữa bệnh sử dụng tại các cơ sở khám bệnh, chữa bệnh"
