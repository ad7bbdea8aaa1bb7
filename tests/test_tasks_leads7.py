"""Seventh round of task-lead rules (leads7), from CongBot documents nobody had developed on (Data/file_data_*.md of
TuanHuu168/CongBot, listed in gold/development/reading_tasks.tsv). One wording class a test; the lines are the
documents' own, as the parser sees them after cleanup (table cells on lines of their own)."""
from pipeline.parse import blocks, tasks
from pipeline.parse.lines import split_lines

# 252/KH-BCĐQG1237 (Ban Chỉ đạo quốc gia 1237): a plan in lettered parts whose part of work has roman items, each
# with its own "Nội dung, biện pháp" / "Cơ quan chủ trì, phối hợp" / "Thời gian thực hiện" points; who chairs is a
# heading over dash lines ("a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia."), or "Chủ trì thực hiện" over them, or
# inline after a lettered point ("a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.").
LETTERED_PARTS = """A. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nhằm cụ thể hóa nội dung Chỉ thị của Bộ Chính trị, Quyết định của Thủ tướng Chính phủ.
2. Yêu cầu
Bảo đảm sự lãnh đạo của Đảng, sự quản lý của Nhà nước.
B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020
I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN
1. Nội dung, biện pháp
a) Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị số 24-CT/TW ngày 15/5/2013 của Bộ Chính trị;
b) Tổ chức triển khai thực hiện các chủ trương của Đảng, văn bản quy định của Nhà nước.
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ trì
- Ban Chỉ đạo quốc gia.
- Các Bộ, ngành liên quan.
- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.
b) Cơ quan phối hợp
- Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp.
3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.
IV. THÀNH LẬP, KIỆN TOÀN TỔ CHỨC, LỰC LƯỢNG LÀM NHIỆM VỤ CHỈ ĐẠO VÀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ
1. Nội dung, biện pháp
a) Thành lập và thường xuyên kiện toàn Ban Chỉ đạo quốc gia về công tác tìm kiếm, quy tập hài cốt liệt sĩ;
2. Chủ trì thực hiện
- Ban Chỉ đạo quốc gia.
- Bộ Quốc phòng.
- Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
3. Thời gian thực hiện: Tháng 11, 12/2013 và kiện toàn thường xuyên.
VIII. BẢO ĐẢM PHƯƠNG TIỆN, TRANG BỊ, KINH PHÍ, CHẾ ĐỘ, CHÍNH SÁCH CHO NHIỆM VỤ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ
1. Nội dung, biện pháp
a) Rà soát phương tiện hiện có, tiếp tục đề xuất phương án bảo đảm và bổ sung phương tiện thay thế hằng năm;
2. Cơ quan chủ trì, phối hợp
a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.
b) Cơ quan phối hợp
- Các quân khu, các tỉnh
3. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.
C. MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM TỪ NAY ĐẾN NĂM 2015
1. Tập trung nghiên cứu hoàn thành việc xây dựng, ban hành các văn bản quy phạm pháp luật (trong năm 2013).
D. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo quốc gia 1237
Chỉ đạo chặt chẽ việc triển khai Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ tướng Chính phủ và Kế hoạch này.
2. Bộ Quốc phòng
Chủ trì, phối hợp với các Bộ, ngành có liên quan giúp Chính phủ, Thủ tướng Chính phủ quản lý Nhà nước."""


def test_a_plan_in_lettered_parts_takes_its_part_of_works_roman_items_and_their_chairs():
    lines = split_lines(LETTERED_PARTS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I", ["Ban Chỉ đạo quốc gia", "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh"]),  # the catch-all left out
        ("IV", ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng", "Tư lệnh các quân khu",
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
        ("VIII", ["Bộ Quốc phòng", "Bộ Tài chính"])]
    assert found[0]["text"].startswith("CÔNG TÁC QUÁN TRIỆT")


# 1414/TCT-CS (Tổng cục Thuế): an answer quoting another act's provisions — '"1. Đối tượng …' opens a quotation that
# its line does not close; the numbers inside are the quoted act's, no request of this dispatch.
QUOTED_PROVISIONS = """Trả lời Công văn số 577/CT-THNVDT ngày 23/4/2013 của Cục Thuế tỉnh Hà Tĩnh về chính sách hỗ trợ tiền sử dụng đất đối với người có công với cách mạng, Tổng cục Thuế có ý kiến như sau:
- Tại khoản 1, khoản 2, Điều 1 Quyết định số 117/2007/QĐ-TTg ngày 27/7/2007 của Thủ tướng Chính phủ quy định:
"1. Đối tượng được hỗ trợ cải thiện nhà ở theo Quyết định này, bao gồm:
a) Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945;
c) Thân nhân liệt sĩ;
l) Người có công giúp đỡ cách mạng"
2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:
"c) Đối tượng thuộc diện được hỗ trợ cải thiện nhà ở theo Quyết định này nếu mua nhà ở thuộc sở hữu nhà nước thì được hỗ trợ toàn bộ tiền sử dụng đất.
- Bà mẹ Việt Nam Anh hùng; Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động được hỗ trợ toàn bộ tiền sử dụng đất.
Các mức hỗ trợ nêu trên được tính trong định mức đất ở do Ủy ban nhân dân tỉnh quy định".
Căn cứ quy định nêu trên, Tổng cục Thuế đồng ý với ý kiến xử lý của Cục Thuế tỉnh Hà Tĩnh."""

# tnt_1539_VLO-QLDN3 (dev, a regression the rule above first caused): a quote inside the quotation ('(sau đây viết tắt
# là “bên liên kết”)') does not close it, so the quoted article's points stay quoted.
NESTED_QUOTE = """Căn cứ khoản l, khoản 2 Điều 5 Nghị định số 132/2020/NĐ-CP ngày 05/11/2020 của Chính phủ, quy định:
“Điều 5. Các bên có quan hệ liên kết
1. Các bên có quan hệ liên kết (sau đây viết tắt là “bên liên kết”) là các bên có mối quan hệ thuộc một trong các trường hợp:
2. Các bên có quan hệ liên kết thuộc các trường hợp sau:
a) Một bên tham gia trực tiếp hoặc gián tiếp vào việc điều hành, kiểm soát;
b) Các bên trực tiếp hay gián tiếp cùng chịu sự điều hành, kiểm soát.”
Đề nghị Công ty căn cứ quy định nêu trên để thực hiện."""


def test_a_quoted_provisions_numbers_are_no_task_list():
    for text in (QUOTED_PROVISIONS, NESTED_QUOTE):
        lines = split_lines(text)
        assert tasks.find_tasks(lines, 0, len(lines), plan=False) == []


# 2428/BXD-QLN item 1: "Đối với X thì …" is a condition picking out some of the addressees, not an agency; the names
# after it are where the plans go.
def test_a_condition_before_thi_names_no_lead():
    text = ("1. Đối với các địa phương chưa lập Đề án thì khẩn trương chỉ đạo các cơ quan chức năng lập, phê duyệt Đề án"
            " hỗ trợ người có công với cách mạng về nhà ở trên địa bàn tỉnh và gửi về Bộ Xây dựng, Bộ Kế hoạch và Đầu tư,"
            " Bộ Tài chính để tổng hợp, báo cáo Thủ tướng Chính phủ quyết định bố trí vốn hỗ trợ từ ngân sách Trung ương.")
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == []
    # the address form with a colon still names its agency
    assert tasks.heading_lead(split_lines("2. Đối với Sở Y tế: chủ trì kiểm tra.")) == ["Sở Y tế"]


# 5115/LĐTBXH-KHTC: the "Kính gửi" table cell holds seven entries run together on one line of more than 300 characters.
def test_a_recipients_cell_of_many_entries_on_one_line():
    cell = "; ".join(f"- Sở Lao động - Thương binh và Xã hội {p}" for p in (
        "thành phố Cần Thơ", "tỉnh Hưng Yên", "tỉnh Hòa Bình", "tỉnh Thanh Hóa", "tỉnh Quảng Trị", "tỉnh Ninh Thuận",
        "tỉnh Hậu Giang")) + "."
    assert len(cell) > 300
    lines = split_lines("Kính gửi:\n" + cell + "\nQua Sơ kết đánh giá kết quả thực hiện thí điểm Phương thức chi trả.")
    found = [r.value for r in blocks.find_recipients(lines, 0, len(lines), True)]
    assert len(found) == 7 and found[0] == "Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ"
    assert found[-1] == "Sở Lao động - Thương binh và Xã hội tỉnh Hậu Giang"


def test_signer_under_two_titles_and_before_an_attached_regulation():
    # 252/KH-BCĐQG1237: the Deputy Prime Minister signs as the committee's head, both titles before his name
    lines = split_lines("Nơi nhận:\n- Thủ tướng, các Phó Thủ tướng Chính phủ;\n- Lưu: VT, BCĐQG1237(3b)\n"
                        "TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân")
    assert blocks.find_signer(lines, 0)[0]["name"] == "Nguyễn Thiện Nhân"
    # 31/2011/QĐ-UBND (Gia Lai): no "Nơi nhận"; the signature stands before the attached Quy định and its articles
    regulation = "\n".join(f"Điều {n}. Nội dung điều {n}\n{n}. Khoản thứ nhất của điều." for n in range(1, 30))
    lines = split_lines("Điều 3. Chánh văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
                        "TM. UỶ BAN NHÂN DÂN TỈNH CHỦ TỊCH Phạm Thế Dũng\nQUY ĐỊNH\nVỀ TRÌNH TỰ, THỦ TỤC\n" + regulation)
    signer = blocks.find_signer(lines, max(0, len(lines) - 40))[0]
    assert (signer["authority"], signer["name"]) == ("TM.", "Phạm Thế Dũng")


def test_roman_items_carrying_their_own_points_are_tasks_without_lettered_parts():
    """The same items of 252/KH-BCĐQG1237 laid out without its lettered parts: the roman headings whose numbered points
    are 'Nội dung, biện pháp' / 'Cơ quan chủ trì, phối hợp' / 'Thời gian thực hiện' are items, not sections (their
    points were taken as the tasks)."""
    body = LETTERED_PARTS[LETTERED_PARTS.index("I. CÔNG TÁC"):LETTERED_PARTS.index("C. MỘT SỐ")]
    lines = split_lines(body)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [t["label"] for t in found] == ["I", "IV", "VIII"]
    assert found[2]["lead"] == ["Bộ Quốc phòng", "Bộ Tài chính"]


def test_a_lettered_part_of_work_with_numbered_items_is_their_section():
    """252/KH-BCĐQG1237's parts C (numbered key contents) and D (agency headings), read as a plan of those parts: the
    part of work's numbered items are the tasks, not part A's purposes."""
    text = LETTERED_PARTS[:LETTERED_PARTS.index("B. NỘI DUNG")] + LETTERED_PARTS[LETTERED_PARTS.index("C. MỘT SỐ"):]
    text = text.replace("C. MỘT SỐ", "B. MỘT SỐ").replace("D. TỔ CHỨC", "C. TỔ CHỨC")  # the parts lettered in turn
    lines = split_lines(text)
    assert [t["label"] for t in tasks.find_tasks(lines, 0, len(lines), plan=True)] == ["1"]
    # without a part of work, the tasks are handed out in "D. TỔ CHỨC THỰC HIỆN"
    text = text[:text.index("B. MỘT SỐ")] + text[text.index("C. TỔ CHỨC"):].replace("C. TỔ CHỨC", "B. TỔ CHỨC")
    lines = split_lines(text)
    assert [(t["label"], t["lead"]) for t in tasks.find_tasks(lines, 0, len(lines), plan=True)] == [
        ("1", ["Ban Chỉ đạo quốc gia 1237"]), ("2", ["Bộ Quốc phòng"])]
