"""Findings 6, 8-10 of the review of 4d70f78..c4faeef (issue 4, /tmp/s13/review_findings.md), and the 'định kỳ' taken
into a lead: one test a finding, on the reviewer's input, with the cases the fix must leave alone."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines
from test_unseen_forms3 import APPENDIX_TITLE  # 2000/TCT-QLRR's header
from test_unseen_forms7 import CLOSING_9976


# Finding 9: below a topic line, a paragraph opening "Bộ … báo cáo …", "… được giao …", "… thông báo …" names who acts,
# as it does under a heading ("Bộ Tài chính báo cáo …" leads, test_tasks_leads10); a report of what it did or received
# ("đã ban hành", "nhận được", "cho biết") still names nobody.
TOPIC = "3. Tổng kết việc thi hành Luật Đất đai năm 2024\n"


@pytest.mark.parametrize("paragraph, lead", [
    ("Bộ Tài nguyên và Môi trường báo cáo Chính phủ kết quả tổng kết trước ngày 30/6/2026.",
     ["Bộ Tài nguyên và Môi trường"]),
    ("Bộ Tài chính được giao chủ trì xây dựng dự thảo Nghị định, trình Chính phủ trong quý III năm 2026.",
     ["Bộ Tài chính"]),
    ("Sở Nội vụ thông báo kết quả cho các cơ quan, đơn vị trước ngày 15/12/2025.", ["Sở Nội vụ"]),
    # guards: what it did, what it received, what it says
    ("Bộ Tài chính đã ban hành Thông tư số 12/2025/TT-BTC hướng dẫn thực hiện.", []),
    ("Sở Y tế nhận được Công văn số 123/UBND-VX ngày 01/12/2025.", []),
    ("Bộ Công an cho biết đã triển khai kế hoạch.", []),
    ("Bộ Tư pháp có ý kiến về dự thảo Nghị định tại Công văn số 45/BTP-PLDSKT.", []),
])
def test_the_subject_below_a_topic_line_reads_as_under_a_heading(paragraph, lead):
    lines = split_lines(TOPIC + paragraph)
    assert tasks.heading_lead(lines) == lead


# Finding 8: one industrial or economic zone named as where the work is done is no actor ("1. Khu công nghiệp Tam
# Thăng: hoàn thành giải phóng mặt bằng …"); zones as a group ("Các Khu …") and the high-tech and digital zones, which
# act through their boards, still lead.
@pytest.mark.parametrize("item, lead", [
    ("1. Khu công nghiệp Tam Thăng: hoàn thành giải phóng mặt bằng, bàn giao mặt bằng sạch cho nhà đầu tư trong quý II"
     " năm 2026.", []),
    ("2. Khu kinh tế mở Chu Lai: đẩy nhanh tiến độ các dự án hạ tầng.", []),
    ("8. Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan: tham gia xây dựng hệ sinh"
     " thái.", ["Các Khu Công nghệ cao", "Khu Công nghệ số tập trung"]),
    ("4. Khu Công nghệ cao Hòa Lạc: chủ trì xây dựng trung tâm đổi mới sáng tạo.", ["Khu Công nghệ cao Hòa Lạc"]),
    ("5. Ban Quản lý các khu công nghiệp tỉnh: hướng dẫn doanh nghiệp thực hiện.", ["Ban Quản lý các khu công nghiệp tỉnh"]),
])
def test_one_zone_is_a_place_not_an_actor(item, lead):
    assert tasks.heading_lead(split_lines(item)) == lead


# Finding 10: a kind of body after a name splits it off unless the name itself opens on a kind (whole words, at its
# head: the "hội" of "Xã hội" is none), and a name's role in apposition is no second party.
@pytest.mark.parametrize("text, agencies", [
    ("Bộ Tài chính, cơ quan thường trực của Ban Chỉ đạo", ["Bộ Tài chính, cơ quan thường trực của Ban Chỉ đạo"]),
    ("Sở Nội vụ, đơn vị đầu mối về cải cách hành chính", ["Sở Nội vụ, đơn vị đầu mối về cải cách hành chính"]),
    ("Sở Lao động - Thương binh và Xã hội, tổ chức chính trị - xã hội tỉnh",
     ["Sở Lao động - Thương binh và Xã hội", "tổ chức chính trị - xã hội tỉnh"]),
    # guards: two parties as before; a group or heads' titles over a kind stay whole
    ("Mặt trận Tổ quốc Việt Nam, đoàn thể các cấp", ["Mặt trận Tổ quốc Việt Nam", "đoàn thể các cấp"]),
    ("Các Sở, ban, ngành", ["Các Sở, ban, ngành"]),
    ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ; Chủ tịch Ủy ban nhân dân các tỉnh",
     ["Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Chủ tịch Ủy ban nhân dân các tỉnh"]),
])
def test_a_kind_after_a_name_is_another_party_unless_the_name_is_a_kind_or_the_kind_its_role(text, agencies):
    assert tasks.split_agencies(text) == agencies



# Finding 6: the authority above a blank line over "Nơi nhận" ("KT. TONG CỤC TRƯỞNG" / "" / "Nơi nhận:"): the signer's
# block ends with the list (its title beside the label or the entries, the name at most just under it), not in the
# annex that follows ("… CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH" gave the title "Bộ trưởng"). 2000/TCT-QLRR as OCR'd (saved text,
# the body's middle left out); a wrong title is worse than none.
TCT_2000 = APPENDIX_TITLE[: APPENDIX_TITLE.index("nh gửi")] + """…

(Chi tiết nội dung cu thể theo Phụ lục đính kèm).

Trong quá trình thực hiện, nếu. có khó khăn, vướng mắc, đề nghị các Cục
Thuế kịp thời tổng hợp, phản ánh về Tổng cục Thuế để được nghiên cứu giải
quyết./. ee

KT. TONG CỤC TRƯỞNG

Nơi nhận:

~ Như trên;

- Các Vụ/đơn vị (TTKT, KK, DNL, DNNCN,
QLN, CNTT, TVQT, PC, TTHT, CC);

- Lưu: VT QLRR. AY,»



--- PAGE BREAK ---

. Phụ lục

GIỚI THIỆU MỘT SỐ NỘI DUNG MỚI CUA THONG TU SỐ 3 1/2021/TT-
BTC NGÀY 17 THÁNG 5NĂM 2021 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH
QUY ĐỊNH VỀ ÁP DỤNG QUẢN LÝ RỦI RO TRƠNG QUAN LÝ THUE

(Kèm theo công văn s6.2000/TCT-OLRR ngày OF / 6 /2021 của Tổng cục Thué)

Thông tư số 31/2021/TT-BTC quy định về áp dụng quản lý rủi ro trong
quản lý thuế được Bộ Tài chính ban hành ngày 17/5/2021 có nhiều quy định
thay đôi về áp dung quan lý rủi ro trong quản lý thuế so với quy định tại Thông
tư số 204/2015/TT-BTC ngày 21/12/2015 (Thông tư số 204/2015/TT-BTC). Cụ
thể như sau:

1. VỀ hiệu lực áp dụng
"""
# 81529/CT-HTr (2015) as OCR'd: the title beside the label, the name under the list
CT_81529 = """TONG CỤC THUE CONG HOA XÃ HỘI CHỦ NGHĨA VIET NAM
CUC THUE TP HA NOI Độc lập - Tự do - Hạnh phúc

Số: 81529/CT-HTr Hà Nội, ngày 21 tháng 12 năm 2015
Viv góp von bằng dự án.
Kính gửi: Tổng cục Thuế
…
TNHH ICD Hà Nội dé Tông cục Thuế xem xét, hướng dẫn.

Cục Thuế TP Hà Nội rất mong sớm nhận được ý kiến chỉ đạo của Tổng cục Thuế để có cơ sở hướng dẫn đơn vị thực
hiện./.

KT. CỤC TRƯỞNG
Noi nhận: PHÓ CỤC TRƯỞNG
~ Như trên;
~ Lưu: VT, HTr(2).

Mai Sơn

4® LUAT SƯ TƯ VAN PHÁP LUẠT 24/7: 1900 6162
MINH KHUE

"""


def test_the_signer_block_above_the_label_ends_with_the_list(doc_of):
    assert doc_of(TCT_2000)["signer"] == {"authority": "KT.", "title": None, "name": None}


@pytest.mark.parametrize("text, signer", [
    (CT_81529, {"authority": "KT.", "title": "Phó Cục trưởng", "name": "Mai Sơn"}),
    (CLOSING_9976, {"authority": "KT.", "title": "Thứ trưởng", "name": "Đỗ Hoang Anh Tuấn"}),
])
def test_the_title_beside_the_label_and_the_name_under_the_list_still_read(doc_of, text, signer):
    assert doc_of(text)["signer"] == signer


# Also noticed: "định kỳ" (periodically), which the tagger calls a noun, ended no name: "Các sở, ban, ngành định kỳ gửi
# …" gave the lead "Các sở, ban, ngành định kỳ"; like "thường xuyên" it is an adverb before the verb.
@pytest.mark.parametrize("sentence, name", [
    ("Các sở, ban, ngành định kỳ gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12 hằng năm.",
     "Các sở, ban, ngành"),
    ("Sở Y tế định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.", "Sở Y tế"),
    ("Các sở, ngành đẩy mạnh cải cách hành chính.", "Các sở, ngành"),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố định kỳ hằng quý báo cáo kết quả.",
     "Ủy ban nhân dân các huyện, thị xã, thành phố"),
    # guard: "thường xuyên" as before
    ("Sở Tài nguyên và Môi trường thường xuyên kiểm tra việc thực hiện.", "Sở Tài nguyên và Môi trường"),
])
def test_an_adverb_of_time_ends_the_name(sentence, name):
    assert tasks.leading_agency(sentence) == name
    assert tasks.heading_lead(split_lines("3. " + sentence)) == [name]
