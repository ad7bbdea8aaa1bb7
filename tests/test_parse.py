"""Whole-document parsing of the seeds (values written by reading the documents)."""
from pathlib import Path

import pytest

from pipeline.parse import parse_text
from pipeline.parse.nlp import pipeline
from pipeline.parse.tasks import leading_agency, split_agencies
from pipeline.textnorm import normalize

SEEDS = Path(__file__).resolve().parent.parent / "samples" / "seeds"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def plan():
    return parse_text(seed("003"))[0]


def test_plan_header(plan):
    assert plan["code"] == "65/KH-UBND" and plan["number"] == "65" and plan["symbol"] == "KH-UBND"
    assert plan["doc_type"] == "Kế hoạch"
    assert plan["place"] == "Quảng Ngãi" and plan["issued_on"] == "2025-03-31"
    # The header capitals are missing from this OCR: the issuer comes from the symbol and the place.
    assert plan["issuer"] == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert plan["subject"] == "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025"


def test_plan_tasks_and_leads(plan):
    tasks = plan["tasks"]
    assert [t["label"] for t in tasks][:3] == ["1", "2", "3"]
    assert tasks[0]["lead"] == ["Sở Y tế"]
    assert tasks[2]["lead"] == ["Công an tỉnh"]
    assert "Sở Văn hóa, Thể thao và Du lịch" in tasks[1]["coordinators"]
    assert tasks[0]["timeline"] == "Thường xuyên trong năm"
    # The purposes section (I. MỤC ĐÍCH, YÊU CẦU) is not a task list.
    assert not any(t["text"].startswith("Mục đích") for t in tasks)


def test_plan_signer_distribution_refs(plan):
    assert plan["signer"] == {"authority": "KT.", "title": "Phó Chủ tịch", "name": "Trần Hoàng Tuấn"}
    assert plan["distribution"][0] == "Bộ Y tế (b/c)"
    assert plan["distribution"][-1].startswith("Lưu: VT, KGVX")
    codes = [r["code"] for r in plan["legal_refs"]]
    assert codes[:2] == ["1481/BYT-BMTE", "253/QĐ-UBND"]
    assert "28-CT/TW" in codes
    first = plan["legal_refs"][0]
    assert first["type"] == "Công văn" and first["date"] == "2025-03-14" and first["issuer"] == "Bộ Y tế"
    assert {"2025-05-15", "2025-11-15"} <= {d["date"] for d in plan["deadlines"]}


def test_ministry_dispatch_with_spaced_symbol():
    doc = parse_text(seed("002"))[0]
    assert doc["code"] == "478/LĐTBXH-TE"
    assert doc["doc_type"] == "Công văn"
    assert doc["issuer"] == "Bộ Lao động - Thương binh và Xã hội"
    assert doc["issued_on"] == "2022-02-28"
    assert doc["subject"] == "hướng dẫn nhiệm vụ trọng tâm thực hiện công tác trẻ em năm 2022"
    assert doc["recipients"] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert doc["signer"]["name"] == "Nguyễn Thị Hà" and doc["signer"]["authority"] == "KT."
    assert [t["label"] for t in doc["tasks"]] == [str(i) for i in range(1, 11)]
    assert all(t["lead"] == [] for t in doc["tasks"])


def test_party_directive():
    doc = parse_text(seed("004"))[0]
    assert doc["code"] == "28-CT/TW" and doc["number"] == "28" and doc["symbol"] == "CT/TW"
    assert doc["doc_type"] == "Chỉ thị"
    assert doc["issued_on"] == "2023-12-25"
    assert doc["subject"].startswith("tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em")
    assert doc["signer"]["name"] == "Trương Thị Mai" and doc["signer"]["authority"] == "TM."
    assert doc["legal_refs"][0]["code"] == "20-CT/TW"


def test_provenance_points_at_the_raw_text():
    text = normalize(seed("003"))
    doc = parse_text(text)[0]
    p = doc["provenance"]["code"]
    assert text[p["span"][0] : p["span"][1]] == p["raw"] and "65" in p["raw"] and p["page"] == 1


def test_spacy_pipeline_labels_fields():
    doc = pipeline()(normalize(seed("003")))
    labels = {s.label_ for s in doc.spans["fields"]}
    assert {"CODE", "PLACE", "ISSUED_ON", "SUBJECT", "DISTRIBUTION", "LEGAL_REF", "TASK"} <= labels
    code_span = next(s for s in doc.spans["fields"] if s.label_ == "CODE")
    assert "65" in code_span.text


@pytest.mark.parametrize("text,lead", [
    ("Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo đảm an toàn", "Bộ Xây dựng"),
    ("Bộ Công Thương chỉ đạo bảo đảm an toàn hồ đập thủy điện", "Bộ Công Thương"),
    ("UBND cấp huyện, xã xây dựng và triển khai kế hoạch", "UBND cấp huyện, xã"),
    ("Tiếp tục triển khai thực hiện đường lối của Đảng", None),
    # "đoàn thể" and "cấp" are tagged verbs: the group and its level are still its name
    ("Các sở, ban, ngành, đoàn thể cấp tỉnh theo chức năng, nhiệm vụ phối hợp với ngành Y tế",
     "Các sở, ban, ngành, đoàn thể cấp tỉnh"),
    ("Sở Tài chính cấp kinh phí cho các đơn vị", "Sở Tài chính"),  # "cấp" a verb (to grant) before no level
])
def test_leading_agency(text, lead):
    assert leading_agency(text) == lead


def test_split_agencies_keeps_names_with_commas():
    assert split_agencies("Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo; UBND cấp huyện") == [
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "UBND cấp huyện"]


def test_forwarding_letter_and_attached_copy_are_two_documents():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 1471/UBND-VX\nV/v triển khai thực hiện\nhướng dẫn của Bộ Y tế\n"
        "Bình Dương, ngày 18 tháng 3 năm 2025\nKính gửi: Sở Y tế\n"
        "Giao Sở Y tế chủ trì, phối hợp với các cơ quan có liên quan triển khai thực hiện.\n"
        "Bản sao văn bản kèm theo./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nVõ Anh Tuấn\n\f"
        "BỘ Y TẾ\nSố: 1481/BYT-BMTE\nV/v hướng dẫn nhiệm vụ trọng tâm\ncông tác trẻ em năm 2025\n"
        "Hà Nội, ngày 14 tháng 3 năm 2025\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
        "1. Tiếp tục triển khai thực hiện đường lối của Đảng.\n2. Tham mưu ưu tiên lồng ghép các mục tiêu.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, BMTE.\n"
    )
    first, copy = parse_text(text)
    assert first["code"] == "1471/UBND-VX" and first["attached_copy_of"] is None
    assert first["issuer"] == "Ủy ban nhân dân tỉnh Bình Dương"
    assert first["signer"] == {"authority": "TL.", "title": "Chánh Văn phòng", "name": "Võ Anh Tuấn"}
    assert copy["code"] == "1481/BYT-BMTE" and copy["attached_copy_of"] == "1481/BYT-BMTE"
    assert copy["issuer"] == "Bộ Y tế" and copy["issued_on"] == "2025-03-14"
    assert copy["subject"] == "hướng dẫn nhiệm vụ trọng tâm công tác trẻ em năm 2025"
    assert [t["label"] for t in copy["tasks"]] == ["1", "2"]
    assert copy["provenance"]["code"]["page"] == 2


# --- bugs caught on the development corpus: one small real-shaped snippet each ---------------------------

HEAD = "BỘ XÂY DỰNG\nSố: 2214/BXD-QLN\nV/v hỗ trợ người có công\nHà Nội, ngày 23 tháng 10 năm 2013\n"


def _one(body: str) -> dict:
    return parse_text(HEAD + body)[0]


def test_entries_run_together_in_a_table_cell():
    doc = _one("Kính gửi:\n- Bộ Tài chính; - Bộ Kế hoạch và Đầu tư\n\nNội dung công văn dài hơn một dòng để làm thân văn bản.\n"
               "Nơi nhận: - Như trên; - Bộ LĐTB&XH; (để báo cáo) - Lưu: VT, QLN (2b)\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam\n")
    assert doc["recipients"] == ["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]
    assert doc["distribution"] == ["Như trên", "Bộ LĐTB&XH (để báo cáo)", "Lưu: VT, QLN (2b)"]
    assert doc["signer"] == {"authority": "KT.", "title": "Thứ trưởng", "name": "Nguyễn Trần Nam"}


def test_wrapped_distribution_entry_in_capitals_is_not_the_signer():
    doc = _one("Nội dung.\nNơi nhận:\n- Các Vụ/Cục: KH-TC; PC; TTrB;\nVP Bộ; Cục BTXH;\nSOS VN; TT TTYTQG; Báo SKĐS;\n"
               "- Lưu: VT, BMTE (07).\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Thị Hà\n")
    assert doc["distribution"] == ["Các Vụ/Cục: KH-TC; PC; TTrB; VP Bộ; Cục BTXH; SOS VN; TT TTYTQG; Báo SKĐS",
                                   "Lưu: VT, BMTE (07)"]
    assert doc["signer"]["name"] == "Nguyễn Thị Hà"


def test_ministries_listed_after_cac_bo_are_leads_each():
    doc = _one("Yêu cầu:\n1. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các đơn vị.\n"
               "2. Các Bộ: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch theo chức năng chỉ đạo.\n")
    assert doc["tasks"][0]["lead"] == ["Bộ Quốc phòng", "Bộ Công an"]
    assert doc["tasks"][1]["lead"] == ["Bộ Giáo dục và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch"]


def test_deadlines_yearly_and_recalled():
    doc = _one("Báo cáo kết quả trước ngày 30 tháng 11 hàng năm. Bộ đã yêu cầu báo cáo trước ngày 30/8/2013.\n"
               "Các tỉnh gửi danh sách trước ngày 15/12/2013.\n")
    assert [d["date"] for d in doc["deadlines"]] == ["2013-11-30", "2013-12-15"]


def test_enumerated_citations_inherit_their_type():
    doc = _one("Phù hợp với các Quy hoạch đã được phê duyệt tại các Quyết định: số 36/QĐ-TTg ngày 11/01/2024 về quy hoạch "
               "hạ tầng; số 1569/QĐ-TTg ngày 12/12/2024 về quy hoạch Thủ đô và số 1668/QĐ-TTg ngày 27/12/2024.\n")
    refs = [(r["type"], r["code"], r["date"]) for r in doc["legal_refs"]]
    assert refs == [("Quyết định", "36/QĐ-TTg", "2024-01-11"), ("Quyết định", "1569/QĐ-TTg", "2024-12-12"),
                    ("Quyết định", "1668/QĐ-TTg", "2024-12-27")]


def test_requests_inside_an_article_are_tasks():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 986/QĐ-UBND\nTuyên Quang, ngày 13 tháng 8 năm 2024\nQUYẾT ĐỊNH\n"
            "Ban hành kế hoạch thời gian năm học\nĐiều 1. Ban hành kế hoạch:\n1. Tựu trường ngày 26/8.\n2. Khai giảng ngày 5/9.\n"
            "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo\n1.\nTổ chức chỉ đạo thực hiện kế hoạch.\n2. Chủ trì hướng dẫn thực hiện.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
    doc = parse_text(text)[0]
    assert [(t["label"], t["lead"]) for t in doc["tasks"]] == [
        ("1", ["Giám đốc Sở Giáo dục và Đào tạo"]), ("2", ["Giám đốc Sở Giáo dục và Đào tạo"])]


@pytest.mark.parametrize("text,field,value", [  # bugs caught on OCR output of the sample scans
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 217 CĐ-TTg\nHà Nội, ngày 16 tháng 11 năm 2025\nCÔNG ĐIỆN\n", "code", "217/CĐ-TTg"),
    ("BỘ LAO ĐỘNG - THƯƠNG BI\nVÀ XÃ HỘI\nSố: 478/LĐTBXH-TE\nUBND TỈNH QUẢNG NGÃI\nHà Nội, ngày 28 tháng 02 năm 2022\n",
     "issuer", "Bộ Lao động - Thương binh và Xã hội"),
    ("Số: 65/KH-UBND\nQuảng Ngãi, ngày: JÍ tháng 3 năm 2025\nKẾ HOẠCH\nTriển khai công tác trẻ em\n", "issuer",
     "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    ("Số: 65/KH-UBND\nQuảng Ngãi, ngày: JÍ tháng 3 năm 2025\n", "place", "Quảng Ngãi"),
    ("BỘ Y TẾ\nSố: 1481/BYT-BMTE\nV.y hướng dẫn nhiệm vụ trọng tâm\nHà Nội, ngày 14 tháng 3 năm 2025\n", "subject",
     "hướng dẫn nhiệm vụ trọng tâm"),
    ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 1471/UBND-VX\nV v triển khai thực hiện\nBình Dương, ngày 18 tháng 3 năm 2025\n",
     "subject", "triển khai thực hiện"),
    ("BỘ Y TẾ\nSố: 1481/BYT-BMTE\nV/v hướng dẫn nhiệm vụ\ncông tác trẻ em năm 2025\n“ÔNG HÓA XÃ HỘI CH!) NGHĨA VIỆT NAM\n"
     "Hà Nội, ngày 14 tháng 3 năm 2025\n", "subject", "hướng dẫn nhiệm vụ công tác trẻ em năm 2025"),
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố:494NQ-UBTVQH13\nHà Nội, ngày 18 tháng 05 năm 2012\nGHI QUYẾT\nKẾT QUẢ GIÁM SÁT\n",
     "code", "494/NQ-UBTVQH13"),
    ("Số: 65/KH-UBND\nQuảng Ngãi, ngày 31 tháng 3 năm 2025\nẾ HOẠCH\nTriển khai công tác trẻ em\n", "doc_type", "Kế hoạch"),
])
def test_header_fields_survive_ocr_slips(text, field, value):
    assert parse_text(text)[0][field] == value


def test_signer_name_alone_when_the_title_is_under_the_seal():
    doc = _one("Nội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT, QLN (2b).\nNguyễn Trần Nam\n")
    assert doc["signer"]["name"] == "Nguyễn Trần Nam" and doc["signer"]["title"] is None


@pytest.mark.parametrize("block,signer", [  # web copies note "(Đã ký)" where the signature was (congbot_42)
    ("|  | Nguyễn Mạnh Kiểm (Đã ký) |\n|---|---|\n", {"authority": None, "title": None, "name": "Nguyễn Mạnh Kiểm"}),
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Văn Thành\n",
     {"authority": "KT.", "title": "Thứ trưởng", "name": "Nguyễn Văn Thành"}),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Thị Hoa (đã ký và đóng dấu)\n",
     {"authority": "TM.", "title": "Chủ tịch", "name": "Lê Thị Hoa"}),
])
def test_signer_beside_a_signed_note(block, signer):
    doc = _one("Thông tư này có hiệu lực thi hành kể từ ngày ký.\n\n" + block)
    assert doc["signer"] == signer
