"""Tables of real example lines for task leads and task lists (pipeline/parse/tasks.py).

Each excerpt is a document's lines as the parser sees them (after cleanup: markup gone, line breaks kept).
"development" rows shaped the rules; "bugs caught" rows are failures found on real documents."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines
from pipeline.textnorm import fold

ITEM_LEADS = [  # one numbered item → its lead
    # development: an agency heading over its sub-items (tnt_0124, tnt_310, tnt_1026)
    ("4. Sở Nội vụ\n- Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương, doanh nghiệp tổ chức triển khai thực hiện"
     " Kế hoạch này;", ["Sở Nội vụ"]),
    ("1. Ban\nQuản lý các khu công nghệ cao và khu công nghiệp\n- Chủ trì, phối hợp với các Sở, Ban, ngành liên quan rà"
     " soát,", ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"]),
    ("3. Sở Khoa học và Công nghệ\nChủ trì, phối hợp với các cơ quan, đơn vị có liên quan,\ntham mưu UBND tỉnh các giải"
     " pháp", ["Sở Khoa học và Công nghệ"]),
    ("4. Các\nSở, ban, ngành của Thành phố, UBND phường, xã\n- Phối hợp với Ban Quản lý\ncác khu công nghệ cao",
     ["Các Sở, ban, ngành của Thành phố", "UBND phường, xã"]),
    # development: a heading before a colon, with or without "Đề nghị" (tnt_0124, tnt_0129)
    ("3. Sở Văn hóa, Thể thao và\nDu lịch: Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo Báo và Phát\nthanh,"
     " Truyền hình Đắk Lắk thường xuyên tuyên truyền", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("2. Đề nghị các cấp ủy Đảng,\nMặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Phối\nhợp"
     " chặt chẽ với cấp ủy, chính quyền các cấp",
     ["các cấp ủy Đảng", "Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"]),
    ("11.\nĐề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội:\n- Thực hiện vai trò cơ\n"
     "quan thường trực Ban Vận động cấp tỉnh", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]),
    # development: the item's subject, a collective that names who (tnt_0124)
    ("1. Các cơ quan, đơn vị, địa\nphương, doanh nghiệp căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển\n"
     "khai thực hiện đợt thi đua\n- Giới thiệu điển hình tiên tiến", ["Các cơ quan, đơn vị, địa phương, doanh nghiệp"]),
    # bugs caught: a name wrapped over two lines was cut at the line end (tnt_217)
    ("8. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt\nNam, Thông tấn xã Việt Nam kịp thời thông tin về tình hình mưa lũ",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"]),
    # bugs caught: a sentence ending in a colon is no name; its subject is the lead (congbot_37)
    ("2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Lao động - Thương binh và Xã hội phối hợp"
     " với các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, Hội Cựu chiến binh thực hiện các nội dung sau:\n"
     "2.1. Tiến hành xem xét lại từng hồ sơ", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    # a topic heading is led by the actors its points name (tnt_627; gold/README, tasks rule as refined at stop 17)
    ("5. Các nội dung khác\na) Bộ Nông nghiệp và Môi trường chỉ đạo Cục Thú y\nvà Cục Bảo vệ thực vật kiểm soát chặt chẽ\n"
     "c) Giao Bộ Xây dựng chủ trì, làm việc với UBND tỉnh\nĐồng Nai, ACV", ["Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng"]),
    ("1. Hoàn thành mục tiêu đưa vào\nkhai thác trên 3.000 km đường bộ cao tốc\na) Yêu cầu các bộ, ngành, địa phương, các"
     " thành\nviên của Ban Chỉ đạo phải tiếp tục", ["các bộ, ngành, địa phương", "các thành viên của Ban Chỉ đạo"]),
    # constructed: how plans and directives assign work (gold/README lead rule, Decree 30 usage)
    # "Giao X <verb>" / "Đề nghị X <verb>" / "Yêu cầu X <verb>" open the item: X is its subject
    ("1. Giao Sở Y tế chủ động triển khai thực hiện giảm thời gian xử lý hồ sơ.", ["Sở Y tế"]),
    ("6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động nhân dân.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ("7. Yêu cầu Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các cơ quan chức năng kiểm tra.",
     ["Ủy ban nhân dân các tỉnh, thành phố"]),
    ("2. Đề nghị Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh tuyên truyền đoàn viên, hội viên.",
     ["Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]),
    # "Giao X chủ trì" after a topic, X a name with a comma
    ("18. Công tác tuyên truyền\nGiao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí.",
     ["Sở Văn hóa, Thể thao và Du lịch"]),
    # a heading that says whose duty it is
    ("11. Trách nhiệm của Sở Y tế:\n- Chỉ đạo các bệnh viện tuyến tỉnh", ["Sở Y tế"]),
    ("3. Đối với Ủy ban nhân dân cấp xã:\n- Rà soát các hộ dân vùng sạt lở", ["Ủy ban nhân dân cấp xã"]),
    # a topic before a colon, then the agency that acts
    ("17. Về công tác tuyên truyền: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí.",
     ["Sở Văn hóa, Thể thao và Du lịch"]),
    # who chairs, in brackets after the work
    ("19. Nâng cao chất lượng khám, chữa bệnh (Sở Y tế chủ trì, phối hợp Bảo hiểm xã hội tỉnh).", ["Sở Y tế"]),
    # a head of several words after another: one name
    ("14. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc, tổng hợp báo cáo.", ["Văn phòng Ủy ban nhân dân tỉnh"]),
    ("9. Văn phòng Chính phủ theo dõi, đôn đốc thực hiện nghiêm Công điện.", ["Văn phòng Chính phủ"]),
    # development (149/CĐ-TTg, issue 4): a subject listing four agencies, one joined by "và", the last one's name
    # running on past "trực thuộc"; each name is bounded, not the list
    ("1. Bộ Tài chính, Ngân hàng Nhà nước Việt Nam, Bộ Công an và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung"
     " ương theo chức năng, nhiệm vụ được giao căn cứ ý kiến chỉ đạo của Bộ Chính trị tại văn bản số 17129-CV/VPTW, phối"
     " hợp chặt chẽ", ["Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam", "Bộ Công an",
                       "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("5. Bộ Văn hóa, Thể thao và Du lịch, Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam theo"
     " chức năng, nhiệm vụ được giao thực hiện công tác thông tin truyền thông",
     ["Bộ Văn hóa, Thể thao và Du lịch", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"]),
    ("4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ quan, đơn vị có liên quan trên địa"
     " bàn, phối hợp chặt chẽ với Bộ Công an", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    # development (2820/QĐ-UBND, "IV. TỔ CHỨC THỰC HIỆN"): a heading line of names over a paragraph that opens on
    # an agency; a role in brackets beside the heading's name
    ("2. Sở\nKhoa học và Công nghệ, Sở Nội vụ\n\nSở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ và các đơn vị"
     " có liên quan tổ chức đào tạo, tập huấn", ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]),
    ("3.\nCông An Thành phố, Bộ Tư lệnh Thành phố\n\nCông an Thành phố chủ trì phối hợp với Bộ Tư lệnh Thành phố và các"
     " đơn vị có liên quan định kỳ kiểm tra", ["Công An Thành phố", "Bộ Tư lệnh Thành phố"]),
    ("1. Sở\nTài chính (cơ quan chủ trì)\n\n- Chủ trì xây dựng, tổ chức thực hiện, theo dõi, đôn đốc thực hiện Kế hoạch.",
     ["Sở Tài chính"]),
    # development (a draft resolution's "Tổ chức thực hiện", quoted in tnt305/tai_lieu_noi_bo 005a34880cc08130): a
    # council's standing body and its members as the subject
    ("2. Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ Đại biểu Hội đồng nhân dân tỉnh và"
     " Đại biểu Hội đồng nhân dân tỉnh có trách nhiệm giám sát việc thực hiện Nghị quyết này theo quy định.",
     ["Thường trực Hội đồng nhân dân tỉnh", "các Ban Hội đồng nhân dân tỉnh", "các Tổ Đại biểu Hội đồng nhân dân tỉnh",
      "Đại biểu Hội đồng nhân dân tỉnh"]),
    ("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức thành viên giám sát và vận động Nhân dân cùng tham"
     " gia thực hiện và giám sát Nghị quyết này.", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức thành viên"]),
    ("2. Thường xuyên kiểm tra, giám sát việc thực hiện.", []),  # "thường xuyên", no standing body
    # guards: work that names nobody, "giao" as a past participle, a topic heading over a sub-item's "Giao"
    # second round, documents nobody developed on (DEV_READING.tsv):
    # a heading line with no colon over a paragraph that opens on a capitalised verb (06/CT-UBND Quảng Trị, 220/CĐ-TTg)
    ("4. Công an tỉnh\n\nChỉ đạo các đơn vị trực thuộc,\nlực lượng Công an xã tăng cường phối hợp, hỗ trợ chính quyền"
     " địa phương", ["Công an tỉnh"]),
    ("1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\nTập trung chỉ đạo quyết liệt hoàn thành sửa đổi, bổ\nsung 485"
     " văn bản quy phạm pháp luật", ["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ"]),
    ("2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ,\nChủ tịch Ủy ban nhân dân các tỉnh, thành phố\nKhẩn trương rà"
     " soát, sửa đổi các quy định không phù\nhợp",
     ["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]),
    # third round: a request heading wrapped over two lines, over a line opening on its verb (160/KH-UBND Cần Thơ)
    ("3. Đề nghị Ủy ban Mặt trận Tổ\nquốc Việt Nam thành phố\n\nChỉ đạo các đơn vị liên quan\ngiám sát việc thực hiện"
     " Chương trình theo quy định.", ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"]),
    # the heads of agencies named as who acts, over sub-items (012/CT-UBND Đắk Lắk)
    ("1. Thủ\ntrưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường\n\na) Thực hiện nghiêm việc cải\ncách TTHC,"
     " nâng cao chất lượng", ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã, phường"]),
    # a heading naming the communes it means after a colon: one entry, as written (556/KH-UBND Đồng Tháp)
    ("12. Ủy\nban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông\n\n- Xây dựng kế hoạch cụ thể\nhóa"
     " các nhiệm vụ và giải pháp.", ["Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền",
                                     "Ủy ban nhân dân xã Gò Công Đông", "Ủy ban nhân dân xã Tân Phú Đông"]),
    # a heading of two groups over a paragraph, the first a catch-all: the second leads (556/KH-UBND)
    ("13. Các\nsở, ngành có liên quan; Ủy ban nhân dân các xã, phường\n\nCăn cứ vào chức năng, nhiệm\nvụ của đơn vị, đề"
     " xuất, triển khai thực hiện các nhiệm vụ", ["Ủy ban nhân dân các xã, phường"]),
    # guard: a circumstance clause, then another sentence naming who did something — nobody is asked (10988/BNV-CQĐP)
    ("1. Trong thời gian qua, nước\nta đã tiến hành cuộc cách mạng về sắp xếp, tổ chức lại đơn vị hành chính các cấp.\n"
     "Chủ trương lớn này đã được Trung ương Đảng, Quốc hội, Chính phủ nghiên cứu, bàn\nbạc thấu đáo", []),
    # … but a heading's name wrapped onto a line that goes on capitalised is one name (987/KH-UBND Nghệ An)
    ("2. Ban Quản lý Khu kinh tế\nĐông Nam\n\n- Đề xuất những khu công nghiệp có mật độ doanh\nnghiệp cao",
     ["Ban Quản lý Khu kinh tế Đông Nam"]),
    # a collective heading with the agencies it means in brackets: the members, each an entry (010/CT-UBND; kept whole
    # until stop 19, when two blind readings of real documents split such brackets by the member-list rule)
    ("1.\nCác cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban\nquản lý Khu Nông nghiệp ứng"
     " dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu\ncông nghiệp tỉnh):\n\na) Là đầu mối chủ trì, tiếp\nnhận hồ sơ",
     ["Sở Tài chính", "Ban quản lý Khu Kinh tế Phú Yên", "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên",
      "Ban Quản lý các Khu công nghiệp tỉnh"]),
    # the subject after a purpose clause "Để …," (010/CT-UBND II.5)
    ("5. Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư,\ntăng cường công tác đánh giá, kiểm tra và giám sát"
     " các dự án đầu tư, các Sở,\nngành, UBND cấp xã và các đơn vị có liên quan theo chức năng, nhiệm vụ, thẩm\nquyền"
     " quy định triển khai thực hiện những nội dung sau:\na) Thực hiện đầy đủ", ["các Sở, ngành", "UBND cấp xã"]),
    # a list of agencies, one a zone "… ứng dụng Công nghệ cao" (010/CT-UBND II.1)
    ("1. Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường,\nBan quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông"
     " nghiệp ứng dụng Công nghệ\ncao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh, UBND cấp xã và các Sở, ban,\nngành"
     " quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm phối\nhợp công bố đầy đủ",
     ["Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Ban quản lý Khu Kinh tế Phú Yên",
      "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên", "Ban Quản lý các Khu công nghiệp tỉnh", "UBND cấp xã",
      "các Sở, ban, ngành"]),
    # establishments and forest owners are collectives that name who (235/KH-UBND, 06/CT-UBND)
    ("4. Các cơ sở nuôi trồng thủy sản:\nTheo dõi, giám sát môi trường tại cơ sở nuôi trồng thủy sản; ghi chép đầy đủ",
     ["Các cơ sở nuôi trồng thủy sản"]),
    # a role named instead of an agency is no lead (010/CT-UBND II.4)
    ("4. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản, nêu\nrõ quan điểm và đúng thời gian quy định", []),
    # … and a role heading over sub-items, the role's work after it (010/CT-UBND II.3)
    ("3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án\n\na) Hướng dẫn và tạo điều\nkiện giải quyết nhanh các thủ tục"
     " đầu tư thuộc thẩm quyền:", []),
    ("4. Tổ chức tập huấn cho cán bộ làm công tác trẻ em theo nhiệm vụ được giao.", []),
    ("5. Công tác kiểm tra: tổ chức kiểm tra định kỳ.", []),
]


@pytest.mark.parametrize("text,lead", ITEM_LEADS)
def test_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


GROUP_INTROS = [  # a group's opening sentence → the lead of its items that name nobody
    ("Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo:", ["Giám đốc Sở Giáo dục và Đào tạo"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội:",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]),
    # a catch-all names nobody (tnt_627, section III)
    ("Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, một số dự án hiện còn khối lượng công việc lớn; do vậy, yêu cầu các"
     " bộ, ngành, địa phương, đơn vị, cá nhân liên quan:", []),
    # "yêu cầu" as a noun asks nobody
    ("đáp ứng yêu cầu phát triển Chính quyền số, kinh tế số:", []),
]


@pytest.mark.parametrize("intro,lead", GROUP_INTROS)
def test_group_lead(intro, lead):
    assert tasks._group_lead(intro) == lead


SPLITS = [
    ("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư", ["Doanh nghiệp", "nhà cung cấp dịch vụ IoT", "nhà đầu tư"]),
    ("Các cơ quan, đơn vị, địa phương, doanh nghiệp", ["Các cơ quan, đơn vị, địa phương, doanh nghiệp"]),
    ("Các sở, ban, ngành, đoàn thể cấp tỉnh", ["Các sở, ban, ngành, đoàn thể cấp tỉnh"]),
    ("Hội, đoàn thể", ["Hội, đoàn thể"]),
    ("Sở Khoa học và Công nghệ, Sở Công Thương, Các doanh nghiệp viễn thông",
     ["Sở Khoa học và Công nghệ", "Sở Công Thương", "Các doanh nghiệp viễn thông"]),
    # "và" before a capitalised agency head starts another agency; inside a name it does not (149/CĐ-TTg)
    ("Bộ Công an và Ủy ban nhân dân các tỉnh", ["Bộ Công an", "Ủy ban nhân dân các tỉnh"]),
    ("Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo", ["Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo"]),
]


@pytest.mark.parametrize("text,agencies", SPLITS)
def test_split_agencies(text, agencies):
    assert tasks.split_agencies(text) == agencies


EMULATION_PLAN = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Phát huy sức mạnh của cả hệ thống chính trị.
2. Yêu cầu
a) Phong trào thi đua phải được triển khai sâu rộng từ tỉnh đến cấp cơ sở.
II. NỘI DUNG
THI ĐUA
1. Chủ đề thi đua
"Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng".
2. Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội.
3. Nội dung thi đua
a) Tiếp tục nâng cao hiệu lực, hiệu quả quản lý nhà nước.
IV. TỔ CHỨC
THỰC HIỆN
1. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch.
- Giới thiệu điển hình tiên tiến trong Đợt thi đua.
2. Đề nghị các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Phối hợp chặt chẽ.
3. Sở Văn hóa, Thể thao và Du lịch: Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy.
4. Sở Nội vụ
- Chủ trì, phối hợp với các cơ quan, đơn vị tổ chức triển khai thực hiện Kế hoạch này;
"""


def test_a_plan_with_no_section_of_work_hands_it_out_in_to_chuc_thuc_hien():
    lines = split_lines(EMULATION_PLAN)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Các cơ quan, đơn vị, địa phương, doanh nghiệp"]),
        ("2", ["các cấp ủy Đảng", "Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"]),
        ("3", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("4", ["Sở Nội vụ"]),
    ]


def test_a_content_section_of_work_is_still_the_task_list():
    """'NỘI DUNG TRỌNG TÂM' listing work (tnt_1026) is the task section; 'Tổ chức thực hiện' stays out."""
    text = """II. NỘI DUNG TRỌNG TÂM
1. Tổ chức rà soát, đánh giá tất cả các nội dung, nhiệm vụ bảo vệ bí mật nhà nước.
2. Nâng cao vai trò, trách nhiệm của người đứng đầu.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì theo dõi, đôn đốc.
"""
    lines = split_lines(text)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [("1", []), ("2", [])]


TASK_TABLE = """III. GIẢI PHÁP
1. Hoàn thiện thể chế
a) Nghiên cứu, triển khai có hiệu quả các Nghị định.
Nơi nhận:
- Lưu: VT, ĐMPT.

PHỤ LỤC

NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG
5G, IoT TRONG CÁC KHU CÔNG NGHỆ CAO

TT
Nội dung/nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian thực hiện
1
Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030
Ban Quản lý các khu công nghệ cao và khu công nghiệp
Sở Khoa học và Công nghệ, Sở Công Thương; UBND các phường, xã
Quý III Năm 2026
2
Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư bảo đảm kinh phí thực hiện các mục tiêu
Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư
Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và
Công nghệ, Sở Công Thương
Thường xuyên
3
Thực hiện khảo sát, thu thập số liệu, công bố kết quả
Ban Quản lý các khu công nghệ cao và khu công nghiệp
Sở Khoa học và Công nghệ
Hàng năm
"""


def test_a_plans_task_table_is_its_task_list():
    """tnt_310: the annex table (one cell a line, a cell wrapped over two lines in row 2) over the body's GIẢI PHÁP."""
    lines = split_lines(TASK_TABLE)
    body_end = next(ln.index for ln in lines if ln.text.startswith("Nơi nhận"))
    found = tasks.find_tasks(lines, 0, body_end, len(lines), plan=True)
    assert [t["label"] for t in found] == ["1", "2", "3"]
    assert found[0]["lead"] == ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"]
    assert found[0]["coordinators"] == ["Sở Khoa học và Công nghệ", "Sở Công Thương", "UBND các phường, xã"]
    assert found[0]["timeline"] == "Quý III Năm 2026"
    assert found[1]["lead"] == ["Doanh nghiệp", "nhà cung cấp dịch vụ IoT", "nhà đầu tư"]
    assert found[1]["coordinators"] == ["Ban Quản lý các khu công nghệ cao và khu công nghiệp",
                                        "Sở Khoa học và Công nghệ", "Sở Công Thương"]
    assert found[1]["timeline"] == "Thường xuyên"
    assert found[2]["text"].startswith("Thực hiện khảo sát") and found[2]["timeline"] == "Hàng năm"


def test_without_a_lead_column_a_table_is_no_task_list():
    text = TASK_TABLE.replace("Cơ quan chủ trì\n", "Ghi chú\n")
    lines = split_lines(text)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [t["label"] for t in found] == ["1"]  # the body's GIẢI PHÁP section


COLLECTIVE_HEADINGS = [  # development (tnt_0129 item 14): a heading listing kinds of actor is one lead
    ("Doanh nghiệp, cộng đồng, tổ chức, cá nhân", True),
    ("Tổ chức, cá nhân", True),
    ("Tổ chức tuyên truyền, phổ biến", False),  # a verb phrase, not actors
    ("doanh nghiệp, cá nhân", False),  # mid-sentence, not a heading
    ("Doanh nghiệp", False),  # one kind alone is no list
]


@pytest.mark.parametrize("text,expected", COLLECTIVE_HEADINGS)
def test_collective_heading(text, expected):
    assert tasks.is_collective_list(text) is expected


def test_collective_heading_gives_one_lead():
    lines = split_lines("14. Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ nhu yếu phẩm cho"
                        " nhân dân bị ảnh hưởng mưa lũ.")
    assert tasks.heading_lead(lines) == ["Doanh nghiệp, cộng đồng, tổ chức, cá nhân"]


def test_whole_name_then_capitalised_name_is_split():
    # development (tnt_0129 item 9): a known name is complete before the next capitalised one
    got = tasks.split_agencies("Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh")
    assert got == ["Sở Văn hóa, Thể thao và Du lịch", "Cổng Thông tin điện tử tỉnh"]
    assert tasks.split_agencies("UBND cấp huyện, cấp xã") == ["UBND cấp huyện, cấp xã"]


NORMATIVE = """THÔNG TƯ
I. VỀ ĐỐI TƯỢNG ÁP DỤNG:
1. Người tham gia hoạt động cách mạng được quy định tại Điều 1 và Điều 2 Quyết định số 20/2000/QĐ-TTg;
2. Người tham gia hoạt động cách mạng quy định tại khoản 1 trên đây hiện đang hưởng chế độ trợ cấp.
II. VỀ MỘT SỐ NỘI DUNG CỤ THỂ:
1. Trường hợp trong một hộ gia đình có cả vợ và chồng tham gia hoạt động cách mạng thì việc hỗ trợ như sau:
2. Những người thuộc diện được hỗ trợ theo quy định tại Điều 1 QĐ 20 đang ở thuê nhà thuộc sở hữu nhà nước;"""

DISPATCH = """I. TÌNH HÌNH
Năm qua, công tác được triển khai.
II. NHIỆM VỤ THỜI GIAN TỚI
1. Sở Y tế tăng cường kiểm tra.
2. Sở Tài chính bố trí kinh phí."""


def test_normative_sections_carry_provisions_not_requests():
    # development (congbot_42): a Thông tư with "Đối tượng áp dụng" numbers provisions, not requests
    lines = split_lines(NORMATIVE)
    assert tasks.find_tasks(lines, 0, len(lines), plan=False) == []
    lines = split_lines(DISPATCH)
    assert [t["label"] for t in tasks.find_tasks(lines, 0, len(lines), plan=False)] == ["1", "2"]


# Issue 4, the general plan rule: the list a recipient acts on is the one that hands work to named agencies.

ASSIGNMENT_PLAN = """I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng, chống dịch bệnh.
II. NỘI DUNG TRỌNG TÂM
1. Tăng cường truyền thông về phòng, chống dịch bệnh.
2. Giám sát dịch tễ tại cộng đồng.
III. PHÂN CÔNG NHIỆM VỤ
1. Sở Y tế
- Chủ trì tổ chức giám sát dịch tễ.
2. Sở Tài chính: Bố trí kinh phí thực hiện.
3. UBND các xã, phường chỉ đạo trạm y tế triển khai các biện pháp.
IV. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.
"""


def test_an_assignment_section_beside_actions_naming_nobody_is_the_task_list():
    lines = split_lines(ASSIGNMENT_PLAN)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Sở Y tế"]), ("2", ["Sở Tài chính"]), ("3", ["UBND các xã, phường"])]


def test_actions_naming_their_agencies_stay_the_task_list_beside_an_assignment_section():
    text = ASSIGNMENT_PLAN.replace("1. Tăng cường truyền thông", "1. Sở Văn hóa, Thể thao và Du lịch tăng cường truyền thông") \
        .replace("2. Giám sát dịch tễ", "2. Sở Y tế giám sát dịch tễ")
    lines = split_lines(text)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [t["label"] for t in found] == ["II.1", "II.2", "III.1", "III.2", "III.3"]


def test_a_decision_is_read_like_the_plan_it_carries():
    """A Quyết định ban hành Kế hoạch: the plan after the signature, its title on one line with the type name."""
    text = ("QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh năm 2026.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
            "Nguyễn Văn A\nKẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH NĂM 2026\n"
            "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh)\n" + ASSIGNMENT_PLAN)
    lines = split_lines(text)
    body_end = next(ln.index for ln in lines if ln.text.startswith("Nơi nhận"))
    found = tasks.find_tasks(lines, 1, body_end, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found][:1] == [("1", ["Sở Y tế"])] and len(found) == 3
    # a Quy định attached the same way is no plan: its articles stay provisions
    lines = split_lines(text.replace("KẾ HOẠCH PHÒNG", "QUY ĐỊNH PHÒNG").replace("I. MỤC ĐÍCH", "Điều 1. MỤC ĐÍCH"))
    assert tasks._attached_plan(lines, body_end, len(lines)) is None


NUMBERED_SECTIONS = """1. MỤC ĐÍCH, YÊU CẦU
a) Nâng cao nhận thức.
2. NHIỆM VỤ, GIẢI PHÁP
2.1. Rà soát văn bản quy phạm pháp luật (Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Sở Nội vụ; thời gian thực hiện: Quý I/2026).
2.2. Đào tạo nguồn nhân lực
- Cơ quan chủ trì: Sở Nội vụ.
- Thời gian thực hiện: Năm 2026.
3. TỔ CHỨC THỰC HIỆN
a) Sở Tư pháp theo dõi.
"""


def test_sections_numbered_in_capitals_and_their_sub_numbered_items():
    lines = split_lines(NUMBERED_SECTIONS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"], t["coordinators"], t["timeline"]) for t in found] == [
        ("2.1", ["Sở Tư pháp"], ["Sở Nội vụ"], "Quý I/2026"), ("2.2", ["Sở Nội vụ"], [], "Năm 2026")]
    assert found[0]["text"].startswith("Rà soát văn bản")


def test_part_headings_are_sections():
    """Decree 30/2020: 'Phần' and its number on a line of their own, the title in capitals below."""
    lines = split_lines("Phần I\nMỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nPHẦN THỨ HAI\nNHIỆM VỤ\n1. Sở Y tế tăng cường"
                        " kiểm tra.\n2. Sở Tài chính bố trí kinh phí.\nPhần còn lại")
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [("1", ["Sở Y tế"]), ("2", ["Sở Tài chính"])]


INLINE_ROLES = [  # role lines inline, bracketed or one after the other on a line
    ("1. Tổ chức tập huấn cho cán bộ y tế cơ sở (Cơ quan chủ trì: Sở Y tế; Cơ quan phối hợp: Sở Tài chính, UBND các xã,"
     " phường; Thời gian thực hiện: Quý II/2026).", (["Sở Y tế"], ["Sở Tài chính", "UBND các xã, phường"], "Quý II/2026")),
    ("3. Xây dựng cơ sở dữ liệu. Chủ trì: Sở Khoa học và Công nghệ; phối hợp: Sở Nội vụ; thời hạn hoàn thành: tháng 12/2026",
     (["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"], "tháng 12/2026")),
    ("4. Kiểm tra\nĐơn vị chủ trì thực hiện: Công an tỉnh - Đơn vị phối hợp: Bộ Chỉ huy Quân sự tỉnh - Thời gian: Thường"
     " xuyên", (["Công an tỉnh"], ["Bộ Chỉ huy Quân sự tỉnh"], "Thường xuyên")),
    # sub-items chaired by different agencies: each chair leads the item (308/KH-UBND Hà Nội, II.1)
    ("1. Về dữ liệu\n1.1. Xây dựng các Chiến lược triển khai của thành phố Hà Nôi:\na) Nhiệm vụ: Tham mưu UBND Thành phố"
     "\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n- Đơn vị phối hợp: Các Sở, ban, ngành.\n"
     "1.2. Triển khai, phát triển dữ liệu:\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Các Sở, ban, ngành.\n"
     "- Đơn vị phối hợp: Sở Khoa học và Công nghệ, UBND xã, phường.",
     # (… and each sub-item's coordinators, since stop 18: "phối hợp" agencies of every point, once each)
     (["Sở Khoa học và Công nghệ", "Các Sở, ban, ngành"], ["Các Sở, ban, ngành", "Sở Khoa học và Công nghệ", "UBND xã, phường"],
      None)),
    # the unit in brackets is part of the name, its closing bracket kept (dev seed 003, item 12)
    ("12. Hỗ trợ trẻ em\n- Cơ quan chủ trì: Sở Y tế (Quỹ Bảo trợ trẻ em).", (["Sở Y tế (Quỹ Bảo trợ trẻ em)"], [], None)),
    ("2. Rà soát văn bản\n- Cơ quan chủ trì: Sở Tư pháp.\n- Cơ quan phối hợp: Các cơ quan có liên quan.",
     (["Sở Tư pháp"], [], None)),  # a catch-all coordinates nobody
]


@pytest.mark.parametrize("text,roles", INLINE_ROLES)
def test_inline_roles(text, roles):
    assert tasks._roles([ln for ln in split_lines(text) if ln.text]) == roles


DECISION_REQUESTS = """Điều 2. Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan đến các lĩnh vực kiến nghị
đơn giản hóa nêu tại Điều 1 của Quyết định này, có trách nhiệm:
1. Đối với các nội dung đề xuất giảm thời gian giải quyết thủ tục hành chính: Giao Sở Y tế chủ động triển khai,
đôn đốc thực hiện giảm thời gian xử lý hồ sơ trên thực tế.
2. Đối với các nội dung đề xuất đơn giản hóa, kiến nghị các Bộ, ngành Trung ương: Thường xuyên theo dõi, phối hợp
tham mưu Chủ tịch UBND tỉnh.
3. Đối với các nội dung đề xuất đơn giản hóa thuộc thẩm quyền giải quyết, Sở Y tế phối hợp các cơ quan liên
quan tham mưu Chủ tịch UBND tỉnh.
Điều 3. Văn phòng UBND tỉnh có trách nhiệm theo dõi, kiểm tra, đôn đốc."""


def test_a_decisions_duty_article_and_its_circumstance_first_items():
    # development (tnt_2816 Điều 2): "<agencies> có trách nhiệm: 1.… 3." is a list of requests; an item that opens on
    # its circumstance ("Đối với …,"/"…: Giao …") names its actor after it; one naming nobody takes the article's
    lines = split_lines(DECISION_REQUESTS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Sở Y tế"]), ("2", ["Sở Y tế", "UBND cấp xã"]), ("3", ["Sở Y tế"])]
    assert tasks._group_lead("Điều 9. Trách nhiệm thi hành") == []  # an article's title hands nothing out


def test_a_task_table_with_group_rows():
    text = TASK_TABLE.replace("1\nTổ chức điều chỉnh", "I\nNhóm nhiệm vụ về quy hoạch\n1\nTổ chức điều chỉnh") \
        .replace("3\nThực hiện khảo sát", "II\nNhóm nhiệm vụ về dữ liệu\n3\nThực hiện khảo sát")
    lines = split_lines(text)
    body_end = next(ln.index for ln in lines if ln.text.startswith("Nơi nhận"))
    found = tasks.find_tasks(lines, 0, body_end, len(lines), plan=True)
    assert [(t["label"], t["timeline"]) for t in found] == [("1", "Quý III Năm 2026"), ("2", "Thường xuyên"), ("3", "Hàng năm")]


def test_a_section_headed_by_an_agency_hands_it_its_items():
    text = ("Chủ tịch UBND tỉnh chỉ thị:\nI. ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ\n1. Tổ chức kiểm tra các hồ chứa.\n"
            "2. Sẵn sàng lực lượng ứng phó.\nII. Trách nhiệm của Sở Nông nghiệp và Môi trường:\n1. Theo dõi tình hình mưa lũ.\n"
            "2. Công an tỉnh chủ trì bảo đảm an ninh.\nIII. Công tác thông tin\n1. Cập nhật tình hình mưa lũ.\n")
    lines = split_lines(text)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I.1", ["Ủy ban nhân dân các huyện, thị xã, thành phố"]), ("I.2", ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
        ("II.1", ["Sở Nông nghiệp và Môi trường"]), ("II.2", ["Công an tỉnh"]), ("III.1", [])]


# 2820/QĐ-UBND (TP Hồ Chí Minh, issue 4), its annex "NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH…" as the text input gives it: the
# first group row lost its TT cell ("I"), numbers restart under each group, a text cell ran over two lines with the
# second starting in capitals, and a row has empty trailing cells.
GROUPED_TABLE = """PHỤ LỤC
NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU
TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian dự kiến hoàn thành
Kết quả dự kiến
Nguồn kinh phí
Hoàn thiện thể chế, ban hành quy định, hướng dẫn yêu cầu kỹ thuật để xây dựng và triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch
1
Phối hợp rà soát, sửa đổi Luật
Quy hoạch và xây dựng các văn bản quy phạm pháp luật có liên quan để tạo hành lang pháp lý.
Sở Tài chính
Các sở, ngành, UBND xã, phường, đặc khu
Quý IV/2025
Luật Quy hoạch, Quyết định của cấp có thẩm quyền
Chi thường xuyên hoặc nguồn vốn hợp pháp khác (nếu có)
2
Tham gia rà soát, đơn giản hóa các thủ tục hành chính liên quan đến quy hoạch.
Các sở, ngành, UBND xã, phường, đặc khu
Sở Tài chính
Quý II/2027
Báo cáo
* II
Xây dựng hạ tầng công nghệ thông tin đảm bảo triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch
1
Xây dựng hạ tầng công nghệ thông tin, trang thiết bị tại Sở Tài chính
Trung tâm Chuyển đổi số Thành phố
Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu
Quý IV/2026
Cổng thông tin cơ sở dữ liệu quốc gia về quy hoạch
VI
Các nhiệm vụ khác
1
Tham mưu UBND Thành phố
Báo cáo Bộ Tài chính tình hình thực hiện Đề án.
Sở Tài chính
Các sở, ngành, UBND xã, phường, đặc khu
Hằng năm.

Nơi nhận:
"""


def test_a_task_table_whose_numbers_restart_under_group_rows():
    lines = split_lines(GROUPED_TABLE)
    body_end = next(ln.index for ln in lines if ln.text.startswith("Nơi nhận"))
    found = tasks.find_tasks(lines, 0, body_end, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I.1", ["Sở Tài chính"]), ("I.2", ["Các sở, ngành", "UBND xã, phường, đặc khu"]),
        ("II.1", ["Trung tâm Chuyển đổi số Thành phố"]), ("VI.1", ["Sở Tài chính"])]
    assert found[0]["text"].startswith("Phối hợp rà soát, sửa đổi Luật Quy hoạch")
    assert found[3]["text"] == "Tham mưu UBND Thành phố Báo cáo Bộ Tài chính tình hình thực hiện Đề án."
    assert found[3]["timeline"] == "Hằng năm."


# 552/KH-UBND Đồng Tháp (second round, unseen): the annex table's group row "I" is lost beside the header, whose cells
# take its two-line title; group II follows; an association leads a row.
LOST_FIRST_GROUP = """PHỤ LỤC
NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN
STT
NHIỆM VỤ VÀ GIẢI PHÁP
CHỦ TRÌ
PHỐI HỢP
THỜI GIAN
NHÓM
GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH
1
Rà soát, kịp thời cụ thể
hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư.
Sở Tài chính
Sở, ban, ngành có liên quan
Thường xuyên
2
Nghiên cứu, tư vấn, phản
biện chính sách, giải pháp công nghệ.
Liên hiệp các Hội Khoa học và Kỹ thuật
Sở, ban, ngành có liên quan
Thường xuyên
* II
HỖ
TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ
1
Xây dựng chương trình hỗ
trợ nghiên cứu, ứng dụng, chuyển giao, đổi mới công nghệ cao cho doanh nghiệp.
Sở Khoa học và Công nghệ
Sở, ban, ngành có liên quan
2026

Nơi nhận:"""


def test_rows_before_group_ii_are_group_is():
    lines = split_lines(LOST_FIRST_GROUP)
    body_end = next(ln.index for ln in lines if ln.text.startswith("Nơi nhận"))
    found = tasks.find_tasks(lines, 0, body_end, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I.1", ["Sở Tài chính"]), ("I.2", ["Liên hiệp các Hội Khoa học và Kỹ thuật"]),
        ("II.1", ["Sở Khoa học và Công nghệ"])]


# 157/KH-UBND Cần Thơ (second round, unseen): an emulation plan whose section III sets out its rules (content,
# roll-out, criteria, ranking) hands its work out in "Tổ chức thực hiện".
EMULATION_RULES = """III. NỘI DUNG THI ĐUA,
PHƯƠNG ÁN TRIỂN KHAI, TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI VÀ CÁCH THỨC XẾP HẠNG
1. Nội dung thi đua
Nâng cao nhận thức của người
hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội.
2. Phương án triển khai
a) Ủy ban nhân dân xã, phường
huy động nguồn lực, tổ chức triển khai hoạt động tuyên truyền, vận động;
3. Tiêu chí đánh giá, xếp
loại
a) Trên cơ sở kết quả thực hiện
các chỉ tiêu tại điểm 1 Mục III Kế hoạch, giao Sở Y tế thành lập đoàn tổ chức
kiểm tra, đánh giá kết quả thực hiện.
4. Cách thức xếp hạng
a) Trên cơ sở kết quả kiểm tra,
đánh giá, chấm điểm của Sở Y tế (Chi cục Dân số - Xã hội), Hội đồng thi
đua họp xét đánh giá các xã, phường.
IV. KHEN THƯỞNG
1. Cấp thành phố
a) Chủ tịch Ủy ban nhân dân
thành phố xem xét tặng Bằng khen.
V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
a) Chủ trì, phối hợp với Sở,
ban ngành liên quan triển khai, đôn đốc, kiểm tra việc thực hiện nội dung kế
hoạch thi đua này;
2. Sở Nội vụ
Phối hợp Sở Y tế thẩm định, lập
thủ tục xét trình Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen.
3. Ngân hàng Nhà nước chi
nhánh khu vực 14
a) Chỉ đạo các Ngân hàng thương
mại trên địa bàn chủ động phối hợp với Sở Y tế triển khai thực hiện tốt Kế hoạch."""


def test_an_emulation_plans_rules_section_is_no_section_of_work():
    lines = split_lines(EMULATION_RULES)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Sở Y tế"]), ("2", ["Sở Nội vụ"]), ("3", ["Ngân hàng Nhà nước chi nhánh khu vực 14"])]


# 987/KH-UBND Nghệ An (second round, unseen): "Nội dung thực hiện" gives where things stand and the targets; the work
# is handed out in "Tổ chức thực hiện".
STATUS_CONTENT = """II. NỘI DUNG THỰC HIỆN
1. Hiện trạng
Nghệ An hiện có nhiều KCN với tốc độ lấp đầy nhanh,
hội tụ nhiều doanh nghiệp có trình độ công nghệ cao.
2. Kế hoạch phát triển giai đoạn
2026 - 2030
Trong giai đoạn 2026 - 2030, Đảm bảo xây dựng trạm
BTS 5G đạt 100% và triển khai một số ứng dụng IoT cơ bản tại các KCN trọng điểm.
III. KINH PHÍ THỰC HIỆN
Nguồn kinh phí thực hiện từ các doanh nghiệp viễn
thông và huy động nguồn lực xã hội hóa.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
- Theo dõi, đôn đốc, chỉ đạo các doanh nghiệp viễn
thông triển khai phát triển hạ tầng viễn thông phủ sóng 5G theo Kế hoạch.
2. Các doanh nghiệp viễn thông
- Căn cứ kế hoạch này, khẩn trương xây dựng kế hoạch
phủ sóng 5G theo chỉ tiêu phân bổ."""


def test_a_content_section_of_status_and_targets_is_no_section_of_work():
    lines = split_lines(STATUS_CONTENT)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Sở Khoa học và Công nghệ"]), ("2", ["Các doanh nghiệp viễn thông"])]


# 160/KH-UBND Cần Thơ (third round, unseen): a monitoring plan's "NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ" sets out what is looked
# at; who does what is in "Tổ chức thực hiện".
MONITORING_SCOPE = """III. NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ
1. Nội dung giám sát
- Nội dung giám sát của chủ
chương trình
+ Theo dõi, kiểm tra công tác
quản lý Chương trình: Xây dựng hệ thống văn bản quản lý, tổ chức thực hiện
Chương trình.
2. Nội dung đánh giá
- Tình hình huy động, phân bổ
và sử dụng nguồn vốn.
IV. PHƯƠNG PHÁP, CÁC BƯỚC GIÁM SÁT, ĐÁNH GIÁ
1. Phương pháp
- Khảo sát, kiểm tra thực tế tại
địa phương.
V. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện từ nguồn
ngân sách Trung ương.
VI. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Phối hợp các cơ quan liên quan
thực hiện việc giám sát, đánh giá đối với cấp xã.
2. Ủy ban nhân dân cấp xã
- Tổ chức thực hiện giám sát,
đánh giá theo Kế hoạch."""


def test_a_monitoring_plans_scope_is_no_section_of_work():
    lines = split_lines(MONITORING_SCOPE)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Sở Nông nghiệp và Môi trường"]), ("2", ["Ủy ban nhân dân cấp xã"])]


# 153/KH-UBND Cần Thơ (third round, unseen): the assignment section's heading wrapped over two lines ("IV. PHÂN" /
# "CÔNG NHIỆM VỤ") beside a section of actions naming nobody.
WRAPPED_ASSIGNMENT = """III. NỘI
DUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
1.
Tăng cường hiệu lực, hiệu quả trong chỉ đạo, điều hành và quản lý Nhà nước về
công tác phòng, chống ma túy
2.
Nâng cao hiệu quả, chất lượng công tác truyền thông, tuyên truyền, phổ biến
giáo dục phòng, chống ma túy
IV. PHÂN
CÔNG NHIỆM VỤ
1.
Công an thành phố
a) Tham mưu tổ chức thực hiện
và giám sát việc thực hiện Chương trình trên địa bàn thành phố.
2. Sở
Tài chính
a) Trên cơ sở đề xuất kinh
phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình cấp có thẩm quyền.
IV. TỔ
CHỨC THỰC HIỆN
1. Các sở, ban, ngành
thành phố và Ủy ban nhân dân xã, phường:
a) Căn cứ chức năng và nhiệm
vụ được giao tại Kế hoạch này, xây dựng kế hoạch cụ thể."""


def test_a_wrapped_assignment_heading_is_still_the_task_list():
    lines = split_lines(WRAPPED_ASSIGNMENT)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [("1", ["Công an thành phố"]), ("2", ["Sở Tài chính"])]


# 182/KH-UBND Đồng Nai (third round, unseen): an item that hands its work out under sub-headings, one agency each,
# some of them bare numbers on their own line ("2.3." / "Công an tỉnh").
SUB_HEADINGS = """III. NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM
1. Nhiệm vụ, giải pháp tổng thể
1.1. Tiếp tục
tăng cường sự lãnh đạo của Đảng, nâng cao hiệu lực, hiệu quả quản lý của Nhà nước.
1.2. Nâng cao hiệu
quả công tác phòng ngừa tội phạm và tệ nạn ma túy.
2. Phân
công trách nhiệm
Căn cứ Kế hoạch này, yêu cầu các Sở,
ban, ngành, địa phương tổ chức thực hiện các công tác trọng tâm cụ thể như sau:
2.1. Sở
Tài chính
a) Tham mưu Ủy ban nhân dân tỉnh
trình Hội đồng nhân dân cấp tỉnh quyết định.
2.2. Sở
Nội vụ
- Phối hợp Công an tỉnh và các
đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh quy định về phân cấp quản lý.
2.3.
Công an tỉnh
a) Chủ trì, phối hợp với các đơn
vị liên quan tham mưu Ủy ban nhân dân tỉnh thực hiện chức năng chủ quản Chương trình.
IV. TỔ CHỨC THỰC HIỆN
1. Giao Công an tỉnh chủ
trì, phối hợp các đơn vị có liên quan theo dõi, đôn đốc."""


def test_an_item_handed_out_under_agency_sub_headings_takes_each_as_lead():
    lines = split_lines(SUB_HEADINGS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", []), ("2", ["Sở Tài chính", "Sở Nội vụ", "Công an tỉnh"])]


# 7360/KH-UBND Lai Châu (third round, unseen): a role line listing several agencies, long enough to be read as a
# sentence, and wrapped over lines; a role line naming only a catch-all gives none.
ROLE_LIST = """II. NỘI DUNG KẾ HOẠCH
1.
Trên cơ sở tài liệu do Trung ương biên soạn, các cơ
quan, đơn vị tổ chức tuyên truyền, phổ biến, giáo dục pháp luật.
- Cơ quan thực hiện: Sở Khoa
học và Công nghệ; Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh
Truyền hình Lai Châu và các sở, ngành có liên quan.
- Thời gian thực hiện: Quý
IV năm 2025 và các năm tiếp theo.
2.
Rà soát văn bản quy phạm pháp luật
- Cơ quan thực hiện: Sở Khoa
học và Công nghệ tiến hành rà soát các văn bản quy phạm pháp luật có liên quan
đến Luật thuộc thẩm quyền quản lý nhà nước của mình; các sở, ngành liên quan và
Ủy ban nhân dân các xã, phường rà soát văn bản quy phạm pháp luật do cơ quan
mình tham mưu ban hành có liên quan đến Luật.
3.
Tổ chức các nội dung hỗ trợ thi hành Luật theo quy định
pháp luật
- Cơ quan thực hiện: Các sở,
ngành có liên quan theo chức năng, nhiệm vụ quản lý được giao.
III. KINH PHÍ BẢO ĐẢM
1. Kinh phí thực hiện Kế hoạch này được ưu tiên cân đối."""


def test_a_role_line_listing_agencies_over_several_lines():
    lines = split_lines(ROLE_LIST)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Sở Khoa học và Công nghệ", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch",
               "Báo và Phát thanh Truyền hình Lai Châu"]),
        ("2", ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã, phường"]), ("3", [])]
    assert found[0]["timeline"] == "Quý IV năm 2025 và các năm tiếp theo"


# 4800/TCT-TTr and 1046/TCT-TTKT (fourth round, OCR'd dispatches of the tax administration): requests numbered "1/",
# "2/" … are the dispatch's task list, their text without the number.
SLASH_NUMBERED = """Để hoàn thành nhiệm vụ nêu trên, Tổng cục Thuế yêu cầu Cục Thuế các
tỉnh, thành phố trực thuộc Trung ương thực hiện một số giải pháp sau:
1/ Các Cục Thuế rà soát lại kế hoạch thanh tra, nhiệm vụ kiểm tra để bổ
sung, điều chỉnh kế hoạch thanh tra, nhiệm vụ kiểm tra.
- Trên cơ sở kế hoạch thanh tra, kiểm tra năm 2016 đã được phê duyệt, tập
trung phân tích chuyên sâu để lựa chọn nội dung trọng tâm cần thanh tra.
2/ Tăng cường công tác thanh tra, kiểm tra sau hoàn thuế đảm bảo nguyên
tắc kiểm tra theo rủi ro.
3/ Day mạnh công tác trao đổi nghiệp vụ thanh tra, kiểm tra thuế nâng cao
năng lực và kỹ năng cho công chức làm công tác thanh tra, kiểm tra thuế."""


def test_requests_numbered_with_a_slash_are_the_task_list():
    lines = split_lines(SLASH_NUMBERED)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [t["label"] for t in found] == ["1", "2", "3"]
    assert found[0]["text"].startswith("Các Cục Thuế rà soát")
    assert found[0]["lead"] == ["Các Cục Thuế"]


# 4800/TCT-TTr item 4 (fourth round): a clause between the subject and its verb ends the subject.
def test_a_clause_after_the_subject_ends_the_name():
    text = ("Các Cục Thuế khi tiến hành thanh tra, kiểm tra cần tiến hành vận dụng linh hoạt các hình thức đã quy định"
            " tại Luật Thanh tra, Luật quản lý thuế.")
    assert tasks.leading_agency(text) == "Các Cục Thuế"


# 1770/TCT-TTKT (fourth round): a dispatch quoting a circular's clause "a)" has no task list of one letter item.
QUOTED_CLAUSE = """Căn cứ Điều 4 Thông tư số 19/2013/TT-BTC ngày 20/2/2013 hướng dẫn thực
hiện một số quy định về tô chức và hoạt động thanh tra ngành tài chính:
.. Điều chỉnh ké hoạch thanh tra hàng năm
a) Ké hoạch thanh tra hàng năm đã phê duyệt được điều chỉnh nếu thuộc một
trong các trường hợp sau:
2? Theo chi dao của Bộ trưởng Bộ Tai chính, hoặc Thủ trưởng co quan thuế
cấp trên:
- Đề xuất của Thủ trưởng cơ quan thuế được giao nhiệm vụ kế hoạch thanh
tra...”
Theo đó, các Cục Thuế thực hiện thanh tra, kiểm tra trên cơ sở Quyết định số
41/QĐ-TCT ngày 10/01/2020."""


def test_a_lone_letter_item_is_no_task_list():
    lines = split_lines(QUOTED_CLAUSE)
    assert tasks.find_tasks(lines, 0, len(lines), plan=False) == []


# 17899/BTC-VP (fourth round): a notice of training whose numbered items are its particulars — who, when, what,
# how — asks nothing in them; its one request is unnumbered.
PARTICULARS = """Bộ Tài chính xây dựng kế hoạch tổ chức 06 hội nghị “Bồi dưỡng, tập
huấn chuyên môn, nghiệp vụ quản lý thuế cho cán bộ xã”. Thông tin cụ
thể như sau:
**1. Đối tượng:**
- Cán bộ, công chức, viên chức là lãnh đạo cấp
xã và lãnh đạo, chuyên viên các đơn vị thuộc cấp xã của 34 tỉnh, thành phố trực
thuộc Trung ương;
**2. Thời gian:**
**- Hội nghị 1: **Gồm các tỉnh/thành phố:
Hà Nội, Quảng Ninh, Hải Phòng, Bắc Ninh, Hưng Yên, Ninh Bình.
**3. Nội dung:**** **Bồi dưỡng, tập huấn
chuyên môn, nghiệp vụ quản lý thuế cho công chức, viên chức cấp xã.
**4. Cách thức thực hiện:**
-** Điểm cầu Bộ Tài chính: **Đại diện các
đơn vị thuộc Bộ Tài chính trình bày, trao đổi các nội dung trong chương trình.
Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân
các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các xã, phường, đặc khu cử
cán bộ, công chức, viên chức tham dự lớp bồi dưỡng."""


def test_a_notices_particulars_are_no_task_list():
    lines = split_lines(PARTICULARS)
    assert tasks.find_tasks(lines, 0, len(lines), plan=False) == []


# 4254/TCT-KK (fourth round, OCR'd): "Đồng chí" before the official who acts is no part of the lead.
def test_an_honorific_before_the_subject_is_left_out():
    text = ("Đồng chí Cục trưởng Cục Thué chỉ đạo, phân công các phòng, Chỉ cục Thuế kiểm tra việc kê khai của NNT đối"
            " với khoản thuế TTĐB của hàng hóa")
    assert tasks.leading_agency(text) == "Cục trưởng Cục Thué"


# 4800/TCT-TTr item 9 (fourth round): a body named by what it does, its functions joined by a comma ("Các đoàn thanh
# tra, kiểm tra"), is one name; the tagger reads "thanh tra" as a verb.
def test_a_body_named_by_its_functions_is_one_name():
    text = ("Các đoàn thanh tra, kiểm tra trong quá trình thanh tra, kiểm tra tại doanh nghiệp phải xác định, đối chiếu"
            " và ghi nhận đầy đủ")
    assert tasks.leading_agency(text) == "Các đoàn thanh tra, kiểm tra"


# Fifth round (directives, công điện, notices of conclusions; texts from tnt305/tai_lieu_noi_bo, listed in
# gold/development/reading_tasks.tsv). One wording class per case, each an item's real lines → its lead.
DIRECTIVE_ITEM_LEADS = [
    # 226/CĐ-TTg item 2: the manner of acting ("theo chức năng, nhiệm vụ, thẩm quyền") after the last of several
    # agencies is no part of its name
    ("2. Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền\nchủ trì, phối hợp với các Bộ, cơ quan liên"
     " quan và các địa phương:\na) Rà soát các mặt\nhàng dự trữ quốc gia thuộc lĩnh vực quản lý",
     ["Bộ Quốc phòng", "Bộ Công an"]),
    # 432-TB/VPTW item 4.3: the verb "lãnh đạo" after a proper name (tagged a noun) ends the name
    ("4.3. Giao Đảng\nủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo các tổ chức\nchính trị - xã hội"
     " phát huy mạnh mẽ vai trò nòng cốt", ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"]),  # one body (2025)
    # 659/TB-VPCP item 1: a plural honorific ("Các đồng chí") before the officials who act, and "cơ quan ngang Bộ"
    # with a capital B
    ("1. Các đồng chí Bộ trưởng,\nThủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ,\nthẩm"
     " quyền đề cao trách nhiệm, trực tiếp chỉ đạo thực hiện đồng bộ",
     ["Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]),
]




# 010/CT-UBND (Đắk Lắk, fifth round) III.1: two officials one after the other, split by a semicolon, both act.
def test_agencies_split_by_a_semicolon_both_lead():
    text = ("1. Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ\nchức năng, nhiệm vụ được giao, có trách nhiệm"
            " triển khai thực hiện và tăng cường\nphối hợp đảm bảo thực hiện đồng bộ, hiệu quả.")
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == \
        ["Thủ trưởng các Sở, ban, ngành", "Chủ tịch UBND cấp xã"]


# 010/CT-UBND (fifth round): a directive's own "Tổ chức thực hiện" items are requests, beside its sections of work.
DIRECTIVE_SECTIONS = """Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường
nâng cao trách nhiệm, tập trung thực hiện các nội dung sau:
I.
Trách nhiệm phối hợp trong công tác thẩm định chủ trương đầu tư dự án
1.
Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến thẩm định, chịu trách nhiệm
trước UBND tỉnh, Chủ tịch UBND tỉnh và pháp luật các nội dung sau:
a) Đánh giá sự phù hợp của
dự án đầu tư với quy hoạch tỉnh.
b) Đánh giá sơ bộ về hiệu
quả kinh tế - xã hội của dự án đầu tư.
II.
Trách nhiệm phối hợp giải quyết thủ tục đầu tư và quản lý dự án
1. Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường, UBND cấp xã theo chức năng, nhiệm vụ được giao có
trách nhiệm phối hợp công bố đầy đủ, công khai thông tin về quy hoạch.
2. Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của
mình, có trách nhiệm phối hợp cung cấp thông tin thuộc thẩm quyền quản lý.
III. Tổ chức thực hiện
1. Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ
chức năng, nhiệm vụ được giao, có trách nhiệm triển khai thực hiện.
2. Giao Sở Tài chính chủ trì theo dõi, tổng hợp các khó khăn,
vướng mắc, kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh xem xét, giải quyết."""


def test_a_directives_carrying_out_section_is_a_task_section():
    lines = split_lines(DIRECTIVE_SECTIONS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [t["label"] for t in found] == ["I.1", "II.1", "II.2", "III.1", "III.2"]
    assert found[4]["lead"] == ["Sở Tài chính"]


# 230/CĐ-TTg (fifth round): three wordings of a directive's subject.
CONG_DIEN_SUBJECTS = [
    # item 2: "trực thuộc trung ương" in lower case is still the unit the provinces belong to
    ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"
     " trực thuộc trung ương chủ trì, phối hợp với cơ quan thanh tra khẩn trương hoàn thành việc cập nhật",
     "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"
     " trực thuộc trung ương"),
    # item 3: "các cơ quan thanh tra" (a body named by what it does, the tagger reads "thanh tra" as a verb)
    ("các cơ quan thanh tra căn cứ chức năng, nhiệm vụ được giao khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên",
     "các cơ quan thanh tra"),
    # item 4: the agency's role after a dash ("- Cơ quan Thường trực Ban Chỉ đạo 751") is no part of its name
    ("Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751 đôn đốc các Bộ, cơ quan, địa phương khẩn trương triển khai",
     "Bộ Tài chính"),
    # "đôn đốc" (tagged neither noun nor verb) after the name's number ends it
    ("Ban Chỉ đạo 751 đôn đốc các Bộ, cơ quan, địa phương khẩn trương triển khai thực hiện Công điện này",
     "Ban Chỉ đạo 751"),
]


@pytest.mark.parametrize("text,agency", CONG_DIEN_SUBJECTS)
def test_cong_dien_subject(text, agency):
    assert tasks.leading_agency(text) == agency


# 637/TB-VPCP (fifth round): "(1)" … "(6)" under item "2." are its points, not items 3 to 6 of the list.
BRACKETED_POINTS = """Phó Thủ tướng Chính phủ Lê Thành Long kết luận như sau:
1. Ghi nhận, đánh giá cao và biểu dương sự nỗ lực,
cố gắng rất lớn của Bộ Y tế, Ban Quản lý dự án, các nhà thầu.
2. Để đảm bảo chất lượng, tiến độ hoàn thành 02
công trình dự án, yêu cầu Bộ Y tế, Ban Quản lý dự
án, các nhà thầu và các bộ, cơ quan liên quan tiếp tục quyết tâm, trong đó lưu ý một số nội dung trọng tâm như sau:
(1) Bộ Y tế chỉ đạo Ban Quản lý dự án, các đơn vị
liên quan phối hợp chặt chẽ với các cơ quan liên quan thuộc Bộ Xây dựng.
(2) Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế
phụ trách lĩnh vực tiếp tục bám sát tình hình thực tế.
(3) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn
Bộ Y tế, Ban Quản lý dự án và các nhà thầu.
(4) Bộ Xây dựng chỉ đạo các cơ quan liên quan tiếp
tục phối hợp, hướng dẫn Bộ Y tế."""


def test_bracketed_points_under_an_item_are_its_sub_items():
    lines = split_lines(BRACKETED_POINTS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [t["label"] for t in found] == ["2"]  # item 1 only praises (test below)
    assert "(4) Bộ Xây dựng" in found[0]["text"]


# 234/CĐ-TTg item 1 and 221-KL/TW item 2 (fifth round).
EMPHASIS_AND_GROUPS = [
    # an emphasis after the heading's name ("…, trong đó trọng tâm là các tỉnh: …") is no part of it
    ("1. Chủ tịch Ủy ban nhân\ndân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:\nĐắk Lắk,"
     " Khánh Hòa, Gia Lai và Lâm Đồng:\na) Tổ chức xây dựng kế hoạch\ncụ thể, phát động và triển khai ngay",
     ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"]),
    # a Party conclusion's request to groups: "tổ chức đảng" after a comma goes on the group ("tổ chức" tagged a verb)
    ("2. Yêu cầu các cấp ủy, tổ\nchức đảng, các cơ quan, đơn vị, địa phương nghiêm túc triển khai kịp thời, hiệu\nquả"
     " các kết luận, chỉ đạo của Ban Chấp hành Trung ương Đảng",
     ["các cấp ủy, tổ chức đảng", "các cơ quan, đơn vị, địa phương"]),
]



# 232/CĐ-TTg (fifth round): the agencies or places a subject lists after a colon are part of it.
LISTS_AFTER_A_COLON = [
    # the provinces an official's committee is named for: one entry, as written
    ("1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,\nKhánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính"
     " quyền cơ sở\nkhẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:",
     ["Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai",
      "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"]),
    # the ministers of the ministries listed: one each
    ("3. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực\nlượng quân đội, công an địa phương và các lực lượng khác hỗ"
     " trợ người dân sửa\nchữa, xây dựng lại nhà cửa theo đề nghị của địa phương.",
     ["Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an"]),
]


@pytest.mark.parametrize("text,lead", DIRECTIVE_ITEM_LEADS + EMPHASIS_AND_GROUPS + LISTS_AFTER_A_COLON)
def test_directive_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


# 221-KL/TW (fifth round): a numbered conclusion that only agrees and praises asks nothing (gold/README: 330/TB-VPCP item 1).
PRAISE_FIRST = """Bộ Chính trị, Ban Bí thư kết luận như
sau:
1. Cơ bản thống nhất với
Báo cáo của Ban Tổ chức Trung ương về tình hình, kết quả hoạt động của bộ máy
hệ thống chính trị và chính quyền địa phương 2 cấp tháng 11/2025.
Bộ Chính trị, Ban Bí thư ghi nhận
và biểu dương các cấp uỷ, tổ chức đảng đã tiếp tục nỗ lực, khắc phục khó khăn.
2. Yêu cầu các cấp uỷ, tổ
chức đảng, các cơ quan, đơn vị, địa phương nghiêm túc triển khai kịp thời, hiệu
quả các kết luận, chỉ đạo của Ban Chấp hành Trung ương Đảng.
3. Giao Đảng uỷ Chính phủ
lãnh đạo, chỉ đạo các bộ, ngành tiếp tục phối hợp với Bộ Tư pháp."""


def test_a_conclusion_that_only_praises_is_no_task():
    lines = split_lines(PRAISE_FIRST)
    assert [t["label"] for t in tasks.find_tasks(lines, 0, len(lines), plan=False)] == ["2", "3"]


# Sixth round (documents offices receive most: a city's công văn, a decision's attached plan, a Party conclusion;
# thuvienphapluat pages from tnt305/tai_lieu_noi_bo, lines as cleanup gives them; gold/development/tasks_table.tsv).
SIXTH_ROUND_ITEM_LEADS = [
    # 4240/UBND-VX item 1: a request heading over dash sub-items, long for the groups whose heads it names; the head
    # governs its whole comma list (one entry up to the ';')
    ("1. Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy"
     " ban nhân Thành phố; Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu\n- Tiếp tục triển khai việc cập nhật cơ sở"
     " dữ liệu của toàn bộ cán bộ, công chức, viên chức",
     ["người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy ban"
      " nhân Thành phố", "Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu"]),
    # 4085/UBND-ĐT 1.3: "đặc khu" (the island unit of 2025) is one of the places of the group, not a word after it
    ("1.3. Giao Ủy ban nhân dân các phường, xã, đặc khu\n- Phối hợp thực hiện công tác rà soát dữ liệu số nhà trên cơ sở"
     " Kế hoạch số 515/KH-BCA-BNN&MT", ["Ủy ban nhân dân các phường, xã, đặc khu"]),
    # 4085/UBND-ĐT 1.2, 1.4: the sub-heading's paragraph opens on a directing verb whose object is a name
    ("1.2. Giao Công an Thành phố\nChỉ đạo Công an các phường, xã, đặc khu phối hợp và hướng dẫn Ủy ban nhân dân các"
     " phường, xã, đặc khu trong công tác rà soát", ["Công an Thành phố"]),
    ("1.4. Giao Sở Xây dựng\nTheo dõi, đôn đốc Ủy ban nhân dân các phường, xã, đặc khu thực hiện cập nhật thông tin số"
     " nhà vào cơ sở dữ liệu đất đai.", ["Sở Xây dựng"]),
    # 4085/UBND-ĐT item 2: a topic heading ("Về công tác …") over the dash that assigns it ("- Giao Sở Xây dựng chủ trì")
    ("2. Về công tác triển khai ứng dụng phần mềm thống nhất trong đánh số và gắn biển số nhà\n- Giao Sở Xây dựng chủ"
     " trì, phối hợp với Trung tâm Chuyển đổi số Thành phố, Công an Thành phố, Sở Nông nghiệp và Môi trường, tổ chức"
     " khảo sát", ["Sở Xây dựng"]),
    # 1627/QĐ-UBND IV.1.4: a sub-heading over a paragraph that opens on verbs one after the other (the page's lone "-"
    # was dropped by cleanup)
    ("1.4.\nỦy ban nhân dân các phường, xã, đặc khu\n\nTuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị"
     " thuộc phạm vi quản lý thực hiện nghiêm túc quy định", ["Ủy ban nhân dân các phường, xã, đặc khu"]),
    # 1627/QĐ-UBND IV.1.3: a colon inside the bracket naming its members is no end of the heading; the members lead
    # (since stop 19, as above)
    ("1.3.\nCác cơ quan quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Nông nghiệp và Môi trường, Công"
     " Thương, Tài chính, Khoa học và Công nghệ, Văn hóa,\nThể thao và Du lịch)\n- Phối hợp hướng dẫn các cơ quan, tổ"
     " chức, đơn vị, địa phương thực hiện kiểm kê",
     ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Tài chính", "Sở Khoa học và Công nghệ",
      "Sở Văn hóa, Thể thao và Du lịch"]),
    # 07-KL/VPTW item 2: a topic heading whose paragraph's last sentence hands the points below to its subject (after a
    # clause: "…; căn cứ vào …, Văn phòng … cụ thể hóa …, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:"); a
    # Party committee the tagger cuts in two ("tỉnh ủy")
    ("2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027\n\nThời gian tới, tình hình thế giới và khu vực tiếp tục diễn"
     " biến phức tạp, khó lường. Quán triệt sâu sắc ý kiến phát biểu chỉ đạo của đồng chí Thường trực Ban Bí thư; căn cứ"
     " vào phương hướng, nhiệm vụ, mục tiêu đã nêu trong Báo cáo, Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy,"
     " thành ủy cụ thể hóa để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:\n\n(1) Tích"
     " cực, chủ động, sáng tạo, khoa học hơn nữa",
     ["Văn phòng Trung ương Đảng", "các văn phòng tỉnh ủy, thành ủy"]),
    # the Party committee and government of a level as subject, without "các" (641/TB-VPCP I.1; 432-TB/VPTW 4.5 of the
    # fifth round, whose emphasis ", nhất là …" ends the name)
    ("1. Cấp ủy, chính quyền Thành phố phải xác định việc tổ chức và vận hành hiệu quả chính quyền địa phương 02 cấp"
     " là nhiệm vụ hết sức quan trọng của cả hệ thống chính trị.", ["Cấp ủy, chính quyền Thành phố"]),
    ("4.5. Cấp uỷ,\nchính quyền địa phương các cấp, nhất là thành phố Hà Nội, Thành phố Hồ Chí Minh\nvà các đô thị lớn"
     " phải đi đầu trong chuyển đổi mô hình chăm sóc trẻ em có hoàn\ncảnh đặc biệt.",
     ["Cấp ủy, chính quyền địa phương các cấp"]),
    # 380/NQ-CP III.5: the issuer asking others ("Chính phủ trân trọng đề nghị …"): who is asked leads
    ("5. Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên, các tổ"
     " chức chính trị xã hội, Hội Chữ thập đỏ Việt Nam, theo nhiệm vụ, quyền hạn của mình chủ động thúc đẩy hợp tác"
     " quốc tế", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "các tổ chức thành viên",
                  "các tổ chức chính trị xã hội", "Hội Chữ thập đỏ Việt Nam"]),
]


@pytest.mark.parametrize("text,lead", SIXTH_ROUND_ITEM_LEADS)
def test_sixth_round_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


# 2629/QĐ-TTg Phụ lục II (abridged): a header cell over two lines, group rows whose TT cell the text lost ("Hoàn thiện
# thể chế" over row 1), sub-group rows ("III.1", "III.1.1") the count runs on under, a lead cell broken after an
# agency's head ("Bộ Công an, Bộ" / "Khoa học và Công nghệ").
GROUPED_TASK_TABLE = """PHỤ LỤC II
DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN
TT
Nhiệm vụ, giải
pháp
Cơ quan chủ trì
Cơ quan phối hợp
Kết quả
Thời gian thực hiện
Hoàn thiện thể chế
1
Nghiên cứu, xây dựng Luật Chuyển đổi số và các
Nghị định, văn bản hướng dẫn thi hành, thay thế để đẩy mạnh chuyển đổi số.
Bộ Khoa học và
Công nghệ
Bộ Công an, Bộ Tài chính, Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan
Trình Quốc hội dự thảo Luật
Tháng 12/2025
2
Xây dựng các tiêu chuẩn, quy chuẩn, hướng dẫn kỹ thuật về Chính phủ số.
Bộ Công an, Bộ
Khoa học và Công nghệ
Các bộ, ngành có liên quan
Tiêu chuẩn, Quy chuẩn, Hướng dẫn kỹ thuật được ban hành
Năm 2025-2030
III
Phát triển các ứng dụng, nền tảng số cho Chính phủ số
III.1
Nhóm ứng dụng, nền tảng số quy mô quốc gia
III.1.1
Nhóm các nền tảng số giải quyết thủ tục hành chính và tương tác với người dân, doanh nghiệp
1
Triển khai Cổng Dịch vụ công quốc gia tại Trung tâm Dữ liệu quốc gia.
Bộ Công an
Các bộ, ngành, địa phương
Hoàn thành, khai thác sử dụng
Tháng 02/2026
III.1.2
Nhóm các nền tảng phục vụ quản trị và chỉ đạo, điều hành
2
Phát triển Hệ thống thông tin báo cáo Chính phủ.
Văn phòng Chính phủ
Các bộ, ngành, địa phương
Hoàn thành, khai thác sử dụng
Năm 2025-2026
IV
Phát triển hạ tầng Chính phủ số
1
Phát triển, hoàn thiện Hệ thống chứng thực chữ ký số chuyên dùng công vụ dùng chung cho các cơ quan nhà nước.
Ban Cơ yếu Chính phủ
Các bộ, ngành, địa phương
Hệ thống vận hành ổn định
Năm 2025-2030
"""


def test_a_task_table_with_groups_and_sub_groups():
    lines = split_lines(GROUPED_TASK_TABLE)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I.1", ["Bộ Khoa học và Công nghệ"]), ("I.2", ["Bộ Công an", "Bộ Khoa học và Công nghệ"]),
        ("III.1", ["Bộ Công an"]), ("III.2", ["Văn phòng Chính phủ"]), ("IV.1", ["Ban Cơ yếu Chính phủ"])]
    assert found[0]["coordinators"][:3] == ["Bộ Công an", "Bộ Tài chính", "Bộ Nội vụ"]
    assert found[0]["timeline"] == "Tháng 12/2025"


# 1627/QĐ-UBND's attached plan (abridged): "III. NỘI DUNG THỰC HIỆN" lists actions naming nobody; "IV. NHIỆM VỤ CỤ
# THỂ" hands them to the steering committee's members and the agencies under sub-headings: that is the list.
SPECIFIC_DUTIES = """III. NỘI DUNG THỰC HIỆN
1. Thành lập mới hoặc kiện toàn Ban chỉ đạo kiểm kê của địa phương.
2. Xây dựng, ban hành kế hoạch kiểm kê của địa phương.
3. Tổng hợp, báo cáo, công bố kết quả Tổng kiểm kê.
IV. NHIỆM VỤ CỤ THỂ
1. Nhiệm vụ của thành viên Ban Chỉ đạo
1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo
- Tuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị, doanh nghiệp thuộc phạm vi quản lý.
1.4. Ủy ban nhân dân các phường, xã, đặc khu
- Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã.
V. KINH PHÍ THỰC HIỆN
Thực hiện theo quy định.
VI. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các phường, xã, đặc khu căn cứ nội dung Kế hoạch để thành lập Ban Chỉ đạo.
"""


def test_specific_duties_section_beside_actions_naming_nobody():
    lines = split_lines(SPECIFIC_DUTIES)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Sở Tài chính", "Ủy ban nhân dân các phường, xã, đặc khu"])]


# 07-KL/VPTW item 1: a numbered conclusion that only assesses what was done (results, then shortcomings) asks nothing.
ASSESSMENT_FIRST = """Đồng chí Chánh Văn phòng Trung ương Đảng đã phát biểu kết luận Hội nghị như sau:
1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay
Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy đã đoàn kết, tận tụy, chủ động, sáng tạo.
Tuy nhiên, hoạt động của Văn phòng Trung ương Đảng vẫn còn một số tồn tại, hạn chế như: Tiến độ trình một số đề án còn chậm.
2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027
Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy cụ thể hóa để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:
(1) Nâng cao chất lượng công tác tham mưu, tổng hợp."""


def test_a_conclusion_that_only_assesses_is_no_task():
    lines = split_lines(ASSESSMENT_FIRST)
    assert [t["label"] for t in tasks.find_tasks(lines, 0, len(lines), plan=False)] == ["2"]


# 623/TB-VPCP (sixth round): a notice's section whose opening sentence obliges its subject before the colon over the
# items ("…, tỉnh Đắk Lắk cần tiếp tục thực hiện …, trong đó lưu ý …:"), and a topic's answer that goes on with a
# second agency's sentence.
OBLIGED_SECTION = """II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI
Để tiếp tục tháo gỡ các khó khăn, vướng mắc trong phát triển kinh tế - xã hội, giải ngân vốn đầu tư công và thực hiện chính quyền địa phương 02 cấp, tỉnh Đắk Lắk cần tiếp tục thực hiện quyết liệt, đồng bộ, hiệu quả các chủ trương của Đảng, trong đó lưu ý tập trung thực hiện một số nội dung trọng tâm sau:
1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội đã được Hội đồng nhân dân tỉnh giao từ đầu năm.
2. Đẩy mạnh giải ngân đầu tư công.
III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH
1. Về kiến nghị xem xét, trình Quốc hội phê duyệt chủ trương đầu tư các Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030:
Bộ Nông nghiệp và Môi trường khẩn trương chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo, Bộ Tài chính và các cơ quan liên quan, hoàn thiện Báo cáo trình Quốc hội.
Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia.
2. Về đề nghị hướng dẫn việc xây dựng bộ tiêu chí đánh giá xếp loại chất lượng đối với tập thể, cá nhân (KPI):
Giao Bộ Nội vụ khẩn trương hoàn thiện Nghị định đánh giá, xếp loại chất lượng đối với cơ quan hành chính nhà nước.
Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Đắk Lắk và các Bộ, cơ quan liên quan biết, thực hiện./."""


def test_a_section_obliging_its_subject_and_a_topic_answered_by_two_agencies():
    lines = split_lines(OBLIGED_SECTION)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("II.1", ["tỉnh Đắk Lắk"]), ("II.2", ["tỉnh Đắk Lắk"]),
        ("III.1", ["Bộ Nông nghiệp và Môi trường", "Bộ Tài chính"]), ("III.2", ["Bộ Nội vụ"])]


# 4385/QĐ-BVHTTDL's attached plan (abridged): "II. NỘI DUNG CHỦ YẾU" sets out the plan's aims, projects, land use and
# resources (properties of the plan), "III. GIẢI PHÁP THỰC HIỆN" is one paragraph with no numbered items: the work is
# handed out in "IV. TỔ CHỨC THỰC HIỆN", whose items are the tasks (no roman prefix).
PLAN_WITHOUT_NUMBERED_WORK = """II. NỘI DUNG CHỦ YẾU
1. Mục tiêu phát triển và tầm nhìn đến năm 2045
a) Mục tiêu phát triển
2. Các chương trình, dự án triển khai thực hiện quy hoạch
a) Về các dự án đầu tư công
3. Kế hoạch sử dụng đất
a) Kế hoạch sử dụng đất giai đoạn 2021-2025: Thực hiện theo các Quyết định của Thủ tướng Chính phủ.
4. Nguồn lực và việc sử dụng nguồn lực để thực hiện quy hoạch
Nhu cầu vốn đầu tư mạng lưới cơ sở văn hóa và thể thao quốc gia dự kiến khoảng 121.732 tỷ đồng.
III. GIẢI PHÁP THỰC HIỆN
Triển khai thực hiện đồng bộ, có trọng tâm, trọng điểm và hiệu quả 08 nhóm giải pháp đã được đề ra tại Quyết định số 991/QĐ-TTg.
IV. TỔ CHỨC THỰC HIỆN
1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam
a) Tổ chức tuyên truyền phổ biến nội dung quy hoạch.
2. Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch
Chủ trì, phối hợp với các Bộ, ngành liên quan trong việc ưu tiên bố trí nguồn lực.
3. Các tổ chức, cá nhân liên quan
Phối hợp với các cơ quan có thẩm quyền trong việc triển khai thực hiện nội dung quy hoạch./."""


def test_a_plan_whose_contents_are_properties_and_whose_solutions_have_no_items():
    lines = split_lines(PLAN_WITHOUT_NUMBERED_WORK)
    found = tasks.find_tasks(lines, 0, len(lines), plan=True)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"]),
        ("2", ["Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch"]), ("3", [])]


# 641/TB-VPCP (sixth round, abridged): the notice's "I. ĐÁNH GIÁ CHUNG" goes on to ask for its numbered items
# ("…, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:"), and a topic's answer that
# opens on what was done ("Về vấn đề này, Chính phủ đã ban hành …") before its request ("Các bộ, ngành … hoàn thiện …").
ASSESSMENT_THEN_REQUESTS = """I. ĐÁNH GIÁ CHUNG
Ghi nhận, biểu dương và đánh giá cao tinh thần đoàn kết, tích cực triển khai các nhiệm vụ của Thành phố trong thời gian qua.
Để tiếp tục vận hành chính quyền địa phương 02 cấp hoạt động hiệu lực, hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:
1. Tăng cường hiệu quả hoạt động của bộ máy chính quyền cấp xã.
2. Thúc đẩy mạnh mẽ chuyển đổi số.
II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ
1. Về đề nghị Bộ Khoa học và Công nghệ phối hợp với các bộ, ngành rà soát, hoàn thiện đưa vào khai thác hiệu quả cơ sở dữ liệu quốc gia: Về vấn đề này, Chính phủ đã ban hành Nghị quyết số 214/NQ-CP ngày 23 tháng 7 năm 2025. Các bộ, ngành trên cơ sở nhiệm vụ được giao tại các văn bản nêu trên, hoàn thiện cơ sở dữ liệu quốc gia trong ngành, lĩnh vực thuộc phạm vi quản lý.
Văn phòng Chính phủ xin trân trọng thông báo./."""


def test_an_assessment_section_that_asks_for_its_items_and_a_topic_answered_after_a_report():
    lines = split_lines(ASSESSMENT_THEN_REQUESTS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I.1", ["thành phố Đà Nẵng"]), ("I.2", ["thành phố Đà Nẵng"]), ("II.1", ["Các bộ, ngành"])]


# 432-TB/VPTW item 4 (fifth round, regression): a topic heading over numbered sub-items that each name their agency
# ("4.1. Giao Đảng uỷ Chính phủ: …", "4.2. Giao Đảng uỷ Công an Trung ương chủ trì …") takes every sub-heading's agency,
# not only the one sub-item that says "chủ trì".
TOPIC_OVER_NUMBERED_SUB_ITEMS = """1. Giảm tối đa số trẻ bị bỏ rơi mới: Đây là nhiệm vụ ưu tiên mang tính nhân văn và căn cơ nhất.
2. Bảo đảm mọi trẻ bị bỏ rơi đều được tiếp nhận, chăm sóc an toàn và kịp thời.
3. Đổi mới mô hình chăm sóc trẻ em có hoàn cảnh đặc biệt, nâng cao năng lực hệ thống cơ sở bảo trợ xã hội hiện có.
4. Về phân công nhiệm vụ của các cơ quan liên quan:
4.1. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng và hoàn thiện quy trình liên thông.
4.2. Giao Đảng uỷ Công an Trung ương chủ trì, phối hợp với Đảng uỷ Bộ Tư pháp chỉ đạo chính quyền cơ sở.
4.3. Giao Đảng uỷ Quốc hội chỉ đạo các cơ quan liên quan rà soát, hoàn thiện các quy định của pháp luật."""


def test_a_topic_over_numbered_sub_items_takes_each_sub_heading():
    lines = split_lines(TOPIC_OVER_NUMBERED_SUB_ITEMS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert found[-1]["label"] == "4"
    assert [fold(a) for a in found[-1]["lead"]] == ["dang uy chinh phu", "dang uy cong an trung uong", "dang uy quoc hoi"]


# Eighth round (leads8), dispatches of ministries (thuvienphapluat texts stored by johnPa02/thuvienphapluat-crawler):
# one wording class each, the lines quoted from the documents.
EIGHTH_ROUND_ITEM_LEADS = [
    # 627/BYT-BH item 5: the issuer asking an agency written by its abbreviation ("BHXH Việt Nam"): who is asked leads
    ("5. Bộ Y tế đề nghị BHXH Việt Nam chỉ đạo, hướng dẫn BHXH các tỉnh, thành phố trực thuộc trung ương nghiên cứu,"
     " phối hợp với các đơn vị trên địa bàn triển khai thực hiện đúng theo các nội dung hướng dẫn tại công văn này.",
     ["BHXH Việt Nam"]),
    # 627/BYT-BH item 4: the issuer speaking over its points ("…, Bộ Y tế:"), the first of which asks the heads of the
    # units ("a) Đề nghị Thủ trưởng các đơn vị chủ trì …"); its own undertaking (b) names no one else
    ("4. Để bảo đảm sử dụng quỹ KCB BHYT hợp lý, hiệu quả; nâng cao trách nhiệm của cơ sở KCB và của người tham gia"
     " BHYT, đồng thời, bảo đảm quyền lợi của người tham gia BHYT, Bộ Y tế:\na) Đề nghị Thủ trưởng các đơn vị chủ trì,"
     " phối hợp với BHXH tỉnh, thành phố và các cơ quan, đơn vị có liên quan:\n- Thường xuyên tổ chức quán triệt đến cán"
     " bộ, viên chức, người lao động thuộc quyền quản lý.\nb) Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với các cơ"
     " quan, đơn vị có liên quan tổ chức kiểm tra việc tổ chức thực hiện chính sách, pháp luật về BHYT.",
     ["Thủ trưởng các đơn vị"]),
    # 19046/BTC-TCHQ item 8: "các trường hợp" (the cases) is no group of schools ("Trường …"): nobody named
    ("8. Về kiểm tra thực tế hàng hóa 8.1. Các trường hợp miễn kiểm tra thực tế hàng hóa: Hàng hóa phục vụ yêu cầu"
     " khẩn cấp; Hàng hóa chuyên dùng phục vụ quốc phòng, an ninh.\n8.2. Các trường hợp khác: việc kiểm tra thực tế"
     " hàng hóa được thực hiện trên cơ sở áp dụng quản lý rủi ro.", []),
    # 627/BYT-BH 2.b: a case opening the item ("Trường hợp người tham gia BHYT …") is nobody who acts
    ("2. Trường hợp người tham gia BHYT được bệnh viện chỉ định điều trị nội trú ban ngày thì được xác định như điều trị"
     " nội trú.", []),
    # 199/KH-UBND item 2's point: "Ban hành …" is the verb (issue), no board ("Ban …")
    ("+ Ban hành Đề án “Xây dựng xã, phường không ma túy trên địa bàn tỉnh Hưng Yên giai đoạn 2026-2030” (đã hoàn"
     " thành trong tháng 4/2026).", []),
    # 6087/BYT-KCB item 1 (to the provinces' chairmen): the directing verb's object named to chair leads; item 2's
    # object is named to act with others, not to chair ("Chỉ đạo Sở Tư pháp kết hợp với …"): nobody
    ("1. Chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ngành liên quan tổ chức quán triệt phổ biến kiến thức pháp luật"
     " về khám bệnh, chữa bệnh.", ["Sở Y tế"]),
    ("2. Chỉ đạo Sở Tư pháp kết hợp với Công an tỉnh và Sở Y tế thực hiện Công văn số 3571/BTP-TTLLTPQG ngày 13/5/2013"
     " của Bộ Tư pháp.", []),
    # 778/TCHQ-GSQL II.7: an office named by where it acts ("Chi cục Hải quan nơi đang lưu giữ hàng hóa"), the clause
    # running to the sentence's verb (was cut to "Chi cục Hải quan nơi")
    ("7. Đối với hàng nhập khẩu chưa mở tờ khai hải quan, chủ hàng từ chối nhận hàng xin xuất trả\nCăn cứ văn bản từ"
     " chối nhận hàng và xin xuất trả của chủ hàng, Chi cục Hải quan nơi đang lưu giữ hàng hóa thực hiện việc kiểm tra"
     " và xử lý theo đúng quy định.", ["Chi cục Hải quan nơi đang lưu giữ hàng hóa"]),
    # 55/2007 Ninh Thuận (a decision's opening, Điều 2's numbered duties): a body named by what it is for ("Ban vì sự
    # tiến bộ phụ nữ …"), its lower-case words up to the sentence's verb (was none; "Ban Vì sự" with a capital V)
    ("2. Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã căn cứ Kế hoạch hành động của tỉnh và tình hình"
     " thực tế, tiến hành xây dựng và triển khai thực hiện Kế hoạch hành động vì sự tiến bộ phụ nữ giai đoạn 2006 - 2010"
     " của ngành, địa phương.", ["Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã"]),
    # 778/TCHQ-GSQL II.5, II.12: an item headed by the case it covers, then the office that acts on it (the crawler
    # joined the heading to its paragraph; here as the dispatch lays them out, and as stored)
    ("5. Trường hợp sau khi hoàn thành thủ tục hải quan, người khai hải quan muốn rút hàng ra khỏi container ngay tại"
     " cảng mà không đưa container về kho doanh nghiệp\nChi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn doanh nghiệp cảng"
     " ngay sau khi doanh nghiệp hoàn thành việc rút hàng tại bãi thì gửi thông tin get- out container đến Hệ thống của"
     " hải quan.", ["Chi cục Hải quan nơi lưu giữ hàng hóa"]),
    ("12. Trường hợp doanh nghiệp cảng gửi thông tin sai số hiệu container get-in Nếu sai sót của doanh nghiệp cảng do"
     " cập nhật thông tin số hiệu container get-in bị sai so với thực tế, Chi cục Hải quan nơi quản lý cảng hướng dẫn"
     " doanh nghiệp cảng có văn bản xác nhận số hiệu container đã cập nhật sai.", ["Chi cục Hải quan nơi quản lý cảng"]),
    # 778/TCHQ-GSQL II.13: the acting office in the paragraph's second sentence
    ("13. Trường hợp doanh nghiệp đưa nhầm hàng vào cảng và doanh nghiệp cảng đã gửi thông tin container get-in (nhằm"
     " địa điểm hạ bãi) Sau khi tiếp nhận văn bản xác nhận về việc đưa hàng nhầm vào cảng của doanh nghiệp xuất nhập"
     " khẩu. Nếu không có dấu hiệu vi phạm, Chi cục Hải quan nơi lưu giữ hàng hóa thực hiện như sau:\n- Nhập chứng từ đủ"
     " điều kiện qua KVGS.", ["Chi cục Hải quan nơi lưu giữ hàng hóa"]),
]


@pytest.mark.parametrize("text,lead", EIGHTH_ROUND_ITEM_LEADS)
def test_eighth_round_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


# 778/TCHQ-GSQL (abridged): roman sections headed by whom their items concern; the third heading is its section's
# opening sentence, its subject directing the points ("III. Cục Hải quan TP.Hồ Chí Minh hướng dẫn … thực hiện nội dung
# sau:"); the second picks its offices out by what they have done ("II. Các Chi cục Hải quan đã triển khai …"): none.
SENTENCE_HEADINGS = """Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thông báo, hướng dẫn Chi cục Hải quan trực thuộc và người khai hải quan thực hiện nội dung sau:
I. Các Chi cục Hải quan trên toàn quốc
1. Hướng dẫn bổ sung việc khai báo, xử lý tờ khai vận chuyển độc lập (VCĐL):
II. Các Chi cục Hải quan đã triển khai Hệ thống kết nối, trao đổi thông tin điện tử với doanh nghiệp kinh doanh cảng, kho ,bãi tại khu vực cửa khẩu cảng biển theo quy định tại Điều 41 Luật Hải quan Đối với các Chi cục Hải quan đã triển khai Hệ thống kết nối, trao đổi thông tin với cảng biển, Tổng cục Hải quan hướng dẫn bổ sung như sau:
1. Hàng lẻ đóng trong container đưa vào kho CFS trong khu vực cảng biển nơi lưu giữ container để chia tách, đóng ghép
III. Cục Hải quan TP.Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục HQCK cảng SGKV 1) thực hiện nội dung sau:
1. Xử lý container tồn đọng tại cảng Tân cảng Cát Lái chưa gửi thông tin get-out trên Hệ thống.
2. Một số lưu ý Trong thời gian chạy song song 2 quy trình, công chức hải quan giám sát không thực hiện xác nhận container qua khu vực giám sát."""


def test_a_heading_that_is_its_sections_opening_sentence_gives_its_subject():
    lines = split_lines(SENTENCE_HEADINGS)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("I.1", ["Các Chi cục Hải quan trên toàn quốc"]), ("II.1", []),
        ("III.1", ["Cục Hải quan TP.Hồ Chí Minh"]), ("III.2", ["Cục Hải quan TP.Hồ Chí Minh"])]


@pytest.mark.parametrize("names, want", [
    # 1305/TCT-KK (OCR'd): two kinds of body, each named in full, the second in lower case after a comma
    ("ngân hàng thương mại, chi nhánh ngân hàng nước ngoài", ["ngân hàng thương mại", "chi nhánh ngân hàng nước ngoài"]),
    # a group and the generic words that go on it stay one entry
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"]),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Các sở, ban, ngành, đoàn thể cấp tỉnh", ["Các sở, ban, ngành, đoàn thể cấp tỉnh"]),
])
def test_second_body_in_lower_case_after_a_comma(names, want):
    assert tasks.split_agencies(names) == want


# Ninth round (leads9), thuvienphapluat texts of johnPa02/thuvienphapluat-crawler, one wording class a case.
NINTH_ROUND_ITEM_LEADS = [
    # 3176/QĐ-BYT Điều 2 item 3: a kind of facility named by what it does (was cut to "Thủ trưởng các cơ sở")
    ("3. Thủ trưởng các cơ sở khám bệnh, chữa bệnh trong toàn quốc trực tiếp chỉ đạo tổ chức triển khai thực hiện đầy"
     " đủ, chất lượng, hiệu quả, đúng tiến độ.", ["Thủ trưởng các cơ sở khám bệnh, chữa bệnh"]),
    # 6556/QĐ-BYT Điều 4 item 1: the same kind as the subject (was "Các cơ sở")
    ("1. Các cơ sở khám bệnh, chữa bệnh có trách nhiệm hoàn thiện phần mềm để thực hiện lập, cung cấp bảng kê chi phí"
     " khám bệnh, chữa bệnh theo đúng quy định.", ["Các cơ sở khám bệnh, chữa bệnh"]),
    # 2010/QĐ-BYT Điều 5: a public service named in lower case by its kind after "cơ quan" goes on the group (was
    # "Các cơ sở"); the catch-all after "và" stays out
    ("2. Các cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội và các cơ quan có liên quan có trách nhiệm cập nhật,"
     " chuyển đổi các danh mục mã dùng chung ban hành kèm theo Quyết định này vào phần mềm.",
     ["Các cơ sở khám bệnh, chữa bệnh, cơ quan bảo hiểm xã hội"]),
]


@pytest.mark.parametrize("text,lead", NINTH_ROUND_ITEM_LEADS)
def test_ninth_round_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


# 3176/QĐ-BYT (abridged) as the crawler stores it: each article after the chunk title it repeats ("Quyết định 3176/QĐ-BYT
# năm 2024. Điều 2. …"). Read as articles, the decision's implementation article hands out no list of requests (gold/
# README: a Quyết định's "Tổ chức thực hiện" article gives tasks []); unread, its numbered duties were taken as tasks.
CHUNKED_DECISION = """QUYẾT ĐỊNH:

Quyết định 3176/QĐ-BYT năm 2024. Điều 1. 
Sửa đổi, bổ sung tạm thời các Bảng chỉ tiêu dữ liệu ban hành kèm theo Quyết định số 4750/QĐ-BYT ngày 29 tháng 12 năm 2023 của Bộ trưởng Bộ Y tế tại Phụ lục kèm theo Quyết định này.

Quyết định 3176/QĐ-BYT năm 2024. Điều 2. Tổ chức thực hiện
1. Bảo hiểm xã hội Việt Nam
a) Bảo đảm các điều kiện cần thiết để triển khai tiếp nhận dữ liệu kịp thời, thuận tiện;
b) Bố trí nhân lực hỗ trợ, xử lý kịp thời các vướng mắc liên quan đến Cổng tiếp nhận dữ liệu.
2. Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương khẩn trương chỉ đạo, hướng dẫn các cơ sở khám bệnh, chữa bệnh thuộc quyền quản lý triển khai thực hiện đầy đủ, kịp thời.
3. Thủ trưởng các cơ sở khám bệnh, chữa bệnh trong toàn quốc trực tiếp chỉ đạo tổ chức triển khai thực hiện đầy đủ, chất lượng, hiệu quả, đúng tiến độ.

Quyết định 3176/QĐ-BYT năm 2024. Điều 3.
Quyết định này có hiệu lực kể từ ngày ký, ban hành."""


def test_articles_after_a_crawlers_chunk_title_are_articles():
    lines = split_lines(CHUNKED_DECISION)
    assert tasks.find_tasks(lines, 0, len(lines), plan=True) == []
    # the same article as a list of requests still gives its items ("Điều 2. Giao …: 1. … 2. …")
    asked = CHUNKED_DECISION.replace("Điều 2. Tổ chức thực hiện", "Điều 2. Giao Bộ Y tế:")
    lines = split_lines(asked)
    assert [t["label"] for t in tasks.find_tasks(lines, 0, len(lines), plan=True)] == ["1", "2", "3"]


def test_an_article_after_a_chunk_title_with_the_decisions_subject():
    # 1500/QĐ-BHXH as stored: the chunk title carries the decision's subject before the article ("… do Tổng Giám đốc
    # Bảo hiểm xã hội Việt Nam ban hành. Điều 2. …"); the card's particulars (1. Kích thước, 2. Chất liệu …) are no tasks
    title = ("Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế cấp cho quân nhân, công an nhân dân, người làm công tác"
             " cơ yếu do Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành.")
    text = (f"QUYẾT ĐỊNH:\n{title} Điều 1. Ban hành mẫu thẻ bảo hiểm y tế (BHYT) cấp cho sỹ quan, quân nhân chuyên nghiệp.\n"
            f"{title} Điều 2. Phôi thẻ BHYT có kích thước, chất liệu và hình thức như sau:\n1. Kích thước:\nchiều dài 98 mm,"
            " chiều rộng 66 mm, theo khung viền mép ngoài của thẻ.\n2. Chất liệu: sử dụng giấy trắng định lượng 150g/m2.\n"
            f"{title} Điều 4. Tổ chức thực hiện\n1. Bảo hiểm xã hội Việt Nam có trách nhiệm kiểm tra, hướng dẫn Bảo hiểm xã"
            " hội Bộ Quốc phòng thực hiện theo đúng quy định tại Quyết định này.\n2. Bảo hiểm xã hội Bộ Quốc phòng, Bảo hiểm"
            " xã hội Công an nhân dân có trách nhiệm in phôi thẻ BHYT theo đúng quy định tại Quyết định này.\n"
            f"{title} Điều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký.")
    lines = split_lines(text)
    assert [m.kind for ln in lines if ln.text and (m := tasks._marker(ln)) and m.kind == "article"] == ["article"] * 4
    assert tasks.find_tasks(lines, 0, len(lines), plan=True) == []
