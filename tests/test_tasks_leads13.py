"""Thirteenth round of task-lead rules (leads13), from Công báo texts nobody had developed on (hrmaster1982-dev/
phapluat-8chude-data, docs/<topic>/*.txt, listed in gold/development/reading_tasks.tsv). One wording class a test;
the lines are the documents' own."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines

ITEM_LEADS = [
    # 982/QĐ-TTg Điều 2.4: an agency's heading over a paragraph that opens on "Đồng chủ trì" (co-chairs; the tagger
    # calls both words nouns, so the paragraph was read into the name: 'Bộ Ngoại giao Đồng')
    ("4. Bộ Ngoại giao\nĐồng chủ trì với Bộ Khoa học và Công nghệ, phối hợp với các cơ quan liên\n"
     "quan đẩy mạnh hoạt động ngoại giao kinh tế phục vụ phát triển khoa học, công\n",
     ["Bộ Ngoại giao"]),
    # … and the same words on the heading's own line
    ("4. Bộ Ngoại giao đồng chủ trì với Bộ Khoa học và Công nghệ, phối hợp với các cơ quan liên\n"
     "quan đẩy mạnh hoạt động ngoại giao kinh tế phục vụ phát triển khoa học, công\n",
     ["Bộ Ngoại giao"]),
    # 982/QĐ-TTg Điều 2.9: the press named by its kinds in lower case after "các cơ quan" ("thông tấn" tagged a verb
    # cut the name to 'các cơ quan')
    ("9. Đề nghị Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn\n"
     "xã Việt Nam và các cơ quan thông tấn, báo chí phối hợp với các bộ, ngành, địa\n"
     "phương tuyên truyền về các nội dung thuộc Đề án.\n",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "các cơ quan thông tấn, báo chí"]),
    # 982/QĐ-TTg Điều 2.8: zones that act through their boards, then a lower-case catch-all after "và" (was none)
    ("8. Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh\n"
     "nghiệp liên quan\n"
     "a) Thực hiện vai trò là cầu nối giữa cơ quan quản lý nhà nước với các doanh\n",
     ["Các Khu Công nghệ cao", "Khu Công nghệ số tập trung"]),
    # guards from the same documents, right before and after
    ("2. Bộ Khoa học và Công nghệ\na) Chủ trì tổ chức triển khai các nhiệm vụ, giải pháp liên quan đến lĩnh vực\n",
     ["Bộ Khoa học và Công nghệ"]),
    ("b) Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan nghiên cứu,\n"
     "đề xuất giải pháp thực hiện đổi mới cơ chế phân bổ tài chính công theo kết quả\n",
     ["Bộ Tài chính"]),  # 105/NQ-CP II.2.b
    ("1. Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực\nthuộc trung ương\n"
     "a) Căn cứ nhiệm vụ, giải pháp tại Kết luận số 210-KL/TW và Chương\n",
     ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),  # 105/NQ-CP III.1
]


@pytest.mark.parametrize("text,lead", ITEM_LEADS)
def test_thirteenth_round_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


def test_a_public_service_in_lower_case_still_ends_at_its_kind():
    # 2010/QĐ-BYT Điều 5 (ninth round): the service's kind is read whole, the catch-all after it names nobody
    item = "3. Các cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội và các cơ quan có liên quan có trách nhiệm thực hiện"
    assert tasks.heading_lead([ln for ln in split_lines(item) if ln.text]) == [
        "Các cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội"]


TOPIC_OVER_SUBJECT = [
    # 105/NQ-CP II.5: a topic heading on its own line over a paragraph whose sentence opens on who acts (was none)
    ("5. Thực hiện hiệu quả công tác kiểm tra, giám sát \n"
     "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc \n"
     "trung ương chuyển mạnh từ cơ chế tiền kiểm sang hậu kiểm trong hoạt động \n"
     "quản lý nhà nước; bộ, ngành thường xuyên kiểm tra, giám sát chặt chẽ việc \n",
     ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    # guards: a heading wrapped over two lines that names nobody (982/QĐ-TTg III.7); sub-items below a topic
    # (105/NQ-CP II.2) lead through the points rule (stop 17), not this one
    ("7. Nghiên cứu đề xuất bổ sung chức năng, nhiệm vụ cho các đại diện khoa \n"
     "học và công nghệ của Việt Nam tại nước ngoài theo quy định của pháp luật nhằm \n"
     "phát huy vai trò cầu nối trong việc thúc đẩy, hỗ trợ doanh nghiệp công nghệ số \n", []),
    ("2. Hoàn thiện thể chế, chức năng, nhiệm vụ của các cơ quan, đơn vị, tổ chức; \n"
     "tiếp tục đẩy mạnh phân cấp, phân quyền gắn với cải cách thủ tục hành chính \n"
     "a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực \nthuộc trung ương \n"
     "- Tiếp tục nghiên cứu, chủ động đề xuất hoàn thiện đồng bộ thể chế liên \n",
     ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
]


@pytest.mark.parametrize("text,lead", TOPIC_OVER_SUBJECT)
def test_a_topic_heading_over_its_subjects_paragraph(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


def test_a_chair_named_with_the_clause_saying_which():
    # 175/NQ-CP V.2.d: "Đơn vị chủ trì: Bộ, ngành, địa phương là chủ quản …" — which ones, as written (was cut at "là")
    text = ("2. Về xây dựng, vận hành Trung tâm dữ liệu quốc gia \n"
            "d) Chuyển đổi các hệ thống thông tin từ các bộ, ngành, địa phương về Trung \ntâm dữ liệu quốc gia. \n"
            "- Đơn vị chủ trì: Bộ, ngành, địa phương là chủ quản cơ sở dữ liệu quốc gia, \ncơ sở dữ liệu. \n"
            "- Thời gian thực hiện: Theo lộ trình triển khai Đề án. \n")
    lead, _, timeline = tasks._roles([ln for ln in split_lines(text) if ln.text])
    assert lead == ["Bộ, ngành, địa phương là chủ quản cơ sở dữ liệu quốc gia, cơ sở dữ liệu"]
    assert timeline == "Theo lộ trình triển khai Đề án"
    # a role value that is a sentence still gives its subject (70/KH-UBND's kind, tenth round)
    said = ("- Cơ quan thực hiện: Bộ Công an tiến hành rà soát, đánh giá các luật có quy định liên quan đến cơ sở dữ "
            "liệu quốc gia \n")
    assert tasks._roles([ln for ln in split_lines(said) if ln.text])[0] == ["Bộ Công an"]


DUTY_HEADINGS = [
    # 175/NQ-CP Điều 2.1: a duty heading without "của" over its points, a working group named with what it carries
    # out (was none)
    ("1. Trách nhiệm Tổ công tác triển khai Đề án 06: \n"
     "a) Chỉ đạo tổ chức xây dựng, triển khai thực hiện Đề án Trung tâm dữ liệu \n"
     "quốc gia và các Dự án thành phần của Đề án. \n",
     ["Tổ công tác triển khai Đề án 06"]),
    # guards from the same article: the heading with "của", its groups over two lines
    ("2. Trách nhiệm của các bộ, cơ quan ngang bộ, cơ quan trực thuộc Chính phủ; \n"
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương \n"
     "a) Phối hợp chặt chẽ với Bộ Công an, Văn phòng Chính phủ, Bộ Thông tin và \n",
     ["các bộ, cơ quan ngang bộ, cơ quan trực thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    # 175/NQ-CP Điều 2.8: the heading over a paragraph opening on its circumstance (was 'Bộ Kế hoạch và Đầu tư Trên cơ
    # sở đề nghị')
    ("8. Trách nhiệm của Bộ Kế hoạch và Đầu tư  \n"
     "Trên cơ sở đề nghị của Bộ Công an và các bộ, cơ quan trung ương và địa \n"
     "phương tham gia thực hiện Đề án (nếu có), Bộ Kế hoạch và Đầu tư chủ trì, phối \n"
     "hợp với Bộ Tài chính trình cấp có thẩm quyền bổ sung các dự án đầu tư xây dựng \n",
     ["Bộ Kế hoạch và Đầu tư"]),
    ("5. Trách nhiệm của Bộ Quốc phòng \n"
     "Phối hợp với Bộ Công an, các cơ quan, tổ chức bố trí lực lượng, phương tiện \n",
     ["Bộ Quốc phòng"]),
]


@pytest.mark.parametrize("text,lead", DUTY_HEADINGS)
def test_a_duty_heading_names_its_body_whole(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


def test_a_duty_heading_over_a_topic_is_no_addressee():
    # "Nhiệm vụ trọng tâm" (a topic in lower case after the duty word) names nobody
    assert tasks._addressed("Nhiệm vụ trọng tâm từ nay đến tháng 6/2027") == "Nhiệm vụ trọng tâm từ nay đến tháng 6/2027"
    assert tasks._addressed("Trách nhiệm Tổ công tác triển khai Đề án 06") == "Tổ công tác triển khai Đề án 06"


def test_a_catch_all_after_va_is_left_out_whole():
    # 2629/QĐ-TTg (sixth round) I.1's partners: the catch-all after "và" goes, the named ones stay
    assert tasks.split_agencies("Bộ Công an, Bộ Tài chính, Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan") \
        == ["Bộ Công an", "Bộ Tài chính", "Bộ Nội vụ"]
    # "Sở Khoa học và Công nghệ" and "… và Du lịch" keep their "và"
    assert tasks.split_agencies("Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ") == [
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ"]
