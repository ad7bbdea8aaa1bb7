"""Findings of the review of 4d70f78..c4faeef (issue 4, /tmp/s13/review_findings.md): one test a finding, on the
reviewer's input, with the cases the fix must leave alone."""
import pytest

from pipeline.parse import parse_text, tasks
from pipeline.parse.lines import split_lines


# Finding 7: a line of '*' only inside an item (markdown bold markers of an OCR'd heading split from their text,
# blank lines removed) left nothing to read the heading's last word from, and parse_text raised IndexError.
STAR_LINE = """1. Thực hiện hiệu quả công tác kiểm tra, giám sát
**
Các sở, ban, ngành chuyển mạnh từ tiền kiểm sang hậu kiểm trong hoạt động quản lý nhà nước."""


def test_a_line_of_stars_in_an_item_does_not_crash():
    lines = split_lines(STAR_LINE)
    assert tasks._subject_below_topic(lines) is None  # the heading's line does not run on to the subject's
    tasks.heading_lead(lines)
    # the heading over its subject's paragraph still gives the subject without the stars line
    assert tasks.heading_lead(split_lines(STAR_LINE.replace("**\n", ""))) == ["Các sở, ban, ngành"]


# Finding 3: the sentence introducing a list gave addressees ending on "và"/"và các" (the next addressee's "tổ chức"
# read as the verb) or taking "như sau" / "một số nội dung sau" into the name.
CT_INTRO = """CHỈ THỊ
Về tăng cường công tác phòng, chống tham nhũng năm 2026
Để thực hiện tốt công tác phòng, chống tham nhũng năm 2026, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và các tổ chức chính trị - xã hội tỉnh thực hiện tốt các nhiệm vụ sau:
1. Tăng cường công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng.
2. Rà soát, hoàn thiện các quy định nội bộ, công khai minh bạch trong hoạt động."""


@pytest.mark.parametrize("sentence, lead", [
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành và tổ chức chính trị - xã hội tỉnh thực hiện các nội dung sau:",
     ["các sở, ngành và tổ chức chính trị - xã hội tỉnh"]),
    ("Để thực hiện tốt công tác phòng, chống tham nhũng năm 2026, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, địa"
     " phương như sau:", ["các sở, ban, ngành, địa phương"]),
    ("Sở Y tế đề nghị các đơn vị như sau:", ["các đơn vị"]),
    ("Sở Nội vụ đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố một số nội dung sau:",
     ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
    ("Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ và Chủ tịch Ủy ban nhân dân các tỉnh cụ"
     " thể như sau:", ["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ", "Chủ tịch Ủy ban nhân dân các tỉnh"]),
    # guards: a verb after the addressees still ends them; "và" before a capitalised head still starts another
    ("Sở Nội vụ đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện một số nội dung sau:",
     ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban ngành, đơn vị cấp tỉnh; các cơ quan Trung ương đóng"
     " trên địa bàn tỉnh và Chủ tịch UBND các cấp tập trung triển khai thực hiện các nội dung sau:",
     ["Giám đốc các sở", "Thủ trưởng các ban ngành, đơn vị cấp tỉnh", "các cơ quan Trung ương đóng trên địa bàn tỉnh",
      "Chủ tịch UBND các cấp"]),
])
def test_an_introducing_sentence_names_its_addressees_whole(sentence, lead):
    assert tasks._introducing_agencies(sentence) == lead


def test_a_directives_items_are_led_by_both_groups_it_asks():
    lines = split_lines(CT_INTRO)
    found = tasks.find_tasks(lines, 0, len(lines))
    assert [(t["label"], t["lead"]) for t in found] == [
        (n, ["Thủ trưởng các sở, ban, ngành", "các tổ chức chính trị - xã hội tỉnh"]) for n in ("1", "2")]


# Finding 1: a dispatch's annex outlining the report it asks for ("ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ") had
# its numbered headings replace the dispatch's two real requests.
REPORT_OUTLINE = """UBND TỈNH QUẢNG NAM
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 123/SNV-CCVC
Quảng Nam, ngày 01 tháng 12 năm 2025
V/v tổng kết thực hiện Chỉ thị số 05-CT/TU
Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.
Để tổng kết việc thực hiện Chỉ thị số 05-CT/TU, Sở Nội vụ đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện một số nội dung sau:
1. Tổ chức đánh giá kết quả thực hiện Chỉ thị tại địa phương.
2. Xây dựng báo cáo theo đề cương tại Phụ lục kèm theo Công văn này, gửi về Sở Nội vụ trước ngày 15/12/2025.
Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT, CCVC.
GIÁM ĐỐC
Nguyễn Văn An
Phụ lục
{title}
(Kèm theo Công văn số 123/SNV-CCVC ngày 01/12/2025 của Sở Nội vụ)
1. Kết quả đạt được
2. Tồn tại, hạn chế và nguyên nhân
3. Đề xuất, kiến nghị"""


def test_an_annex_outlining_a_report_hands_out_no_work():
    text = REPORT_OUTLINE.format(title="ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    found = [t for d in parse_text(text) for t in d["tasks"]]
    assert [t["text"][:26] for t in found] == ["Tổ chức đánh giá kết quả t", "Xây dựng báo cáo theo đề c"]


@pytest.mark.parametrize("title, hands_out", [
    ("ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ", False),
    ("BIỂU MẪU THỐNG KÊ NHIỆM VỤ ĐÃ THỰC HIỆN", False),
    ("NHIỆM VỤ VÀ MẪU BÁO CÁO KẾT QUẢ", False),
    ("DANH SÁCH ĐƠN VỊ ĐƯỢC GIAO NHIỆM VỤ", False),
    # guard: an annex of the work handed out (122/NQ-CP's, test_tasks_leads10)
    ("NHIỆM VỤ CỤ THỂ GIAO CÁC SỞ, NGÀNH, ĐỊA PHƯƠNG", True),
])
def test_only_an_annex_titled_by_the_work_it_hands_out_is_the_list(title, hands_out):
    lines = split_lines(REPORT_OUTLINE.format(title=title))
    annex = tasks._task_annex(lines, 0, len(lines))
    assert (annex == lines[-5].index + 1) if hands_out else annex is None


# Finding 2: an ordinary sentence wrapped after a verb that takes the next line's agency as its object was read as a
# topic heading over its subject's paragraph: the one reported to became the lead.
WRAPPED_SENTENCE = """Sở Y tế đề nghị Trung tâm Y tế các huyện, thị xã, thành phố thực hiện các nội dung sau:
1. Tăng cường giám sát, phát hiện sớm các ca bệnh, xử lý triệt để ổ dịch.
2. Định kỳ hằng tuần tổng hợp kết quả thực hiện, báo cáo
Sở Y tế trước 16 giờ ngày thứ Sáu để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."""


@pytest.mark.parametrize("text, lead", [
    ("2. Định kỳ hằng tuần tổng hợp kết quả thực hiện, báo cáo\nSở Y tế trước 16 giờ ngày thứ Sáu để tổng hợp, báo cáo"
     " Ủy ban nhân dân tỉnh.", []),
    ("5. Kịp thời báo cáo\nỦy ban nhân dân tỉnh những vấn đề phát sinh vượt thẩm quyền để chỉ đạo giải quyết.", []),
    ("4. Tổ chức thực hiện nghiêm các nội dung chỉ đạo của Thủ tướng Chính phủ, gửi\nBộ Công an kết quả thực hiện trước"
     " ngày 15/12/2025.", []),
    ("1. Chủ động phối hợp\nSở Y tế tổ chức kiểm tra các cơ sở.", []),
    ("6. Đề xuất, kiến nghị\nBộ Tài chính sửa đổi các quy định không còn phù hợp.", []),
    ("2. Trường hợp có vướng mắc kịp thời phản ánh\nSở Tài chính để được hướng dẫn giải quyết.", []),
    # no verb after the name, whatever the heading ends on
    ("4. Thực hiện tốt công tác tuyên truyền\nSở Y tế trước ngày 15/12 hoàn thành việc kiểm tra.", []),
    # guards: a topic over its subject's paragraph (105/NQ-CP II.5, test_tasks_leads13); a topic whose noun is such a
    # word ("công tác phối hợp", "thông tin, báo cáo", "chương trình")
    ("5. Thực hiện hiệu quả công tác kiểm tra, giám sát\nCác bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố"
     " trực thuộc\ntrung ương chuyển mạnh từ cơ chế tiền kiểm sang hậu kiểm trong hoạt động.",
     ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
    ("3. Tăng cường công tác phối hợp\nCác sở, ban, ngành khẩn trương rà soát các thủ tục.", ["Các sở, ban, ngành"]),
    ("4. Chế độ thông tin, báo cáo\nCác sở, ban, ngành thường xuyên cập nhật tình hình, gửi Sở Nội vụ.",
     ["Các sở, ban, ngành"]),
    ("3. Thực hiện chương trình chuyển đổi số\nSở Thông tin và Truyền thông đẩy mạnh tuyên truyền.",
     ["Sở Thông tin và Truyền thông"]),
])
def test_a_wrapped_sentences_object_is_no_subject(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


def test_a_dispatchs_wrapped_request_leads_nobody():
    lines = split_lines(WRAPPED_SENTENCE)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False, dispatch=True)
    assert [(t["label"], t["lead"]) for t in found] == [("1", []), ("2", [])]


# Finding 4: "và" before a lower-case group was split off as a catch-all whenever the text ended in "liên quan", and
# the named party in that group went with it.
@pytest.mark.parametrize("text, kept", [
    ("Bộ Công an và doanh nghiệp viễn thông, các đơn vị có liên quan", "doanh nghiệp viễn thông"),
    ("Ủy ban nhân dân các tỉnh và thành phố Hà Nội, các cơ quan có liên quan", "thành phố Hà Nội"),
])
def test_a_party_named_before_the_catch_all_is_kept(text, kept):
    assert any(kept in a for a in tasks.split_agencies(text))


@pytest.mark.parametrize("text, agencies", [
    # guards: the lower-case group that is the catch-all itself is still left out whole (982/QĐ-TTg Điều 2.8)
    ("Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan",
     ["Các Khu Công nghệ cao", "Khu Công nghệ số tập trung"]),
    ("Bộ Y tế và cơ quan, đơn vị có liên quan", ["Bộ Y tế"]),
    ("Sở Tài chính và các sở, ngành liên quan", ["Sở Tài chính"]),
])
def test_a_catch_all_group_after_va_is_still_left_out(text, agencies):
    assert tasks.split_agencies(text) == agencies


# Finding 5: dispatch=True only kept the introducing sentence's addressees off a list under no heading; a dispatch's
# items under a roman heading still took the section sentence's addressees.
TAX_DISPATCH = """Tổng cục Thuế nhận được phản ánh của một số Cục Thuế về việc quản lý hóa đơn điện tử. Về vấn đề này, Tổng cục Thuế hướng dẫn như sau:
I. Về quản lý hóa đơn điện tử
Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố; Chi cục Thuế khu vực thực hiện các nội dung sau:
1. Rà soát các doanh nghiệp có dấu hiệu rủi ro cao về hóa đơn điện tử.
2. Kiểm tra, xử lý nghiêm các trường hợp vi phạm theo quy định.
II. Về tổ chức thực hiện
1. Cục Thuế các tỉnh, thành phố báo cáo kết quả thực hiện về Tổng cục Thuế trước ngày 30/6/2025."""


def test_a_dispatchs_section_items_take_no_group_lead():
    lines = split_lines(TAX_DISPATCH)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False, dispatch=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I.1", []), ("I.2", []), ("II.1", ["Cục Thuế các tỉnh, thành phố"])]
    # a directive's (no dispatch) items still take them
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert found[0]["lead"] == ["Cục Thuế các tỉnh, thành phố", "Chi cục Thuế khu vực"]


def test_a_dispatchs_section_headed_by_whom_it_concerns_still_leads():
    # 778/TCHQ-GSQL (test_tasks.SENTENCE_HEADINGS): the heading names whom its items concern, in a dispatch too
    from test_tasks import SENTENCE_HEADINGS

    lines = split_lines(SENTENCE_HEADINGS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False, dispatch=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I.1", ["Các Chi cục Hải quan trên toàn quốc"]), ("II.1", []),
        ("III.1", ["Cục Hải quan TP.Hồ Chí Minh"]), ("III.2", ["Cục Hải quan TP.Hồ Chí Minh"])]
