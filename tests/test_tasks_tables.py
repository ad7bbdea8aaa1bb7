"""Task tables of annexes as a PDF's text layer gives them (fourteenth round, leads14): each cell's lines in column
order, cells wrapped over several lines, two cells on one line set apart by spaces, the row number alone or before its
text, and at each page break a footnote, the gazette's running head, the page number and the header again. The texts
are the Công báo's own (hrmaster1982-dev/phapluat-8chude-data, docs/<topic>/*.txt, listed in
gold/development/reading_tasks.tsv), excerpts run through the whole pipeline (ingest, cleanup, parse); trailing
spaces dropped. Before this round none of these tables gave its rows (97/NQ-CP: no tasks; 844/QĐ-TTg: one task '1'
with no lead; 100/NQ-CP: the rows under group rows II and III read as a section's items, group I's lost, no lead)."""
from pipeline.batch import process_file

# 97/NQ-CP (Công báo 238/2026): the resolution's header, Điều 1 and 4, the signature, the annex's first two pages
# (rows 1-5, a footnote and a page break between rows 3 and 4; row 2's lead and coordinators on one line).
NQ97 = """CÔNG BÁO/Số 238/Ngày 21-04-2026
92


CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 97/NQ-CP
Hà Nội, ngày 06 tháng 4 năm 2026
NGHỊ QUYẾT
Sửa đổi, bổ sung nhiệm vụ trong Chương trình hành động của Chính phủ
thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của
Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật
đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới
_____________
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính
trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát
triển đất nước trong kỷ nguyên mới;
Căn cứ Chương trình số 12-CTr/BCĐ ngày 30 tháng 12 năm 2025 của
Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật;
Theo đề nghị của Bộ trưởng Bộ Tư pháp tại Tờ trình số 34/TTr-BTP ngày
17 tháng 03 năm 2026;
Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ.
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Phụ lục danh mục các nhiệm
vụ bổ sung trong Chương trình hành động của Chính phủ thực hiện Nghị quyết
số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi mới công tác
xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ
nguyên mới (ban hành kèm theo Nghị quyết số 140/NQ-CP ngày 17 tháng 5
năm 2025 của Chính phủ).
Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự thứ 5 mục IV của Phụ lục danh
Điều 4. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ
quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố và các cơ
quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị quyết này.

TM. CHÍNH PHỦ
THỦ TƯỚNG

Phạm Minh Chính


CÔNG BÁO/Số 238/Ngày 21-04-2026
94


Phụ lục
DANH MỤC CÁC NHIỆM VỤ BỔ SUNG TRONG CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ
THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30 THÁNG 4 NĂM 2025 CỦA BỘ CHÍNH TRỊ
VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT ĐÁP ỨNG YÊU CẦU
PHÁT TRIỂN ĐẤT NƯỚC TRONG KỶ NGUYÊN MỚI
(Kèm theo Nghị quyết số 97/NQ-CP ngày 06 tháng 4 năm 2026 của Chính phủ)
_______________
TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
bổ sung
1
Thực hiện nghiêm quy định các bộ, cơ
quan ngang bộ cơ cấu ít nhất một lãnh
đạo có chuyên môn pháp luật
Các bộ,
cơ quan ngang bộ
Bộ Nội vụ
Báo cáo
hằng năm
2026 và
hằng năm
Nghị quyết
số 66-
NQ/TW1
2
Thực hiện nghiêm chủ trương dứt khoát từ
bỏ tư duy “không quản được thì cấm” và
“bảo đảm sự cân đối, hợp lý giữa mức độ
hạn chế quyền với lợi ích chính đáng đạt
được” trong công tác xây dựng pháp luật
Các bộ,
cơ quan ngang bộ  Bộ Tư pháp
Các văn bản quy
phạm pháp luật
được ban hành
Thường
xuyên
Nghị quyết
số 66-
NQ/TW
3
Thực hiện nghiêm chủ trương “Chủ động
nghiên cứu chiến lược, chính sách từ
sớm, từ thực tiễn, từ kinh nghiệm của thế
giới, góp phần tăng cường tính dự báo và
nâng cao chất lượng công tác xây dựng
pháp luật”
Các bộ,
cơ quan ngang bộ
Bộ Tư pháp
Các đề tài, đề
án được triển
khai thực hiện
Thường
xuyên
Nghị quyết
số 66-
NQ/TW,
Nghị quyết số
140/NQ-CP2

1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới.
2 Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về
đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới.

CÔNG BÁO/Số 238/Ngày 21-04-2026
95


TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
Căn cứ
bổ sung
4
Tăng cường truyền thông thường xuyên,
sâu rộng về kết quả thực hiện Nghị quyết
số 66-NQ/TW
Các bộ, cơ quan
ngang bộ, UBND
tỉnh, thành phố
Bộ Tư pháp
Các hoạt động
tuyên truyền
được thực hiện
Thường
xuyên
Chương
trình số 12-
CTr/BCĐ3
5
Chủ động nghiên cứu, tham mưu Chính
phủ trình Quốc hội, Ủy ban Thường vụ
Quốc hội sửa đổi, bổ sung, ban hành mới
văn bản quy phạm pháp luật bảo đảm cơ sở
pháp lý đồng bộ cho hoạt động của bộ máy
nhà nước theo mô hình chính quyền 3 cấp
Các bộ,
cơ quan ngang bộ
Bộ Nội vụ,
Bộ Tư pháp
Các văn bản
quy phạm pháp
luật trình Quốc
hội, Ủy ban
Thường vụ
Quốc hội xem
xét, ban hành
2026
Chương
trình số 12-
CTr/BCĐ
"""

# 844/QĐ-TTg (Công báo 286/2026): the decision's header and signature, the annex over four pages (rows 1-14, group rows
# 'I. …' to 'IV. …' over a running count, a blank line after each row number, rows run over page breaks).
QD844 = """CÔNG BÁO/Số 286/Ngày 27-05-2026
89


THỦ TƯỚNG CHÍNH PHỦ
_______________

Số: 844/QĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
___________________________________________________
Hà Nội, ngày 13 tháng 5 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch hành động thực hiện
Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư
về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới
––––––

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật bảo hiểm y tế ngày 14 tháng 11 năm 2008, Luật sửa đổi, bổ
sung một số điều của Luật bảo hiểm y tế ngày 13 tháng 6 năm 2014; Luật sửa đổi,
bổ sung một số điều của Luật bảo hiểm y tế ngày 27 tháng 11 năm 2024;
Căn cứ Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về
thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới;
Theo đề nghị của Bộ trưởng Bộ Y tế.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động thực
hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về thực
hiện bảo hiểm y tế toàn dân trong giai đoạn mới.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc
Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và
các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.


KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
 [
Phạm Thị Thanh Trà


CÔNG BÁO/Số 286/Ngày 27-05-2026
95


PHỤ LỤC
DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH HÀNH ĐỘNG
THỰC HIỆN CHỈ THỊ SỐ 52-CT/TW NGÀY 03 THÁNG 10 NĂM 2025 CỦA BAN BÍ THƯ VỀ THỰC HIỆN
BẢO HIỂM Y TẾ TOÀN DÂN TRONG GIAI ĐOẠN MỚI
(Kèm theo Kế hoạch hành động ban hành kèm theo Quyết định số 844/QĐ-TTg
ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)
________________________________

STT
Tên nhiệm vụ cụ thể
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian hoàn
thành
I. Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo và tổ chức thực hiện công tác chăm sóc sức khoẻ
nhân dân
1.

Tăng cường lãnh đạo, chỉ đạo xây dựng và
tổ chức thực hiện hiệu quả các chủ trương,
chính sách, pháp luật, chương trình, kế
hoạch về bảo hiểm y tế.
Các
bộ
ở
Trung ương,
Ủy ban nhân
dân cấp tỉnh ở
địa phương
Các cơ quan, tổ
chức,
đơn
vị
khác
có
liên
quan.
Văn bản chỉ đạo
Thường xuyên
2.

Đưa các chỉ tiêu bao phủ về bảo hiểm y tế
vào nghị quyết, chương trình, kế hoạch phát
triển kinh tế - xã hội hằng năm và dài hạn
của địa phương
Ủy ban nhân
dân các cấp
Các cơ quan, tổ
chức, đơn vị có
liên quan.
Các chỉ tiêu được
đưa vào các Nghị
quyết,
chương
trình, kế hoạch
Hằng năm và
từng giai đoạn

3.

Bố trí ngân sách địa phương và huy động
mọi nguồn lực phù hợp để hỗ trợ thêm mức
đóng cho người dân tham gia bảo hiểm y tế
Ủy ban nhân
dân cấp tỉnh
trình
Hội
đồng
nhân
dân cùng cấp
Các cơ quan, tổ
chức, đơn vị có
liên quan.
Nghị quyết hỗ trợ
mức đóng cho các
nhóm đối tượng
Hằng năm và
từng giai đoạn


CÔNG BÁO/Số 286/Ngày 27-05-2026
96


STT
Tên nhiệm vụ cụ thể
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian hoàn
thành
4.

Đổi mới nội dung, hình thức, tăng cường công
tác truyền thông, tuyên truyền để phát triển đối
tượng tham gia bảo hiểm y tế, tập trung vào
đối tượng cá nhân tham gia bảo hiểm y tế theo
hộ gia đình
Bộ Tài chính
Các Bộ, ngành,
Ủy ban nhân dân
cấp tỉnh, cơ quan,
tổ chức, đơn vị có
liên quan
Các
kế
hoạch,
hoạt động truyền
thông về bảo hiểm
y tế được triển
khai
Thường xuyên
5.

Xây dựng Đề án về đổi mới, nâng cao hiệu quả
công tác truyền thông, phổ biến, giáo dục pháp
luật về thực hiện bảo hiểm y tế trong giai đoạn
mới.
Bộ Tài chính
Bộ Y tế, cơ quan,
đơn vị liên quan
Quyết định của
Bộ trưởng ban
hành Đề án
Quý I/2027
6.

Tăng cường đôn đốc, kiểm tra, giám sát việc
thực hiện đề án, chương trình, kế hoạch và việc
triển khai thực hiện các nhiệm vụ, giải pháp, lộ
trình cụ thể về bảo hiểm y tế đã được xây dựng
và thực hiện
Các
bộ
ở
Trung ương,
Ủy ban nhân
dân cấp tỉnh ở
địa phương
Các cơ quan, tổ
chức, đơn vị có
liên quan.
Kế
hoạch/hoạt
động hằng năm
Thường xuyên
II. Hoàn thiện thể chế về bảo hiểm y tế đáp ứng mục tiêu bao phủ bảo hiểm y tế toàn dân
7.

Xây dựng Nghị quyết về thí điểm đa dạng hóa
các gói bảo hiểm y tế, bảo hiểm y tế bổ sung
theo nhu cầu của người dân, tăng cường liên
kết, hợp tác giữa bảo hiểm y tế với bảo hiểm
sức khoẻ do các doanh nghiệp bảo hiểm cung
cấp để tránh trùng lặp thanh toán chi phí y tế
Bộ Y tế
Bộ Tài chính, các
bộ,
ngành,
cơ
quan, tổ chức có
liên quan
Nghị quyết quy
phạm pháp luật
của Chính phủ
Quý II/2028
8.
 Xây dựng Nghị định về tăng mức đóng bảo
hiểm y tế từ năm 2027 theo lộ trình phù hợp Bộ Y tế
Bộ Tài chính, các
bộ,
ngành,
cơ
Nghị
định
của
Chính phủ
Tháng 3/2027

CÔNG BÁO/Số 286/Ngày 27-05-2026
97


STT
Tên nhiệm vụ cụ thể
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian hoàn
thành
với việc mở rộng phạm vi quyền lợi, mức
hưởng bảo hiểm y tế trong đó tiếp tục nâng
mức hỗ trợ đóng bảo hiểm y tế cho các đối
tượng chính sách, người thuộc hộ cận nghèo,
người khuyết tật, người yếu thế, bảo đảm duy
trì bền vững và tăng tỷ lệ dân số tham gia bảo
hiểm y tế.
quan, tổ chức có
liên quan
9.

Xây dựng Nghị quyết về thí điểm huy động, đa
dạng, mở rộng các nguồn thu để bảo đảm bền
vững và phát triển Quỹ bảo hiểm y tế, trong đó
có cơ chế sử dụng một phần kinh phí từ thuế
đối với các sản phẩm thuốc lá, thuế rượu, bia,
đồ uống có đường... để chi trả cho một số dịch
vụ phòng bệnh, quản lý bệnh mãn tính, khám
sức khỏe định kỳ, khám sàng lọc, chẩn đoán và
phát hiện sớm một số bệnh, đặc biệt là các
bệnh không lây nhiễm.
Bộ Y tế
Bộ Tài chính, các
bộ,
ngành,
cơ
quan, tổ chức có
liên quan
Nghị quyết của
Chính phủ
Quý IV/2028
10.  Xây dựng Luật Bảo hiểm y tế sửa đổi.
Bộ Y tế
Bộ Tài chính, Bộ
Tư pháp, các bộ,
ngành, cơ quan, tổ
chức có liên quan
Luật Bảo hiểm y tế
(sửa đổi)
Quý I/2029
III. Nâng cao năng lực hệ thống cơ sở khám bệnh, chữa bệnh bảo hiểm y tế và chất lượng cung ứng dịch vụ khám
bệnh, chữa bệnh bảo hiểm y tế
11.
Từng bước triển khai phân luồng người bệnh
giữa các cấp chuyên môn kỹ thuật khám bệnh,
chữa bệnh để giảm điều trị các bệnh lý nhẹ,
Bộ Y tế, Sở Y tế
đối
với
địa
phương
Cơ sở khám bệnh,
chữa
bệnh,
cơ
Đề án/kế hoạch
triển khai
Từ quý II/2027

CÔNG BÁO/Số 286/Ngày 27-05-2026
98


STT
Tên nhiệm vụ cụ thể
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian hoàn
thành
bệnh thông thường ở cơ sở khám bệnh, chữa
bệnh cấp chuyên sâu
quan, đơn vị liên
quan
12.
Nghiên cứu cơ chế, bảo đảm điều kiện, tiêu chí
chuyên môn để triển khai cho người bệnh ra
viện vào thứ bảy, chủ nhật, ngày nghỉ, ngày lễ.
Cơ sở khám
bệnh,
chữa
bệnh
Bộ Y tế, Sở Y tế,
cơ quan, đơn vị
liên quan
Đề án/kế hoạch
triển khai
Từ quý I/2027
13.  Xây dựng Nghị quyết cho phép tính chi phí
quản lý vào giá dịch vụ y tế
Bộ Y tế
Bộ Tài chính, cơ
quan, đơn vị liên
quan
Nghị quyết của
Chính phủ
Đã hoàn thành
14.  Triển khai xây dựng giá phê duyệt giá dịch vụ
y tế mới có cấu phần chi phí quản lý
Cơ sở khám
bệnh,
chữa
bệnh trình cấp
có thẩm quyền
Các Bộ, ngành Ủy
ban nhân dân cấp
tỉnh, Sở Y tế cơ
quan, đơn vị liên
quan
Quyết định phê
duyệt giá dịch vụ y
tế
Từ tháng 5/2026,
thường xuyên
IV. Tăng cường, nâng cao năng lực cho các cơ quan quản lý nhà nước và cơ quan tổ chức thực hiện về bảo hiểm y tế ở
Trung ương và địa phương, bảo đảm quản lý, sử dụng quỹ bảo hiểm y tế hiệu quả, cân đối
"""


# 100/NQ-CP (Công báo 242/2026): the resolution's header and signature (its programme's body left out), the annex's
# first four pages (groups I-III, the count restarting under each; cells one or a few words a line; no header again
# after a page break).
NQ100 = """CÔNG BÁO/Số 242/Ngày 22-04-2026
49


 CHÍNH PHỦ

Số:  100/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 06 tháng 4 năm 2026

NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ
thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư
về công tác phi chính phủ nước ngoài giai đoạn 2026 - 2030

CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Trên cơ sở ý kiến biểu quyết của các thành viên Chính phủ.
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính
phủ triển khai Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư về công
tác phi chính phủ nước ngoài giai đoạn 2026 - 2030.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.
Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ,
Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ
chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị quyết này./.


TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Bùi Thanh Sơn

Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cơ quan: VĂN PHÒNG CHÍNH PHỦ
Ngày ký: 2026-04-22 16:16:54 +07:00

CÔNG BÁO/Số 242/Ngày 22-04-2026
57


PHỤ LỤC
DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN
CHỈ THỊ SỐ 49-CT/TW NGÀY 28 THÁNG 6 NĂM 2025 CỦA BAN BÍ THƯ VỀ CÔNG TÁC PHI CHÍNH PHỦ
NƯỚC NGOÀI GIAI ĐOẠN 2026 - 2030
(Kèm theo Chương trình hành động tại Nghị quyết số 100/NQ-CP ngày 06 tháng 4 năm 2026 của Chính phủ)

TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ
quan
phối hợp
Kết quả/Đánh giá
Thời
hạn
hoàn thành
I.
Tăng cường sự lãnh đạo của Đảng; đổi mới tư
duy, thống nhất cao về nhận thức và hành
động trong công tác phi chính phủ nước ngoài
trong tình hình mới




1.
Tổ chức tuyên truyền, phổ biến, quán triệt thường
xuyên, sâu rộng về nội dung Chỉ thị số 49-CT/TW
và các chủ trương, chính sách của Đảng và Nhà
nước về công tác phi chính phủ nước ngoài nhằm
nâng cao nhận thức, trách nhiệm của các cấp
chính quyền và các tổ chức nhân dân về công tác
phi chính phủ nước ngoài trong tình hình mới với
hình thức và nội dung phù hợp. Đa dạng hóa, đổi
mới nội dung, phương thức, nâng cao chất lượng
và hiệu quả công tác tuyên truyền, phổ biến,
trong các cấp chính quyền và các tổ chức nhân
dân; cụ thể hóa nội dung tuyên truyền cho từng
nhóm đối tượng cơ quan, tổ chức ở Trung ương,
địa phương và cấp cơ sở.
Bộ Ngoại
giao
Các
Bộ,
ngành,
địa
phương, Ủy
ban Công tác
về
các
tổ
chức
PCPNN,
VTV, VOV,
TTXVN
Hội nghị, tập huấn,
báo cáo. Bảo đảm
100% cán bộ, đảng
viên được quán
triệt.
Thực
hiện
thường
xuyên, lồng
ghép
trong
nhiệm
vụ
thường
xuyên
về
tuyên truyền
trong
công
tác an ninh,
chính trị, đối
ngoại.

CÔNG BÁO/Số 242/Ngày 22-04-2026
58


2.
Tuyên truyền, phổ biến và triển khai công tác phi
chính phủ nước ngoài gắn với triển khai hiệu quả
Nghị quyết số 35-NQ/TW ngày 22/10/2018 của
Bộ Chính trị về tăng cường, bảo vệ nền tảng tư
tưởng của Đảng, đấu tranh phản bác các quan
điểm sai trái, thù địch trong tình hình mới; chủ
động đấu tranh, làm thất bại mọi âm mưu, hoạt
động chống phá, “diễn biến hòa bình”, can thiệp
nội bộ Việt Nam của các thế lực thù địch, bảo vệ
vững chắc chủ quyền, quyền chủ quyền, quyền
tài phán, các quyền và lợi ích hợp pháp, chính
đáng của Việt Nam phù hợp với luật pháp quốc
tế.
Bộ Ngoại
giao
Các
Bộ,
ngành,
địa
phương, Ủy
ban Công tác
về
các
tổ
chức
PCPNN
Chương trình, kế
hoạch, Đề án tuyên
truyền
Thực
hiện
thường
xuyên, lồng
ghép
trong
nhiệm
vụ
thường
xuyên
về
tuyên truyền
trong
công
tác an ninh,
chính trị, đối
ngoại.
3.
Đẩy mạnh chuyển đổi số, phát triển dữ liệu số,
tăng cường ứng dụng công nghệ thông tin, công
nghệ số và vận dụng các nền tảng trực tuyến
trong công tác thông tin, tuyên truyền về hoạt
động phi chính phủ nước ngoài.
Bộ Ngoại
giao
Các
Bộ,
ngành,
địa
phương, Ủy
ban Công tác
về
các
tổ
chức
PCPNN,
VTV, VOV,
TTXVN
Chương trình, kế
hoạch,
Đề
án
chuyển đổi số
Thực
hiện
thường
xuyên,
lồng
ghép
trong
nhiệm
vụ
thường xuyên
về
tuyên
truyền trong
công tác an
ninh,
chính
trị, đối ngoại.
4.
Nâng cao hiệu quả của các cơ chế phối hợp, trao
đổi thông tin giữa các bộ, ngành, địa phương, cơ
quan đầu mối về công tác phi chính phủ nước
ngoài nhằm chủ động nghiên cứu, dự báo tình
Bộ Ngoại
giao
Các
Bộ,
ngành,
địa
phương, Ủy
ban Công tác
Chương trình, kế
hoạch, Đề án, báo
cáo
Thực
hiện
thường
xuyên.


CÔNG BÁO/Số 242/Ngày 22-04-2026
59


hình, xu hướng thế giới, khu vực, đánh giá các yếu
tố chính trị, kinh tế an ninh, nhận diện đúng đắn,
đầy đủ mặt thuận và mặt không thuận, góp phần
nâng cao hiệu quả công tác phi chính phủ nước
ngoài; không gây phương hại đến an ninh và lợi
ích quốc gia – dân tộc; kịp thời tham mưu cho
Đảng, Nhà nước chỉ đạo các ban, bộ, ngành có kế
hoạch, biện pháp, phản ứng chính sách phù hợp,
kịp thời nhằm phòng ngừa, hạn chế các tác động
tiêu cực, tận dụng tối đa yếu tố thuận lợi và tranh
thủ nguồn lực viện trợ phi chính phủ nước ngoài.
về
các
tổ
chức
PCPNN

II.
Đẩy mạnh cải cách, hoàn thiện, nâng cao chất
lượng và hiệu quả thực thi thể chế, chính sách,
quy định pháp luật




1.
Nghiên cứu, đề xuất xây dựng văn bản quy phạm
pháp luật điều chỉnh tổng thể hoạt động các tổ
chức phi chính phủ, phi lợi nhuận nước ngoài và
tổ chức nhân dân, các hội, pháp nhân khác trong
nước hoạt động tại Việt Nam.
Bộ
Nội
vụ,
Bộ
Ngoại
giao
Bộ Công an,
Bộ
Tài
chính, Bộ Tư
pháp,
các
Bộ,
ngành
liên quan
Đề xuất xây dựng
Luật
Năm 2026 –
2030

2.
Tổng kết, đánh giá thực tiễn thi hành Nghị định
số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2002
của Chính phủ về đăng ký và quản lý hoạt động
của tổ chức phi chính phủ nước ngoài tại Việt
Nam, tham mưu, đề xuất Chính phủ sửa đổi, bổ
sung các quy định phù hợp với yêu cầu và thực
tiễn công tác.
Bộ Ngoại
giao
Bộ Tư pháp,
các
Bộ,
ngành,
địa
phương liên
quan
Nghị định được
ban hành
Năm 2026

CÔNG BÁO/Số 242/Ngày 22-04-2026
60


3.
Xây dựng quy định, chế tài xử phạt phù hợp với
tính chất, nội dung vi phạm trong hoạt động của
tổ chức phi chính phủ nước ngoài tại Việt Nam
và hoạt động hợp tác, tiếp nhận, quản lý sử dụng
tài trợ phi chính phủ nước ngoài của cơ quan đối
tác Việt Nam.
Bộ Ngoại
giao
Thanh
tra
Chính phủ,
Bộ Công an,
Bộ Tư pháp,
các
Bộ,
ngành
liên
quan
Đề xuất ban hành,
sửa đổi, bổ sung
Nghị định, Thông
tư
Năm 2026 -
2028
4.
Nâng cao hiệu lực, hiệu quả, tính nghiêm minh
trong tổ chức thi hành pháp luật; nâng cao ý thức
chấp hành pháp luật của cá nhân, tổ chức và toàn
xã hội trong các lĩnh vực liên quan hoạt động phi
chính phủ nước ngoài tại Việt Nam.
Các Bộ,
ngành,
địa
phương
Các
Bộ,
ngành,
địa
phương
Hội nghị phổ biến
pháp luật
Thực
hiện
thường
xuyên.

III.
Nâng cao chất lượng công tác quản lý nhà
nước đối với hoạt động và viện trợ phi chính
phủ nước ngoài theo hướng hiệu lực, hiệu quả,
hiện đại, chuyên nghiệp




1.
Xây dựng nền hành chính phục vụ và kiến tạo phát
triển, lấy người dân, đối tượng thụ hưởng làm
trung tâm trong công tác hành chính liên quan
hoạt động của tổ chức phi chính phủ nước ngoài;
hiện đại hoá quản trị công, quản trị dựa trên dữ
liệu. Thực hiện chuyển mạnh từ tiền kiểm sang
hậu kiểm gắn với tăng cường kiểm tra, giám sát.
Các Bộ,
ngành,
địa
phương
Các
Bộ,
ngành,
địa
phương
Chương trình, kế
hoạch, Đề án, văn
bản triển khai
Thực
hiện
thường
xuyên.

2.
Tạo mọi thuận lợi trong giải quyết thủ tục hành
chính; phân công, phân cấp, phân nhiệm rõ ràng
giữa các cấp, ngành của từng cơ quan, đơn vị, xác
định rõ trách nhiệm người đứng đầu trong giải
Các Bộ,
ngành,
địa
phương
Các
Bộ,
ngành,
địa
phương
Chương trình, kế
hoạch, Đề án, văn
bản triển khai
Thực
hiện
thường
xuyên.


"""


def _tasks(tmp_path, name: str, text: str) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = process_file(str(path))
    assert "error" not in result, result
    [doc] = result["documents"]
    return doc["tasks"]


def test_resolution_annex_table_over_pages(tmp_path):
    got = _tasks(tmp_path, "97.txt", NQ97)
    assert [t["label"] for t in got] == ["1", "2", "3", "4", "5"]
    assert [t["lead"] for t in got] == [
        ["Các bộ, cơ quan ngang bộ"],
        ["Các bộ, cơ quan ngang bộ"],  # 'Các bộ, cơ quan ngang bộ  Bộ Tư pháp': two cells on one line
        ["Các bộ, cơ quan ngang bộ"],
        ["Các bộ, cơ quan ngang bộ", "UBND tỉnh, thành phố"],  # after the footnote and the page break
        ["Các bộ, cơ quan ngang bộ"]]
    assert [t["coordinators"] for t in got] == [["Bộ Nội vụ"], ["Bộ Tư pháp"], ["Bộ Tư pháp"], ["Bộ Tư pháp"],
                                                 ["Bộ Nội vụ", "Bộ Tư pháp"]]
    assert [t["timeline"] for t in got] == ["2026 và hằng năm", "Thường xuyên", "Thường xuyên", "Thường xuyên", "2026"]
    assert got[0]["text"].startswith("Thực hiện nghiêm quy định các bộ, cơ quan ngang bộ cơ cấu")


def test_plan_annex_table_with_group_rows_over_pages(tmp_path):
    got = _tasks(tmp_path, "844.txt", QD844)
    assert [t["label"] for t in got] == [str(i) for i in range(1, 15)]  # group rows over one running count
    leads = {t["label"]: t["lead"] for t in got}
    assert leads["1"] == leads["6"] == ["Các bộ ở Trung ương", "Ủy ban nhân dân cấp tỉnh ở địa phương"]  # 'Các' / 'bộ' / 'ở'
    assert leads["3"] == ["Ủy ban nhân dân cấp tỉnh"]  # 'Ủy ban nhân dân cấp tỉnh trình' / 'Hội đồng nhân dân cùng cấp'
    assert leads["8"] == ["Bộ Y tế"]  # '… theo lộ trình phù hợp Bộ Y tế': the lead's cell on the text's last line
    assert got[7]["coordinators"][0] == "Bộ Tài chính"
    assert leads["11"] == ["Bộ Y tế", "Sở Y tế"]  # the text broken off at the page's foot on a comma; 'đối với địa phương'
    assert leads["12"] == ["Cơ sở khám bệnh, chữa bệnh"]  # a facility, its term of law kept whole
    assert leads["14"] == ["Cơ sở khám bệnh, chữa bệnh"]  # '… trình cấp có thẩm quyền' left out
    assert [leads[x] for x in ("2", "4", "5", "7", "9", "10", "13")] == [
        ["Ủy ban nhân dân các cấp"], ["Bộ Tài chính"], ["Bộ Tài chính"], ["Bộ Y tế"], ["Bộ Y tế"], ["Bộ Y tế"], ["Bộ Y tế"]]
    assert got[9]["timeline"] == "Quý I/2029"



def test_table_without_repeated_header_restarting_under_groups(tmp_path):
    got = _tasks(tmp_path, "100.txt", NQ100)
    assert [t["label"] for t in got] == ["I.1", "I.2", "I.3", "I.4", "II.1", "II.2", "II.3", "II.4", "III.1", "III.2"]
    assert [t["lead"] for t in got] == [["Bộ Ngoại giao"]] * 4 + [
        ["Bộ Nội vụ", "Bộ Ngoại giao"],  # 'Bộ' / 'Nội vụ,' / 'Bộ' / 'Ngoại giao': a head alone goes on
        ["Bộ Ngoại giao"], ["Bộ Ngoại giao"]] + [["Các Bộ, ngành, địa phương"]] * 3
    assert got[0]["coordinators"][0] == "Các Bộ, ngành, địa phương"  # 'Các' / 'Bộ, ngành, …'
    assert got[4]["timeline"] == "Năm 2026 – 2030" and got[8]["timeline"] == "Thực hiện thường xuyên."


# 105/NQ-CP (Công báo 242/2026), Phụ lục I, pages 86-87 as they stand (the table's earlier pages and its first group
# rows left out): rows 5-9 of a group, then the group row 'IV Thực hiện hiệu quả …' and its row '1'. Read from here the
# group row is out of order (no 'I', 'II', 'III' before it), so its restarted '1' cannot be placed: no rows at all rather
# than rows mislabelled.
NQ105_PART = """TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Cấp trình
Sản phẩm
Thời hạn
hoàn thành
5
Rà soát, sửa đổi, bổ sung các quy định,
hướng dẫn về tổ chức một cửa liên thông
số, kết nối dân cư - đất đai - an sinh -
doanh nghiệp... cập nhật thời gian thực từ
cơ sở tới Trung ương
Các bộ, cơ
quan ngang
bộ, Ủy ban
nhân dân các
tỉnh, thành
phố trực thuộc
trung ương
Các bộ,
ngành,
cơ quan liên
quan
Cấp có
thẩm
quyền
Văn bản quy
phạm pháp
luật có
liên quan
Năm 2026
6
Tham mưu ban hành Nghị định sửa đổi,
bổ sung Nghị định số 120/2020/NĐ-CP
ngày 07 tháng 10 năm 2020 của Chính
phủ (được sửa đổi, bổ sung tại Nghị định
số 283/2025/NĐ-CP) phù hợp với quy
định của Luật Viên chức năm 2025
Bộ Nội vụ
Các bộ,
cơ quan
ngang bộ
Chính phủ
Nghị định sửa
đổi, bổ sung
hoặc thay thế
Theo yêu cầu
của cấp có thẩm
quyền, bảo đảm
đồng bộ với việc
tổ chức triển
khai thực hiện
Luật Viên chức
7
Tham mưu xây dựng “Đề án Điều chỉnh tổ
chức biên chế Ban Chỉ huy quân sự xã,
phường, đặc khu đáp ứng yêu cầu nhiệm vụ
trong tình hình mới” và triển khai thực hiện
Bộ Quốc
phòng
Các bộ, cơ
quan ngang
bộ, Ủy ban
nhân dân các
Bộ Chính
trị
Đề án
Quý I/2026

CÔNG BÁO/Số 242/Ngày 22-04-2026
87


TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Cấp trình
Sản phẩm
Thời hạn
hoàn thành
tỉnh, thành
phố trực
thuộc trung
ương
8
Tham mưu ban hành Nghị định về tổ
chức hoạt động của thôn, tổ dân phố và
một số chế độ, chính sách đối với người
hoạt động không chuyên trách ở thôn, tổ
dân phố
Bộ Nội vụ
Các bộ, cơ
quan ngang
bộ
Chính phủ
Nghị định
Quý II/2026
IV Thực hiện hiệu quả công tác quản lý cán bộ, công chức, viên chức
1
Triển khai nghiêm các quy định mới ban
hành tại Luật Cán bộ, công chức, Luật
Viên chức và các văn bản hướng dẫn thi
hành.
Các bộ, cơ
quan ngang
bộ, Ủy ban
nhân dân các
tỉnh, thành
phố trực thuộc
trung ương
Các bộ,
ngành, cơ
quan liên
quan
Cấp có
thẩm
quyền
Các nhiệm vụ
liên quan đến
công tác cán
bộ
Thường xuyên
"""


def _lines(text: str):
    from pipeline import cleanup
    from pipeline.parse.lines import split_lines
    return split_lines(cleanup.clean_text(text).text)


def test_table_read_out_of_order_gives_no_rows():
    from pipeline.parse import tasks
    # the TT cells renumbered 1-4 so that the count starts here; the group row 'IV' then stands out of order
    renumbered = NQ105_PART.replace("5\nRà soát", "1\nRà soát").replace("6\nTham", "2\nTham") \
        .replace("7\nTham", "3\nTham").replace("8\nTham", "4\nTham")
    lines = _lines(renumbered)
    assert tasks._table_tasks(lines, 0, len(lines), layout_only=True) == []
    # the same pages up to row 8 (before the group row) are read: the numbers go on over the page break, the header
    # printed again is skipped
    cut = _lines(renumbered.split("IV Thực hiện")[0])
    got = tasks._table_tasks(cut, 0, len(cut), layout_only=True)
    assert [(t["label"], t["lead"]) for t in got] == [
        ("1", ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
        ("2", ["Bộ Nội vụ"]), ("3", ["Bộ Quốc phòng"]), ("4", ["Bộ Nội vụ"])]


# 105/NQ-CP (Công báo 242/2026), Phụ lục I, its first two pages: the group row 'I' (a numeral alone on its line) is lost
# by the cleanup, 'II' stands over a page's header; the rows before 'II' are group I's.
NQ105_START = """Phụ lục I
NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN KẾT LUẬN SỐ 210-KL/TW
NGÀY 12 THÁNG 11 NĂM 2025 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII VỀ TIẾP TỤC
XÂY DỰNG, HOÀN THIỆN TỔ CHỨC BỘ MÁY CỦA HỆ THỐNG CHÍNH TRỊ TRONG THỜI GIAN TỚI
(Kèm theo Chương trình hành động của Chính phủ tại
Nghị quyết số 105/NQ-CP ngày 08  tháng 4 năm 2026 của Chính phủ)
___________

TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Cấp trình
Sản phẩm
Thời hạn
hoàn thành
I
Thực hiện hiệu quả công tác giáo dục chính trị, tư tưởng, thông tin, tuyên truyền
1
Tăng cường công tác lãnh đạo, chỉ đạo
việc quán triệt, thực hiện Kết luận số 210-
KL/TW; tiếp tục đẩy mạnh công tác
thông tin, tuyên truyền, nâng cao nhận
thức, trách nhiệm của các bộ, ngành, cơ
quan, tổ chức, đơn vị; làm tốt công tác tư
tưởng đối với đội ngũ cán bộ, công chức,
viên chức, người lao động
Các bộ, cơ
quan ngang
bộ, Ủy ban
nhân dân các
tỉnh, thành
phố trực thuộc
trung ương
Các bộ,
ngành, cơ
quan liên
quan
Cấp có
thẩm
quyền
Văn bản lãnh
đạo, chỉ đạo;
hoạt động
thông tin,
tuyên truyền
Thường xuyên
2
Tham mưu cấp có thẩm quyền xem xét,
quyết định biểu dương, khen thưởng
những tập thể, cá nhân có thành tích đặc
biệt xuất sắc trong tổ chức triển khai, thực
hiện sắp xếp, tinh gọn tổ chức bộ máy theo
chủ trương, yêu cầu của Nghị quyết số 18-
NQ/TW ngày 25 tháng 10 năm 2017 của
Hội nghị Trung ương 6 khóa XII
Các bộ, cơ
quan ngang
bộ, Ủy ban
nhân dân các
tỉnh, thành
phố trực thuộc
trung ương
Bộ Nội vụ;
các bộ,
ngành,
cơ quan liên
quan
Cấp có
thẩm
quyền
Quyết định
biểu dương,
khen thưởng
Thường xuyên

CÔNG BÁO/Số 242/Ngày 22-04-2026
78


TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Cấp trình
Sản phẩm
Thời hạn
hoàn thành
II
Hoàn thiện thể chế; tiếp tục đẩy mạnh phân cấp, phân quyền gắn với cải cách thủ tục hành chính
1
Hoàn thiện thể chế liên quan đến chức
năng, nhiệm vụ, quyền hạn, tổ chức bộ
máy của các cơ quan, đơn vị, tổ chức; đẩy
mạnh phân cấp, phân quyền, tăng cường
trách nhiệm cho người đứng đầu, phù hợp
với đặc điểm, điều kiện của từng lĩnh vực,
địa bàn
Các bộ, cơ
quan ngang bộ
Các bộ,
ngành,
cơ quan liên
quan
Quốc hội,
Chính phủ,
Bộ trưởng
Luật,
Nghị định,
Thông tư
Thường xuyên
2
Xây dựng, ban hành theo thẩm quyền hoặc
trình cơ quan có thẩm quyền ban hành văn
bản quy phạm pháp luật theo yêu cầu tại
Nghị quyết số 190/2025/QH15 ngày 19
tháng 02 năm 2025 của Quốc hội; Công văn
số 174/CV-BCĐ ngày 02 tháng 12 năm
2025 của Ban Chỉ đạo thực hiện sắp xếp, tổ
chức lại đơn vị hành chính các cấp và xây
dựng mô hình tổ chức chính quyền địa
phương 2 cấp về việc tập trung tháo gỡ
vướng mắc, khó khăn khi vận hành chính
quyền địa phương 2 cấp và các văn bản quy
phạm pháp luật về phân quyền, phân cấp
trong ngành, lĩnh vực
Các bộ, cơ
quan ngang bộ
Các bộ,
ngành,
cơ quan liên
quan
Quốc hội,
Chính phủ,
Bộ trưởng
Luật,
Nghị định,
Thông tư
Trước
ngày
01/3/2027
3
Cải cách, cắt giảm, đơn giản hóa thủ tục
hành chính, thực hiện thủ tục hành chính
trên dữ liệu bảo đảm hiệu quả, phù hợp
với mô hình chính quyền địa phương 2
Các bộ, cơ
quan ngang bộ
Các bộ,
ngành, cơ
quan liên
quan
Cấp có
thẩm
quyền
Văn bản quy
định chi tiết
Quý II/2026
"""


def test_first_group_row_lost_rows_before_ii_are_group_i():
    from pipeline.parse import tasks
    lines = _lines(NQ105_START)
    got = tasks._table_tasks(lines, 0, len(lines), layout_only=True)
    assert [t["label"] for t in got] == ["I.1", "I.2", "II.1", "II.2", "II.3"]
    both = ["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert [t["lead"] for t in got] == [both, both, ["Các bộ, cơ quan ngang bộ"], ["Các bộ, cơ quan ngang bộ"],
                                         ["Các bộ, cơ quan ngang bộ"]]
    assert got[1]["coordinators"] == ["Bộ Nội vụ"]  # 'Bộ Nội vụ;' / 'các bộ, ngành, cơ quan liên quan' (catch-all out)


# 982/QĐ-TTg (Công báo 333/2026), the annex's first two pages up to row 1.5: rows numbered under their group's number
# ('1.' / 'Rà soát, hoàn thiện thể chế' over '1.1', '1.2' …), row 1.4 over the page break.
QD982_START = """PHỤ LỤC
DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM CỦA ĐỀ ÁN HỖ TRỢ, PHÁT TRIỂN
CÁC DOANH NGHIỆP CÔNG NGHỆ SỐ VƯƠN RA TOÀN CẦU ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045
(Kèm theo Quyết định số 982/QĐ-TTg ngày 04 tháng 6 năm 2026 của Thủ tướng Chính phủ)


TT
Nhiệm vụ, giải pháp
Cơ quan
chủ trì
Cơ quan
 phối hợp
Sản phẩm
Thời gian
thực hiện
1.
Rà soát, hoàn thiện thể chế
1.1
Nghiên cứu, rà soát, sửa đổi, bổ
sung và đơn giản hóa các quy định,
thủ tục hành chính liên quan đến
hoạt động đầu tư, kinh doanh, xuất
khẩu sản phẩm, dịch vụ công nghệ
số.
Bộ Tài chính
Bộ Khoa học và
Công nghệ
Cơ quan, tổ chức
và doanh nghiệp
liên quan
Cơ chế, chính sách
được ban hành
Nhiệm vụ thường
xuyên
1.2
Nghiên cứu, xây dựng cơ chế tài
chính, tín dụng khuyến khích
M&A doanh nghiệp công nghệ số
vươn ra toàn cầu.
Bộ Tài chính
Bộ Khoa học và
Công nghệ
Cơ quan, tổ chức
và doanh nghiệp
liên quan
Cơ chế, chính sách
được ban hành
Quý IV/2026
1.3
Hoàn thiện, ban hành các chính
sách thúc đẩy phát triển hạ tầng số
hiện đại, bao trùm để hỗ trợ doanh
nghiệp công nghệ số vươn ra toàn
cầu.
Bộ Khoa học và
Công nghệ
Bộ Tài chính
Cơ quan, tổ chức
và doanh nghiệp
liên quan
Cơ chế, chính sách
được ban hành
Quý IV/2026
1.4
Nghiên cứu xây dựng tiêu chuẩn cơ
Bộ Khoa học và
Cơ quan, tổ chức
Tiêu chuẩn, quy
Quý IV/2026

CÔNG BÁO/Số 333/Ngày 16-06-2026
92


TT
Nhiệm vụ, giải pháp
Cơ quan
chủ trì
Cơ quan
 phối hợp
Sản phẩm
Thời gian
thực hiện
sở, tiêu chuẩn quốc gia và quy
chuẩn kỹ thuật quốc gia cho các
nhóm sản phẩm công nghệ chiến
lược, công nghệ lõi.
Công nghệ
và doanh nghiệp
liên quan
chuẩn được ban
hành
1.5
Tăng cường năng lực hạ tầng chất
lượng quốc gia (NQI) phục vụ xuất
khẩu sản phẩm, dịch vụ công nghệ
số.
Bộ Khoa học và
Công nghệ
Cơ quan, tổ chức
và doanh nghiệp
liên quan
Quyết định Bộ
trưởng
Quý IV/2026
"""


def test_sub_numbered_rows_under_a_numbered_group():
    from pipeline.parse import tasks
    lines = _lines(QD982_START)
    got = tasks._table_tasks(lines, 0, len(lines))
    assert [t["label"] for t in got] == ["1.1", "1.2", "1.3", "1.4", "1.5"]  # the group's title row '1' is no task
    assert [(t["lead"], t["coordinators"]) for t in got[:3]] == [
        (["Bộ Tài chính"], ["Bộ Khoa học và Công nghệ"]), (["Bộ Tài chính"], ["Bộ Khoa học và Công nghệ"]),
        (["Bộ Khoa học và Công nghệ"], ["Bộ Tài chính"])]
    assert got[4]["lead"] == ["Bộ Khoa học và Công nghệ"] and got[1]["timeline"] == "Quý IV/2026"
    # (row 1.4's chair 'Bộ Khoa học và' / 'Công nghệ' is split by the page break: read wrong, left)
