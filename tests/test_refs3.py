"""Legal references, round refs3: causes found on documents nobody developed on (texts /tmp/refs3_docs, read blind
first). Each table quotes real lines; each row failed before its change."""
import pytest

from pipeline.parse import refs
from pipeline.textnorm import normalize


def _cited(text: str) -> list[str]:
    return [r["code"] or f"{r['type']} {r['title']}" for r in refs.find_legal_refs(normalize(text))]


# A unit code with a roman-numbered branch after a dot: Chi cục Thuế khu vực VIII.
DOTTED_UNIT_CODES = [
    ("Cục Thuế nhận được công văn số\n545/CCTKV.VIII-CNTK ngày 02/6/2025 của Chi cục thuế Khu vực VIII (nay là Thuế tỉnh\n"
     "Lào Cai) về tiền thuê đất.", "545/CCTKV.VIII-CNTK"),
]


@pytest.mark.parametrize("text,code", DOTTED_UNIT_CODES)
def test_dotted_unit_code_is_read_whole(text, code):
    assert _cited(text)[0] == code


def test_a_dot_ending_the_sentence_is_no_part_of_the_code():
    assert _cited("theo Công văn số 123/UBND-VX. Sau đó, Sở đã báo cáo.") == ["123/UBND-VX"]


# A company's own numbering that the state grammar would cut: "01/CV-01" (a digit group), "…/CV-E.K.LM" (initials).
OWN_NUMBERINGS_CUT = [
    ("Trả lời văn bản số\n01/CV-01 ngày 20/11/2025 của Công Ty TNHH Khuôn Mẫu Yong Hong (gọi tắt là Công\nty) về việc "
     "thuế suất thuế GTGT", "01/CV-01"),
    ("văn bản số 14/2025/CV-E.K.LM\nngày 12/8/2025 và văn bản số 15/2025/CV-E.K.LM ngày 19/9/2025 của Công ty cổ phần\n"
     "E.K.LM về chính sách thuế", "14/2025/CV-E.K.LM"),
]


@pytest.mark.parametrize("text,code", OWN_NUMBERINGS_CUT)
def test_own_numbering_is_not_cut_by_the_state_grammar(text, code):
    assert _cited(text)[0] == code


# Where a law's name ends.
LAW_NAME_ENDS = [
    # the year after an amending law is its date, not its name
    ("*Căn cứ Luật Ban hành văn bản quy phạm pháp\nluật ngày 19 tháng 02 năm 2025 và Luật sửa đổi, bổ sung một số điều "
     "của Luật Ban\nhành văn bản quy phạm pháp luật năm 2025;*",
     "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"),
    # "trừ" (except) goes on with the sentence
    ("của pháp luật về thuế thu nhập cá nhân và quy định tại điểm b khoản\n2 Điều 79 Luật Quản lý thuế trừ cá nhân nhận "
     "thừa kế, quà tặng là bất động\nsản", "Luật Quản lý thuế"),
    # a name with a comma, then "và các văn bản …"
    ("theo quy định\ncủa Luật Cán bộ, công chức, Luật Thanh tra, Luật\nKhiếu nại, Luật Tố cáo, Luật Tiếp công dân, Luật\n"
     "Phòng, chống tham nhũng và các văn bản pháp luật khác có liên quan.", "Luật Phòng, chống tham nhũng"),
]


@pytest.mark.parametrize("text,name", LAW_NAME_ENDS)
def test_law_name_ends_where_the_sentence_goes_on(text, name):
    assert _cited(text)[-1] == name


def test_enumeration_after_a_colon_with_a_capitalised_label():
    text = ("Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Danh mục TTHC và Quy trình nội bộ giải "
            "quyết TTHC trong lĩnh vực người có công được Chủ tịch UBND tỉnh công bố tại các Quyết định: Số 2196/QĐ-UBND "
            "ngày 28/12/2021, số 1741/QĐ-UBND ngày 14/11/2019.")
    assert _cited(text) == ["2196/QĐ-UBND", "1741/QĐ-UBND"]
