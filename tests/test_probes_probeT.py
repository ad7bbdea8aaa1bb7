"""Stop 15, probeT: task, deadline and legal-reference forms met while probing the parser with documents written in
the genre's usual shapes (/tmp/s15/probeT_docs, gold/development/probes.tsv). Each test quotes the probe's lines
that were read wrongly before the change."""
from __future__ import annotations

from pipeline.parse import gazetteer
from pipeline.parse.refs import find_deadlines, find_legal_refs
from pipeline.parse.tasks import _cooperating, leading_agency, split_agencies


def test_a_semicolon_always_parts_two_agencies():
    # t09 (annex table of 301/KH-UBND Lâm Đồng): the coordinators cell "Sở Khoa học và Công nghệ; VNPT Lâm Đồng" gave
    # one coordinator "Sở Khoa học và Công nghệ và VNPT Lâm Đồng" (a name the gazetteer does not know after the
    # semicolon was joined to the one before it as if by "và")
    assert split_agencies("Sở Khoa học và Công nghệ; VNPT Lâm Đồng") == ["Sở Khoa học và Công nghệ", "VNPT Lâm Đồng"]
    assert split_agencies("Sở Tài chính; Viettel Quảng Ninh và Viễn thông Quảng Ninh") == \
        ["Sở Tài chính", "Viettel Quảng Ninh", "Viễn thông Quảng Ninh"]  # (the telecoms' units are heads since stop 18)
    assert split_agencies("Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Quảng Ninh") == \
        ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Quảng Ninh"]


def test_a_party_committee_named_by_its_level_keeps_its_case():
    # t01: "Kế hoạch số 25-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy" gave the issuer "Ban Thường vụ tỉnh Ủy"
    # ("tỉnh" read as a unit before a proper name "Ủy")
    refs = find_legal_refs("Thực hiện Kế hoạch số 25-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân "
                           "tỉnh ban hành Kế hoạch thực hiện như sau:")
    assert refs[0]["issuer"] == "Ban Thường vụ Tỉnh ủy"
    assert gazetteer.canonical("TỈNH ỦY BẮC NINH") == "Tỉnh ủy Bắc Ninh"
    assert gazetteer.canonical("THÀNH ỦY HÀ NỘI") == "Thành ủy Hà Nội"
    assert gazetteer.canonical("BAN TUYÊN GIÁO HUYỆN ỦY") == "Ban Tuyên giáo Huyện ủy"
    assert gazetteer.canonical("ĐẢNG ỦY XÃ TÂN LẬP") == "Đảng ủy xã Tân Lập"
    assert gazetteer.canonical("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH") == "Ủy ban nhân dân tỉnh Quảng Ninh"


def test_an_issuer_ends_before_the_next_citation():
    # t03 (08/CT-UBND Nghệ An): the issuer of 01/CT-TTg ran on into the law cited after it
    refs = find_legal_refs("Để chủ động phòng ngừa, thực hiện Chỉ thị số 01/CT-TTg ngày 03/01/2023 của Thủ tướng Chính phủ "
                           "và Luật Phòng cháy và chữa cháy, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:")
    assert [(r["type"], r["code"], r["issuer"], r["title"]) for r in refs] == [
        ("Chỉ thị", "01/CT-TTg", "Thủ tướng Chính phủ", None), ("Luật", None, None, "Phòng cháy và chữa cháy")]


def test_a_title_ends_where_the_citing_body_speaks():
    # t09: the title of 749/QĐ-TTg ran on into the plan's own clause ", Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau"
    refs = find_legal_refs("Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương "
                           "trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030, Ủy ban nhân dân tỉnh ban "
                           "hành Kế hoạch như sau:")
    assert refs[0]["title"] == ("phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030")
    refs = find_legal_refs("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về việc giao chỉ tiêu kế hoạch "
                           "năm 2024, UBND huyện xây dựng Kế hoạch như sau:")
    assert refs[0]["title"] == "giao chỉ tiêu kế hoạch năm 2024"


def test_a_head_title_before_a_name_with_a_comma_keeps_the_name_whole():
    # t23 (1902/QĐ-UBND Khánh Hòa): "Điều 1. Giao Giám đốc Sở Văn hóa, Thể thao và Du lịch thực hiện các nhiệm vụ sau:
    # 1. … 2. …" gave the leads "Giám đốc Sở Văn hóa" and "Thể thao và Du lịch"
    assert split_agencies("Giám đốc Sở Văn hóa, Thể thao và Du lịch") == ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
    assert split_agencies("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch") == \
        ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"]


def test_the_office_of_two_councils_is_one_agency():
    # t21 (215/KH-UBND Thọ Xuân): "- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện." gave two leads
    assert split_agencies("Văn phòng HĐND và UBND huyện") == ["Văn phòng HĐND và UBND huyện"]
    assert split_agencies("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh") == \
        ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]
    assert split_agencies("Văn phòng UBND tỉnh và UBND các huyện") == ["Văn phòng UBND tỉnh", "UBND các huyện"]


def test_a_post_office_is_an_agency():
    # t21: "- Cơ quan phối hợp: Phòng Văn hoá và Thông tin, Bưu điện huyện, Trung tâm Viễn thông Thọ Xuân." gave
    # "Phòng Văn hóa và Thông tin, Bưu điện huyện" as one coordinator
    assert split_agencies("Phòng Văn hoá và Thông tin, Bưu điện huyện, Trung tâm Viễn thông Thọ Xuân") == \
        ["Phòng Văn hoá và Thông tin", "Bưu điện huyện", "Trung tâm Viễn thông Thọ Xuân"]


def test_party_bodies_lead_a_party_plans_items():
    # t11 (45-KH/HU Thanh Oai): "1. Các chi bộ, đảng bộ cơ sở đưa nội dung …" and "4. Đảng đoàn Hội đồng nhân dân
    # huyện, …" gave no lead
    assert leading_agency("Các chi bộ, đảng bộ cơ sở đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ") == \
        "Các chi bộ, đảng bộ cơ sở"
    assert leading_agency("Đảng đoàn Hội đồng nhân dân huyện lãnh đạo cụ thể hóa các nội dung") == \
        "Đảng đoàn Hội đồng nhân dân huyện"


def test_a_department_named_by_its_function_ends_at_its_place():
    # t18 (14/CT-UBND Hưng Yên): "2. Cục Thống kê tỉnh thu thập số liệu, báo cáo …" gave the lead "Cục Thống kê tỉnh
    # thu thập số liệu"
    assert leading_agency("Cục Thống kê tỉnh thu thập số liệu, báo cáo Ủy ban nhân dân tỉnh") == "Cục Thống kê tỉnh"
    assert leading_agency("Cục Quản lý rủi ro thực hiện phân tích") == "Cục Quản lý rủi ro"  # guard: its function's object


def test_a_due_clause_has_no_list_dash():
    # t19 (2210/KH-SYT Thái Nguyên): "- Tổng hợp báo cáo kết quả về Sở Y tế trước ngày 10 tháng 12 năm 2018."
    # (the item's lines as the deadline reader is given them, one paragraph)
    found = find_deadlines("1. Trung tâm Kiểm soát bệnh tật tỉnh: - Chủ trì triển khai các hoạt động tiêm chủng; - Tổng "
                           "hợp báo cáo kết quả về Sở Y tế trước ngày 10 tháng 12 năm 2018.", "2018-04-14")
    assert [(d["date"], d["what"]) for d in found] == [("2018-12-10", "Tổng hợp báo cáo kết quả về Sở Y tế")]


def test_a_known_name_the_tagger_ended_early_is_read_whole():
    # t26 (77/KH-UBND Bình Phước, 2016): "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với …" gave the
    # lead "Sở Nông nghiệp" (the tagger reads "và Phát triển nông thôn" as one verb)
    assert leading_agency("Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ban Thi đua - Khen thưởng") == \
        "Sở Nông nghiệp và Phát triển nông thôn"
    assert leading_agency("Sở Nông nghiệp và Phát triển nông thôn, Sở Xây dựng chủ trì rà soát") == \
        "Sở Nông nghiệp và Phát triển nông thôn, Sở Xây dựng"


def test_heads_of_kinds_of_body_stay_one_group():
    # guard (saved development text 229/CĐ-TTg): the heads' titles over kinds of body are one entry, as before
    assert split_agencies("Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
                          "nhân dân các tỉnh, thành phố trực thuộc Trung ương") == [
        "Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_an_issuer_ends_before_the_period_a_title_names():
    # t25 (98/BC-UBND Sóc Trăng): "BÁO CÁO / Kết quả thực hiện Chỉ thị số 23/CT-TTg ngày 26/12/2018 của Thủ tướng Chính
    # phủ 6 tháng đầu năm 2024" gave the issuer "Thủ tướng Chính phủ 6 tháng đầu năm 2024"
    refs = find_legal_refs("Kết quả thực hiện Chỉ thị số 23/CT-TTg ngày 26/12/2018 của Thủ tướng Chính phủ 6 tháng đầu "
                           "năm 2024")
    assert refs[0]["issuer"] == "Thủ tướng Chính phủ"


def test_an_issuer_is_no_date_nor_the_next_document():
    # guards of the change above (saved development texts 2744/QĐ-UBND, 89/2025/UBTVQH15): a date's year is no period,
    # and a lower-case type with its number after "và" is the next citation
    refs = find_legal_refs("Căn cứ Nghị định số 187/2025/NĐ-CP của Chính phủ ngày 01 tháng 7 năm 2025 sửa đổi, bổ sung "
                           "một số điều của Nghị định số 78/2025/NĐ-CP;")
    assert refs[0]["title"] == "sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP"
    refs = find_legal_refs("Xét Tờ trình số 613/TTr-CP ngày 27/6/2025 của Chính phủ và báo cáo thẩm tra số "
                           "685/BC-UBVHXH15 ngày 09 tháng 7 năm 2025 của Ủy ban Văn hóa và Xã hội;")
    assert refs[0]["issuer"] == "Chính phủ"


def test_a_party_board_named_with_its_committee_keeps_it():
    # t28 (112-KH/TU Đắk Lắk): "3. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, …" gave the lead "Ban Tuyên giáo và Dân
    # vận Tỉnh" (the tagger runs "Dân vận Tỉnh" together and calls "ủy" a verb)
    assert leading_agency("Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Tư pháp tổ chức tuyên truyền") == \
        "Ban Tuyên giáo và Dân vận Tỉnh ủy"


def test_a_company_speaking_after_the_citation_ends_its_title():
    # t27 (5120/EVN-KD): the title of 29/CT-TTg ran on into ", Tập đoàn Điện lực Việt Nam yêu cầu các đơn vị"
    refs = find_legal_refs("Thực hiện Chỉ thị số 29/CT-TTg ngày 02/12/2023 của Thủ tướng Chính phủ về bảo đảm cung ứng "
                           "điện trong thời gian cao điểm các năm 2024 - 2025, Tập đoàn Điện lực Việt Nam yêu cầu các đơn vị:")
    assert refs[0]["title"] == "bảo đảm cung ứng điện trong thời gian cao điểm các năm 2024 - 2025"


def test_ministry_departments_named_in_lower_case_are_read_whole():
    # t10 (3120/QĐ-BYT's attached plan): "1. Viện Dinh dưỡng chủ trì, phối hợp với Cục Y tế dự phòng …" gave the
    # coordinator "Cục Y tế"; "2. Cục Quản lý Khám, chữa bệnh chỉ đạo …" the lead "Cục Quản lý Khám"
    assert leading_agency("Cục Quản lý Khám, chữa bệnh chỉ đạo các bệnh viện triển khai dinh dưỡng điều trị") == \
        "Cục Quản lý Khám, chữa bệnh"
    assert _cooperating("Viện Dinh dưỡng chủ trì, phối hợp với Cục Y tế dự phòng xây dựng tài liệu") == ["Cục Y tế dự phòng"]
    assert _cooperating("phối hợp với Cục Quản lý Khám, chữa bệnh, Cục An toàn thực phẩm kiểm tra") == \
        ["Cục Quản lý Khám, chữa bệnh", "Cục An toàn thực phẩm"]
    # guard: names the tagger ended early, as before
    assert _cooperating("phối hợp với Sở Khoa học và Công nghệ, Sở Lao động - Thương binh và Xã hội thực hiện") == \
        ["Sở Khoa học và Công nghệ", "Sở Lao động - Thương binh và Xã hội"]


def test_a_citations_issuer_is_kept_as_written():
    # t31 (35/KH-BTV Hội LHPN Vĩnh Long) and t12 (2150/LĐTBXH-PC): issuers written in normal case were recased word by
    # word ("Đoàn chủ tịch Trung ương hội liên hiệp phụ nữ Việt Nam", "Bộ Lao động - Thương binh và xã Hội Và Bộ Y Tế")
    refs = find_legal_refs("Căn cứ Hướng dẫn số 02/HD-ĐCT ngày 05/01/2017 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ "
                           "Việt Nam, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng kế hoạch; thực hiện Thông tư liên "
                           "tịch số 37/2015/TTLT-BLĐTBXH-BYT ngày 02/10/2015 của Bộ Lao động - Thương binh và Xã hội và Bộ Y "
                           "tế; Quyết định số 12/QĐ-UBND ngày 03/01/2024 của UBND tỉnh; Công văn số 5/SYT ngày 04/01/2024 "
                           "của SỞ Y TẾ.")
    assert [r["issuer"] for r in refs] == ["Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
                                           "Bộ Lao động - Thương binh và Xã hội và Bộ Y tế", "Ủy ban nhân dân tỉnh", "Sở Y tế"]


def test_a_quoted_name_closing_a_title_keeps_its_closing_mark():
    # t33 (1011/KH-BGDĐT): 'phê duyệt Đề án "Tăng cường … định hướng đến năm 2030", Bộ Giáo dục …' lost the closing mark
    refs = find_legal_refs('Căn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án "Tăng '
                           'cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - '
                           '2025, định hướng đến năm 2030", Bộ Giáo dục và Đào tạo ban hành Kế hoạch như sau:')
    assert refs[0]["title"].endswith('định hướng đến năm 2030"')


def test_a_due_clause_has_no_point_letter():
    # t32 (05/CT-UBND Đồng Nai): "b) Báo cáo kết quả về Sở Lao động - Thương binh và Xã hội trước ngày 30/6/2022."
    found = find_deadlines("2. Ủy ban nhân dân các huyện: Tân Phú, Định Quán, Vĩnh Cửu: a) Rà soát trẻ em có nguy cơ bỏ "
                           "học. b) Báo cáo kết quả về Sở Lao động - Thương binh và Xã hội trước ngày 30/6/2022.", "2022-02-14")
    assert [(d["date"], d["what"]) for d in found] == [
        ("2022-06-30", "Báo cáo kết quả về Sở Lao động - Thương binh và Xã hội")]


def test_a_product_line_ends_the_coordinators_line():
    # t33: "Đơn vị phối hợp: Vụ Giáo dục Tiểu học, Nhà xuất bản Giáo dục Việt Nam." / "Sản phẩm: Kho học liệu số." gave
    # the coordinator "Nhà xuất bản Giáo dục Việt Nam. Sản phẩm: Kho học liệu số"
    from pipeline.parse import parse_text
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1011/KH-BGDĐT\n"
            "Hà Nội, ngày 28 tháng 8 năm 2023\n\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số năm học 2023 - 2024\n\n"
            "I. MỤC TIÊU\nĐẩy mạnh chuyển đổi số.\n\nII. NHIỆM VỤ\n1. Xây dựng kho học liệu số dùng chung.\n"
            "Đơn vị chủ trì: Vụ Giáo dục Trung học.\nĐơn vị phối hợp: Vụ Giáo dục Tiểu học, Nhà xuất bản Giáo dục Việt Nam.\n"
            "Sản phẩm: Kho học liệu số.\nThời gian hoàn thành: Năm 2024.\n2. Hoàn thiện cơ sở dữ liệu ngành.\n"
            "Đơn vị chủ trì: Cục Công nghệ thông tin.\nThời gian hoàn thành: Tháng 12/2023.\n\nIII. TỔ CHỨC THỰC HIỆN\n"
            "Cục Công nghệ thông tin là đầu mối theo dõi.\n")
    task = parse_text(text)[0]["tasks"][0]
    assert (task["lead"], task["coordinators"], task["timeline"]) == (
        ["Vụ Giáo dục Trung học"], ["Vụ Giáo dục Tiểu học", "Nhà xuất bản Giáo dục Việt Nam"], "Năm 2024")


def test_a_plan_attached_after_the_signature_gives_its_due_dates():
    # t10 (3120/QĐ-BYT) and t34 (1220/QĐ-UBND Ninh Bình): the attached plan's "… gửi về Bộ Y tế (qua Cục Y tế dự phòng)
    # trước ngày 31/12/2022" was no deadline (only the decision's body before its signature was read)
    from pipeline.parse import parse_text
    text = ("BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 3120/QĐ-BYT\n"
            "Hà Nội, ngày 10 tháng 10 năm 2022\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch triển khai Chiến lược quốc gia về dinh dưỡng "
            "năm 2022 - 2023\n\nBỘ TRƯỞNG BỘ Y TẾ\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch "
            "triển khai Chiến lược quốc gia về dinh dưỡng năm 2022 - 2023.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày "
            "ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, DP.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Thị Liên Hương\n\n"
            "KẾ HOẠCH\nTriển khai Chiến lược quốc gia về dinh dưỡng năm 2022 - 2023\n(Ban hành kèm theo Quyết định số "
            "3120/QĐ-BYT ngày 10 tháng 10 năm 2022 của Bộ trưởng Bộ Y tế)\n\nI. MỤC TIÊU\nCải thiện tình trạng dinh dưỡng."
            "\n\nII. NHIỆM VỤ\n1. Viện Dinh dưỡng xây dựng tài liệu hướng dẫn.\n2. Sở Y tế các tỉnh, thành phố xây dựng kế "
            "hoạch thực hiện tại địa phương, gửi về Bộ Y tế (qua Cục Y tế dự phòng) trước ngày 31/12/2022.\n")
    doc = parse_text(text)[0]
    assert [d["date"] for d in doc["deadlines"]] == ["2022-12-31"]
    assert len(doc["provenance"]["deadlines"]) == 1 and "31/12/2022" in doc["provenance"]["deadlines"][0]["raw"]
