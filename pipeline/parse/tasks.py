"""The operative numbered items (tasks) and the agencies that lead and coordinate them.

The section hierarchy I. / 1. / a) / - is read from line markers; the main list is the top level of the
task section of a plan ("NHIỆM VỤ", "GIẢI PHÁP", "NỘI DUNG"), or the top-level numbered requests of a
dispatch, directive or công điện.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.parse import gazetteer, grammar
from pipeline.parse.lines import Line, is_caps, is_motto, quoted_lines
from pipeline.textnorm import fold, normalize

# Markers at the start of a line, outermost first.
ROMAN = regex.compile(r"^\W{0,2}(?P<m>[IVX]{1,5})\s*[.:]\s+(?P<t>\S.*)$")
# "1." — also "1/" (dispatches of the tax administration number their requests so) and OCR's "2," for "2." before
# a capital.
NUM_END = r"(?:[.)/]|,(?=\s+\p{Lu}))"
NUMBER = regex.compile(rf"^\W{{0,2}}(?P<m>\d{{1,2}})\s*{NUM_END}\s+(?P<t>\S.*)$")
SUBNUMBER = regex.compile(r"^\W{0,2}(?P<m>\d{1,2}\.\d{1,2})\.?\s+(?P<t>\S.*)$")
LETTER = regex.compile(r"^\W{0,2}(?P<m>[a-zđ])\s*\)\s+(?P<t>\S.*)$")
# An article heading, maybe after the chunk title a web crawl repeats before each article ("Quyết định 3176/QĐ-BYT năm
# 2024. Điều 2. Tổ chức thực hiện", thuvienphapluat text of 3176/QĐ-BYT and 6556/QĐ-BYT), its title after it too
# ("Quyết định 1500/QĐ-BHXH năm 2015 về thẻ bảo hiểm y tế cấp cho quân nhân, … ban hành. Điều 4. Tổ chức thực hiện").
ARTICLE = regex.compile(r"^\W{0,2}(?:(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị)\s+[^\s.]*\d[^\s.]*/[^\s.]+"
                        r"(?:\s+năm\s+\d{4})?(?:\s+(?:về|hướng dẫn|ban hành|quy định)\s[^.]{0,300})?\.\s+)?"
                        r"Điều\s+(?P<m>\d{1,3})\s*[.:]\s*(?P<t>.*)$")
# Decree 30/2020 (Phụ lục I): "Phần" and its number on a line of its own, its title in capitals below.
PART = regex.compile(r"^\W{0,2}(?i:phần)\s+(?P<m>[IVX]{1,5}|(?i:thứ)\s+\w+)\s*[.:]?\s*(?P<t>.*)$")
ORDINAL = {"nhat": "I", "hai": "II", "ba": "III", "tu": "IV", "nam": "V", "sau": "VI", "bay": "VII", "tam": "VIII"}
TASK_SECTION = ("nhiem vu", "giai phap", "noi dung", "hoat dong", "phan cong")
# A topic of results or findings, whose points report what was done ("1. Về kết quả đạt được: (1) Bộ Công an hoàn thành
# …"), not what is asked; RESULTS_TOPIC its words but "thực trạng".
RESULTS_TOPIC = ("ket qua", "danh gia", "tinh hinh")
FINDINGS_TOPIC = RESULTS_TOPIC + ("thuc trang",)
NOT_TASK_SECTION = ("muc dich", "yeu cau", "muc tieu", "kinh phi", "che do bao cao", "can cu", "quan diem", "doi tuong",
                    "pham vi", "boi canh", "su can thiet") + FINDINGS_TOPIC
# A section of principles ("I. NGUYÊN TẮC" before "II. CÁC NHIỆM VỤ, GIẢI PHÁP CỤ THỂ", 84/NQ-CP) in a text that is no
# plan; its title opens on the word (a plan's "NGUYÊN TẮC, NHIỆM VỤ …" is read as before).
PRINCIPLES = "nguyen tac"
# A notice's section of shortcomings and their causes, its title opening on them ("II. VỀ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN
# NHÂN CHỦ YẾU" before "III. NHIỆM VỤ, GIẢI PHÁP …", 624/TB-VPCP): findings, not requests.
# Read as nouns, followed by another, a comma, "và", "chủ yếu" or nothing: "II. HẠN CHẾ TỐI ĐA XÁO TRỘN …" is the verb
# (to restrict), a directive's section of work; a title with the remedies ("… VÀ GIẢI PHÁP KHẮC PHỤC") is work too.
SHORTCOMINGS = regex.compile(r"^(?:ve\s+)?(?:nhung\s+)?(?:ton tai|han che|khuyet diem|yeu kem|nguyen nhan)"
                             r"(?=\s*(?:,|$)|\s+(?:va|chu yeu|cua|trong|ton tai|han che|khuyet diem|yeu kem|bat cap|"
                             r"vuong mac|nguyen nhan)\b)(?!.*\b(?:giai phap|nhiem vu|khac phuc)\b)")

# --- The words that ask someone to act: building blocks of the request patterns below (REQUEST_VERB, REQUEST_RE,
# INTRO_REQUEST, OWN_ASSIGNEE, ASKING_INTRO, OBLIGED, ASKS).
ASKED = r"(?:[Yy]êu cầu|[Đđ]ề nghị)"                      # "yêu cầu các cấp ủy …", "Đề nghị Ủy ban MTTQ …"
ASK = rf"(?:[Gg]iao|{ASKED})"                            # … and "Giao Sở Y tế …"
# "giao" when it hands out work ("giao các sở …"), not "nhiệm vụ được giao", "đã giao", "bàn giao", "giao thông"
NOT_HANDED = r"(?<!\b(?:được|đã|bàn|chuyển)\s)"  # "được giao", "đã giao", "bàn giao", "chuyển giao": no one asked here
HANDS_OUT = NOT_HANDED + r"giao(?!\s+(?:thông|dịch|lưu|tiếp|nhận)\b)"
OBLIGES = r"(?:cần|phải)"                                  # "tỉnh Đắk Lắk cần tiếp tục …"

GIAO_RE = regex.compile(r"(?:Giao|giao)\s+(?P<lead>\p{Lu}[^,;:]{2,80}?)\s+(?:chủ trì|làm đầu mối)(?:,?\s*phối hợp (?:với )?(?P<co>[^.;]{3,200}))?")


@dataclass
class Marker:
    kind: str  # roman | number | subnumber | letter | article
    label: str
    title: str
    line: Line
    one: bool = False  # "I." or OCR's "l." / "I/": roman one or the number one, told by the list around it


# OCR's readings of a roman numeral: "IIL." and "Ill." for "III.", "Vl." for "VI.", "II-" for "II.", "rI." for "II."; and of an item
# number: "l." or "I." for "1.", "1O." for "10.".
OCR_ROMAN = regex.compile(r"^\W{0,2}(?P<m>[IVXlL1|r]{1,5})\s*(?:[.:]|[-–](?=\s))(?![\d.])\s*(?P<t>\S.*)$")  # not "II.1."
OCR_NUMBER = regex.compile(rf"^\W{{0,2}}(?P<m>(?=[\dlIO|]*\d)[\dlIO|]{{2}})\s*{NUM_END}\s+(?P<t>\S.*)$")
OCR_SEVEN = regex.compile(r"^\W{0,2}Z\.\s+(?P<t>\p{Lu}.*)$")  # "Z. Tổ chức triển khai …" (70/KH-UBND Cần Thơ, OCR'd)
OCR_ONE = regex.compile(rf"^\W{{0,2}}(?P<m>[Il|])\s*{NUM_END}\s+(?P<t>\S.*)$")
# "III" whose first two strokes OCR fused into an "H": "HI- TO CHỨC THỰC HIỆN" (77-KL/TW), a heading in capitals only
OCR_FUSED_ROMAN = regex.compile(r"^\W{0,2}HI\s*(?:[.:]|[-–](?=\s))\s*(?P<t>\S.*)$")
# An item number OCR glued to its first word: "1.Về chính sách thuế …" (879/TCHQ-TXNK), a capital and a small letter
# after the dot (not "1.000", "1.2.", "1.HĐND")
GLUED_NUMBER = regex.compile(r"^\W{0,2}(?P<m>\d{1,2})\.(?=\p{Lu}\p{Ll})(?P<t>\S.*)$")


def _ocr_marker(t: str, ln: Line) -> Marker | None:
    """A marker whose numeral OCR misread, read as the numeral it stands for; "I." and "l." as the ambiguous one."""
    if m := OCR_ONE.match(t):
        return Marker("roman", "I", m.group("t"), ln, one=True)
    if (m := OCR_ROMAN.match(t)) and regex.search(r"[IVX]", m.group("m")):
        label = regex.sub(r"[lL1|r]", "I", m.group("m"))  # ("rI." for "II.")
        if label in ROMAN_LABELS:
            return Marker("roman", label, m.group("t"), ln)
    if (m := OCR_FUSED_ROMAN.match(t)) and is_caps(m.group("t")):
        return Marker("roman", "III", m.group("t"), ln)
    if m := OCR_NUMBER.match(t):
        return Marker("number", str(int(m.group("m").translate(str.maketrans("lIO|", "1101")))), m.group("t"), ln)
    if m := GLUED_NUMBER.match(t):
        return Marker("number", m.group("m"), m.group("t"), ln)
    if m := OCR_SEVEN.match(t):
        return Marker("number", "7", m.group("t"), ln)  # kept only where the list's count expects a 7 (_items)
    return None


BARE_MARKER = regex.compile(r"^\W{0,2}(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,5}|[a-zđ])\s*[.)]\W{0,2}$")


def _bare(text: str) -> str:
    """A marker line's text without bold marks and OCR's underscores before a number ("___1, Luật …")."""
    return text.replace("**", "").strip().lstrip("_")


def _marker(ln: Line, nxt: Line | None = None) -> Marker | None:
    t = _bare(ln.text)
    if nxt is not None and BARE_MARKER.match(t) and nxt.text:
        t = f"{t.strip('*')} {nxt.text}"  # "1." alone on its line, the item's text on the next
    if (m := PART.match(t)) and (label := ORDINAL.get(fold(m.group("m")).split()[-1], m.group("m"))) in ROMAN_LABELS:
        title = m.group("t") or (nxt.text.replace("*", "").strip() if nxt is not None else "")
        return Marker("roman", label, title, ln)
    for kind, rx in (("article", ARTICLE), ("subnumber", SUBNUMBER), ("roman", ROMAN), ("number", NUMBER), ("letter", LETTER)):
        m = rx.match(t)
        if m:
            if kind == "roman" and m.group("m") == "I":
                return Marker(kind, "I", m.group("t"), ln, one=True)
            return Marker(kind, m.group("m"), m.group("t"), ln)
    return _ocr_marker(t, ln)


def _settle_ones(markers: list[Marker]) -> list[Marker]:
    """Each ambiguous one ("I.", OCR's "l.") as the list around it numbers: the number one when the next item of the
    outer levels is "2." (or when a lower-case "l" has no roman "II." anywhere after it), else the roman one — "I." is
    roman one only among roman sections."""
    out: list[Marker] = []
    for k, m in enumerate(markers):
        if not m.one:
            out.append(m)
            continue
        nxt = next((x for x in markers[k + 1 :] if x.kind in ("number", "roman") and not x.one), None)
        later_two = any(x.kind == "roman" and x.label == "II" for x in markers[k + 1 :])
        as_number = (nxt is not None and nxt.kind == "number" and nxt.label == "2") or \
            (not later_two and not regex.match(r"^\W{0,2}I\b", _bare(m.line.text)))
        out.append(Marker("number", "1", m.title, m.line) if as_number else Marker("roman", "I", m.title, m.line))
    return out


ROMAN_LABELS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


# Nouns that name a group of addressees after "các" ("các cơ quan, đơn vị", "các cấp ủy Đảng", "các địa phương").
COLLECTIVE = ("co quan", "don vi", "dia phuong", "cap uy", "cap", "to chuc", "doanh nghiep", "nganh", "thanh vien", "tinh",
              "thanh pho", "huyen", "xa", "phuong", "dac khu", "chu dau tu", "nha dau tu", "nha thau", "chu rung", "co so",
              "chi bo", "dang bo", "hop tac xa", "cong ty", "ho gia dinh")  # (Party: "Các chi bộ, đảng bộ cơ sở")


# Words whose first syllable heads agency names ("trường" a school, "ban" a board): "Các trường hợp miễn kiểm tra thực
# tế hàng hóa: …" (19046/BTC-TCHQ 8.1), "Trường hợp người tham gia BHYT …" (627/BYT-BH) are cases; "Ban hành Đề án
# “Xây dựng xã, phường không ma túy …”" (199/KH-UBND 2) is the verb "issue": nobody who acts.
# (the verb "phòng, chống" / "phòng ngừa", prevent and combat, is no office "Phòng …": "2. Yêu cầu phòng, chống dịch đổi
# với các trường hợp cụ thể" is a heading of requirements, 10688/BYT-MT)
NOT_AGENCY = regex.compile(r"(?i)^\W*(?:(?:các\s+|mọi\s+)?trường\s+hợp|ban\s+hành(?!\s+chính)|phòng\s*,?\s*(?:chống|ngừa))\b")
# An agency head written as its abbreviation in a task: "Bộ Y tế đề nghị BHXH Việt Nam chỉ đạo …", "BHXH các tỉnh"
# (627/BYT-BH, 296/BHXH-CSYT); the header gazetteer reads the symbol's code, not this.
ABBREVIATED_HEAD = regex.compile(r"^\W*(?:các\s+)?BHXH\s+(?=\p{Lu}|các\s|tỉnh\b|thành phố\b|huyện\b|quận\b|cấp\s)")


# The sole head of one agency named in capitals, a title the header gazetteer has no use for (as "Bộ trưởng Bộ …",
# whose "Bộ" it knows): "Thống đốc Ngân hàng Nhà nước Việt Nam", "Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc
# gia" (227/CĐ-TTg item 11, 231/CĐ-TTg item 6). Never over a group ("các …").
SOLE_HEAD = regex.compile(r"^\W*(?:Thống đốc|Chánh)\s+(?=\p{Lu})")
# The secretary of a Party committee, named with the chairman of the same place's people's committee: "Bí thư tỉnh
# ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng tiếp tục …" (227/CĐ-TTg item 1,
# 223/CĐ-TTg item 1): the committee ("tỉnh ủy", "Thành ủy", "các cấp ủy") follows the title.
SECRETARY = regex.compile(r"^\W*(?:[Cc]ác\s+)?(?:[Pp]hó\s+)?[Bb]í thư\s+(?=(?:các\s+)?(?:\p{L}+\s+)?ủy\b)")
# … the secretary's whole title: one or more committees ("Bí thư Tỉnh ủy, Thành ủy", "Bí thư các tỉnh ủy, thành ủy":
# the committees are no parties of their own), maybe with the places they are of ("… các tỉnh, thành phố").
COMMITTEE = r"(?:các\s+)?(?:\p{L}+\s+)?ủy(?:\s+(?!các\b|và\b)\p{Lu}\p{Ll}*)*"
SECRETARY_TITLE = regex.compile(rf"^\W*(?:[Cc]ác\s+)?(?:[Pp]hó\s+)?[Bb]í thư\s+{COMMITTEE}(?:(?:\s*,\s*|\s+và\s+){COMMITTEE})*"
                                r"(?:\s+các\s+(?:tỉnh|thành phố|huyện|xã|phường)(?:\s*,\s*(?:tỉnh|thành phố|huyện|xã|phường))*)?")


# A province-level unit named with its kind (the 2025 units and the former ones): "Thành phố Hà Nội", "tỉnh Lâm Đồng".
PLACE_ACTOR = regex.compile(r"^\W*(?:[Tt]hành phố|[Tt]ỉnh)\s+(?P<name>\p{Lu}\p{Ll}*(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*){0,3}?)"
                            r"(?=\s*(?:[,;:.]|\s\p{Ll}|$))")


def _people_list(text: str) -> bool:
    """Whether the text opens on a capitalised list of kinds of people ("Cán bộ, đảng viên, công chức, viên chức …"):
    two kinds at least, the last one maybe followed by the sentence."""
    if not text.lstrip(" -*")[:1].isupper():
        return False
    parts = regex.split(r"\s*,\s*|\s+và\s+", fold(text).lstrip(" -*"), maxsplit=6)
    whole = next((k for k, part in enumerate(parts) if part not in PEOPLE), len(parts))  # kinds standing alone
    words = parts[whole].split() if whole < len(parts) else []
    opens = any(" ".join(words[:j]) in PEOPLE for j in (1, 2, 3))  # … and one that opens the sentence
    return whole >= 1 and whole + opens >= 2


VILLAGE_HEAD = regex.compile(r"\W*(?:[Cc]ác\s+)?(?:[Tt]rưởng|[Tt]ổ trưởng)\s+(?:các\s+)?(?:thôn|bản|ấp|buôn|"
                            r"làng|xóm|khóm|sóc|khu phố|tổ dân phố|tổ dân cư|khu dân cư)\b")


# The party of the project a text is about, named by its role and capitalised where its sentence opens: "Chủ đầu tư",
# "Nhà thầu thi công" (the bodies of a kind are "các chủ đầu tư …", read as a group).
PROJECT_PARTY = regex.compile(r"^\W*(?:Chủ đầu tư|Nhà đầu tư|Nhà thầu)(?:\s+(?:dự án|thi công|tư vấn))?"
                              r"(?=\s*,|\s+\p{Ll})(?!\s+(?:các|là)\s)")


def is_addressee(text: str) -> bool:
    """An agency name ('Sở Y tế', 'UBND cấp huyện') or a group of them ('Các cơ quan, đơn vị, địa phương')."""
    if regex.match(r"(?i)\W*báo cáo\b", text) or NOT_AGENCY.match(text):
        return False  # the verb, not a newspaper ("Báo Nhân Dân"); a case, not a school
    if ABBREVIATED_HEAD.match(text):
        return True
    if (m := SECRETARY.match(text)) and (gazetteer.starts_agency(text[m.end():]) or is_addressee(text[m.end():])):
        return True  # "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: …", "Bí thư các cấp ủy"
    if (m := SOLE_HEAD.match(text)) and gazetteer.starts_agency(text[m.end():]):
        return True  # "Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo …", "Chánh Văn phòng Ban chỉ đạo … phối hợp …"
    if gazetteer.starts_agency(text) or ((m := MEMBER_OF.match(text)) and gazetteer.starts_agency(text[m.end():])):
        return True
    if (m := HEAD_OF.match(text)) and is_addressee(text[m.end():]):
        return True  # "Thủ trưởng các sở, ban, ngành tỉnh", "Giám đốc Sở Y tế": the head acts for the agency
    if (m := HEAD_OF_ONE.match(text)) and gazetteer.starts_agency(text[m.end():]) \
            and not fold(text[m.end():]).startswith(("co quan", "don vi")):  # ("Thủ trưởng Cơ quan ngang Bộ": a kind)
        return True  # the head of one agency ("Giám đốc Công an tỉnh chỉ đạo …"), or heads one after the other
        # ("Giám đốc Sở Nông nghiệp và Môi trường, Thủ trưởng các cơ quan …, Chủ tịch UBND cấp xã thường xuyên …")
    if fold(text).lstrip(" -*").startswith("cap uy"):
        return True  # the Party committee of the level named: "Cấp ủy, chính quyền Thành phố", "Cấp uỷ, chính quyền … các cấp"
    if regex.match(r"\W*(?:[Cc]ác\s+Khu\s+(?:[Cc]ông nghệ|[Kk]inh tế|[Cc]ông nghiệp|[Cc]hế xuất)|Khu\s+[Cc]ông nghệ\s+(?:cao|số))\b",
                    text):
        # zones that act through their boards: "8. Các Khu Công nghệ cao, Khu Công nghệ số tập trung …" (982/QĐ-TTg);
        # not one zone named as the place work is done ("1. Khu công nghiệp Tam Thăng: hoàn thành giải phóng mặt bằng")
        return True
    if (m := PLACE_ACTOR.match(text)) and gazetteer.province_name(m.group("name")):
        return True  # a province or city acting through its authorities: "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh …"
    if _people_list(text):
        return True  # "Cán bộ, đảng viên, công chức, viên chức không đi chúc Tết …": the people a Party directive binds
    if VILLAGE_HEAD.match(text):
        return True  # "Trưởng thôn, tổ trưởng tổ dân phố tuyên truyền …": the heads of villages and residential groups
    if PROJECT_PARTY.match(text):
        return True  # "(ii) Chủ đầu tư phối hợp chặt chẽ …" (653/TB-VPCP): the project's own investor, named by its role
    if regex.match(r"\W*(?:[Cc]ác\s+)?Tổ\s+(?:công tác|giúp việc|chuyên gia|thư ký)\b", text):
        return True  # a working group: "Trách nhiệm Tổ công tác triển khai Đề án 06:" (175/NQ-CP Điều 2.1)
    if regex.match(r"\W*(?:Liên hiệp|Hiệp hội|Tổng Liên đoàn)\s+\p{Lu}|\W*Liên hiệp các\s+(?:Hội|Tổ chức)\b", text):
        return True  # associations that act in plans: "Liên hiệp các Hội Khoa học và Kỹ thuật", "Hiệp hội Doanh nghiệp"
    m = regex.match(r"(?i)\W*(?:các|mọi|toàn thể)\s+(.+)$", text)
    if not m:
        return False
    rest = fold(m.group(1))
    return gazetteer.starts_agency(m.group(1)) or rest.rstrip(" :;.") in COLLECTIVE or rest.startswith(
        tuple(c + sep for c in COLLECTIVE for sep in " ,:;"))


PEOPLE = COLLECTIVE + ("cong dong", "ca nhan", "nguoi dan", "hoi", "doan the", "can bo", "dang vien", "cong chuc", "vien chuc",
                       "nguoi lao dong", "doan vien", "hoi vien")


def is_collective_list(text: str) -> bool:
    """'Doanh nghiệp, cộng đồng, tổ chức, cá nhân' — a heading that lists kinds of actor, without 'các': one lead."""
    parts = [fold(p) for p in regex.split(r"\s*,\s*|\s+và\s+", text.strip(" :."))]
    return text[:1].isupper() and len(parts) >= 2 and all(p in PEOPLE for p in parts)


def is_catch_all(name: str) -> bool:
    """'các bộ, ngành, địa phương, đơn vị, cá nhân liên quan' names nobody in particular: not a lead."""
    return bool(regex.search(r"(?:có\s+)?liên quan(?:\s+khác)?\W*$", name)) or (
        fold(name).startswith("cac ") and bool(regex.search(r"\b(?:có\s+)?liên quan(?:\s+khác)?\b(?!\s*(?:[,;]|và)\s*(?:các\s|\p{Lu}))"
                                                         r"(?=\s+(?:đến|tới|không|khác|theo|căn cứ|tập trung)\b)", name)))


def _last_sentence(text: str) -> str:
    """The last sentence of a paragraph (a full stop before a capital ends one)."""
    return regex.split(r"(?<=[.])\s+(?=\p{Lu})", text)[-1]


PARTY_COMMITTEES = ("tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy")
KINDS = sorted({fold(h) for h in gazetteer.AGENCY_HEADS}, key=len, reverse=True)


def _bare_kind(name: str) -> bool:
    """A body named by its kind alone, capitalised or not, maybe with lower-case words after it ("Tổng công ty nhà
    nước"), no proper name."""
    f = fold(name.strip())
    head = next((k for k in KINDS if f == k or f.startswith(k + " ")), None)
    rest = name.strip().split()[len(head.split()):] if head else []
    # (the level or the places it stands for name a body: "Ủy ban nhân dân các xã", "… cấp huyện", "… tỉnh")
    return head is not None and all(w[:1].islower() for w in rest) \
        and not any(fold(w) in ("cac", "cap", *PARTY_UNITS, *(fold(k) for k in PLACE_KINDS)) for w in rest)


GENERIC_BODIES = ("co quan", "don vi", "doan the", "to chuc", "dia phuong", "thanh pho", "tinh", "huyen", "xa", "phuong")


def _one_body(name: str) -> bool:
    """A single body named in full by its kind ("ngân hàng thương mại"), not a group ("các sở, ban, ngành") nor a
    generic word that goes on a group ("cơ quan ngang bộ", "thành phố trực thuộc Trung ương")."""
    f = fold(name).strip(" -*")
    return len(f.split()) >= 3 and "," not in name and not f.startswith(("cac ", *GENERIC_BODIES))


BODY_KINDS = ("doan the", "to chuc", "co quan", "don vi", "hoi", "doanh nghiep")
# The kind a name opens on, maybe after heads' titles: "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ", "Các Sở" (not "Sở
# Lao động - Thương binh và Xã hội", whose "hội" is no kind of body)
NAME_OF_KIND = regex.compile(r"(?:(?:thu truong|giam doc|chu tich|nguoi dung dau|bo truong|lanh dao)(?:\s*,|\s+va)?\s+)*"
                             r"(?:cac\s|(?:" + "|".join(BODY_KINDS) + r")\b)")
# The role of the body just named, in apposition: "Bộ Tài chính, cơ quan thường trực của Ban Chỉ đạo" is one party.
ITS_ROLE = regex.compile(r"(?:co quan|don vi)\s+(?:thuong truc|dau moi|chu quan)\b")


def _kind_after_name(name: str, piece: str) -> bool:
    """A kind of body at some level, in lower case, after one body's proper name: "Mặt trận Tổ quốc Việt Nam, đoàn
    thể các cấp" (01/CT-UBND Bình Thuận) is two; "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ" and "Các Sở,
    ban, ngành" stay whole (a kind or a group already), and so does a name and its role ("…, cơ quan thường trực …")."""
    f, n = fold(piece), fold(name).strip(" -*")
    return (piece[:1].islower() and len(piece.split()) >= 3 and bool(regex.match(rf"(?:{'|'.join(BODY_KINDS)})\b", f))
            and name[:1].isupper() and not NAME_OF_KIND.match(n) and " cac " not in f" {n} "
            and not ITS_ROLE.match(f))


def _place_list_and_party(text: str) -> list[str] | None:
    """A place list, then "và" and a party in lower case: "… các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ,
    ngành" → the list, the party; a place written with its kind ("… Gia Lai và thành phố Đà Nẵng và các cơ quan …") is
    one more of the list. One pass over the "và"s (no backtracking over a long text)."""
    kinds = PLACE_KIND_ALT
    if not (opened := regex.match(r"^[^:;]{3,80}?\bcác\s+(?:" + kinds + r")\s*:\s*(?=\p{Lu})", text)) or regex.search(r"[:;]", text, pos=opened.end()):
        return None
    last_group = max((m.start() for m in regex.finditer(r"\bcác\s", text, pos=opened.end())), default=-1)
    for joint in regex.finditer(r"\s+và\s+(?=\p{Ll})", text, pos=opened.end()):
        if joint.end() > last_group:
            return None  # the party names a group ("các …"); none is left after this "và"
        if regex.match(r"(?:" + kinds + r")\s+\p{Lu}", text[joint.end():]):
            continue  # "thành phố Đà Nẵng": one more place
        return [text[:joint.start()], text[joint.end():]] if PLACE_LIST.fullmatch(text[:joint.start()]) else None
    return None


# The office serving two bodies is one agency: "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn đại biểu Quốc hội và Hội
# đồng nhân dân tỉnh".
_COUNCIL_NAMES = r"UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân"
COUNCILS = regex.compile(r"(?:" + _COUNCIL_NAMES + r")\b")
OFFICE_OF_TWO = regex.compile(r"^\W*(?:[Cc]ác\s+)?Văn phòng\s+(?:Đoàn (?:đại biểu Quốc hội|ĐBQH)|" + _COUNCIL_NAMES + r")$")
# A head's title before the agency it heads: "Giám đốc Sở …", "Chánh Văn phòng …", "Thủ trưởng …".
TITLE_BEFORE = regex.compile(r"^\W*(?:Giám đốc|Phó Giám đốc|Thủ trưởng|Bộ trưởng|Chủ tịch|Chánh|Trưởng ban|Cục trưởng|"
                             r"Tổng Giám đốc|Viện trưởng|Hiệu trưởng|Người đứng đầu)\s+(?=\p{Lu})")


PLACE_KINDS = {"xã", "phường", "tỉnh", "huyện", "thành phố", "thị xã", "đặc khu"}
PLACE_KIND_ALT = "|".join(sorted(PLACE_KINDS, key=len, reverse=True))  # (one order, whatever the set's)


# A list of places under one kind, maybe after the body each has: "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng", "Ủy ban
# nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh" — one entry a place (gold/README, tasks rule:
# a list of members under one head noun is split, as "Các Bộ: Quốc phòng, Công an").
PLACE_NAME = r"\p{Lu}\p{Ll}*(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*)*(?:\s+\d{1,2})?"  # (a numbered commune: "Đam Rông 1")
PLACE_MEMBERS = regex.compile(
    r"^(?P<body>(?:(?:Chủ tịch|Thường trực)\s+)?(?:" + _COUNCIL_NAMES + r"|Công an|"
    r"Bộ Chỉ huy Quân sự|Sở\s+\p{Lu}[\p{L}\s,]*?)\s+)?(?:[Cc]ác|\d{1,3})\s+(?P<kinds>(?:" + PLACE_KIND_ALT + r")(?:\s*,\s*(?:"
    + PLACE_KIND_ALT + r"))?)(?:\s+trực thuộc\s+[Tt]rung ương)?\s*:?\s*(?P<names>" + PLACE_NAME + r"(?:\s*(?:,|và)\s*(?:(?i:" + PLACE_KIND_ALT + r")\s+)?"
    + PLACE_NAME + r")+)\W*$")


# One place named with its body, then "và" and a list of others of the body: "Ủy ban nhân dân Thành phố Hồ Chí Minh và
# các tỉnh: Đồng Nai, Tây Ninh" — the body is each one's.
FIRST_AND_MEMBERS = regex.compile(r"^(?P<body>(?:Chủ tịch\s+)?(?:" + _COUNCIL_NAMES + r"))\s+(?P<first>(?:[Tt]hành phố|"
                                  r"[Tt]ỉnh)\s+" + PLACE_NAME + r")\s+và\s+(?P<rest>[Cc]ác\s.+)$")


# Members listed after their heads' kind: "Các Bộ: Quốc phòng, Công an", "Bộ trưởng các Bộ: …", "Các bộ, cơ quan: …".
HEADS_LISTED = regex.compile(r"^\s*(?P<title>(?:Bộ trưởng|Thủ trưởng|Giám đốc|Chủ tịch)\s+)?[Cc]ác\s+(?P<head>Bộ|Sở|Cục|Vụ|Ban|bộ|sở)"
                             r"(?:\s*,\s*(?:cơ quan|ngành|ban,\s*ngành))?\s*:\s*")


def _place_members(text: str) -> list[str] | None:
    if (pair := FIRST_AND_MEMBERS.match(text.strip())) and \
            (rest := _place_members(f"{pair.group('body')} {pair.group('rest')}")):
        return [f"{pair.group('body')} {pair.group('first')}", *rest]
    m = PLACE_MEMBERS.match(text.strip())
    if not m:
        return None
    kinds = [k.strip() for k in m.group("kinds").split(",")]
    body = f"{m.group('body').strip()} " if m.group("body") else ""
    out = []
    for name in regex.split(r"\s*(?:,|\bvà\b)\s*", m.group("names").strip(" .")):
        if own := regex.match(r"(?i:" + PLACE_KIND_ALT + r")\s+", name):  # "… và thành phố Đà Nẵng"
            kind, name = own.group(0).strip().lower(), name[own.end():]
        else:
            kind = kinds[0] if kinds[0] != "thành phố" or len(kinds) == 1 else kinds[-1]
        if name.lower() in gazetteer.CITIES and (kind == "thành phố" or "thành phố" in kinds):
            kind = "Thành phố"  # a centrally-run city: "Ủy ban nhân dân Thành phố Hồ Chí Minh"
        out.append(f"{body}{kind} {name}")
    return out


MEMBERS_IN_BRACKET = regex.compile(r"^(?:[Cc]ác|[Mm]ọi)\s+\p{Ll}[^()]*?\s*\((?:bao\s+)?(?:gồm\s*:?\s*)?(?P<m>[^()]+)\)$")


def split_agencies(text: str) -> list[str]:
    """'Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo; UBND cấp huyện' → three agencies;
    'Các Bộ: Quốc phòng, Công an' → 'Bộ Quốc phòng', 'Bộ Công an'."""
    if title := SECRETARY_TITLE.match(text.strip()):
        # "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: …", "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch …": two heads;
        # "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố" alone: one; a party after it that is no addressee ("Bí thư các
        # cấp ủy, tổ chức đảng và người đứng đầu …"): no name to split
        rest = text.strip()[title.end():]
        if (pair := regex.match(r"\s*,\s*|\s+và\s+", rest)) and is_addressee(rest[pair.end():]):
            after = split_agencies(rest[pair.end():])
            # the second head's list of places is the first's too: "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các
            # tỉnh: Khánh Hòa, Đắk Lắk" → "Bí thư tỉnh ủy Khánh Hòa", …, "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa", …
            places = [m.group(1) for a in after
                      if (m := regex.search(r"\b(?:tỉnh|thành phố)\s+(\p{Lu}[\p{L} -]*)$", a))]
            if len(places) >= 2 and regex.search(r"\bcác\s+(?:tỉnh|thành phố)\b[^:]*:", rest):
                return [f"{title.group(0).strip()} {p}" for p in places] + after
            return [title.group(0).strip()] + after
        return [title.group(0).strip()] if not pair else []
    # a place list ends where a party in lower case follows it: "… các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các
    # Bộ, ngành" (223/CĐ-TTg item 1)
    if is_collective_list(text):
        return [text.strip(" .:")]  # "Cán bộ, đảng viên, công chức, viên chức", "Doanh nghiệp, cộng đồng": one group
    if listed := _place_list_and_party(text.strip()):
        return [*(_place_members(listed[0]) or listed[:1]), *listed[1:]]
    if members := _place_members(text):
        return members  # "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa" → one entry a province
    if is_caps(text) and ";" not in text and regex.match(
            r"(?i)^\s*(?:(?:bộ trưởng|thủ trưởng|giám đốc|chủ tịch)\s+)?các\s+(?:bộ|sở|cục|vụ|ban)\s*:", text):
        # the list below in capitals, a heading's way ("CÁC BỘ: QUỐC PHÒNG, CÔNG AN"): each name in its normal case
        return [gazetteer.agency_case(a) for a in split_agencies(text.title())]
    m = regex.match(HEADS_LISTED.pattern + r"(?P<rest>.+)$", text)
    if m:
        # the list of names ends at a semicolon; what follows is another party: "Bộ trưởng các Bộ: Quốc phòng, …, Y tế;
        # Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng" (231/CĐ-TTg item 1)
        rest, _, after = m.group("rest").partition(";")
        if after.strip():
            return split_agencies(text[:m.start("rest")] + rest) + split_agencies(after.strip())
        parts = regex.split(r"(\s*,\s*|\s+và\s+)", m.group("rest").strip())
        names, seps = parts[0::2], parts[1::2]
        merged: list[str] = []
        i = 0
        while i < len(names):  # the longest run that is one known name: "Văn hóa, Thể thao và Du lịch"
            for j in range(len(names), i, -1):
                cand = names[i] + "".join(seps[k] + names[k + 1] for k in range(i, j - 1))
                if j == i + 1 or gazetteer.known(f"{m.group('head')} {cand}"):
                    merged.append(cand.strip())
                    i = j
                    break
        return [f"{m.group('title') or ''}{m.group('head').capitalize()} {n}" for n in merged]  # "Bộ trưởng Bộ Quốc phòng"
    # A bracket is part of the name before it, never a list to split: "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban
    # quản lý …)", "các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)".
    # … unless it lists a kind's members in full: "Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng,
    # Công Thương, …)", "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, …)" — each member
    # is an entry, as "Các Bộ: Quốc phòng, Công an" (not examples: "(VNPT, Viettel, MobiFone và doanh nghiệp khác)")
    if (kind_of := MEMBERS_IN_BRACKET.match(text.strip())) and not regex.search(r"\bkhác\b|…|\.\.\.|v\.v", kind_of.group("m")):
        members = split_agencies(kind_of.group("m"))
        if len(members) >= 2 and all(m[:1].isupper() and is_addressee(m) for m in members):
            return members
    masked = regex.sub(r"\([^()]*\)", lambda b: b.group(0).replace(",", "\x00").replace(";", "\x01")
                       .replace(" và ", "\x02"), text)
    if masked != text:
        return [n.replace("\x00", ",").replace("\x01", ";").replace("\x02", " và ") for n in split_agencies(masked)]
    out: list[str] = []
    # "… Bộ Công an và Ủy ban nhân dân các tỉnh": "và" before a capitalised agency head starts another agency
    # ("Sở Khoa học và Công nghệ" stays whole: "Công nghệ" heads no agency).
    # … and before a lower-case group the text closes as a catch-all ("Các Khu Công nghệ cao, Khu Công nghệ số tập trung
    # và hiệp hội, doanh nghiệp liên quan", 982/QĐ-TTg Điều 2.8): that group names nobody and is left out below; not
    # a group that names a party before its own catch-all ("Bộ Công an và doanh nghiệp viễn thông, các đơn vị có liên
    # quan", "… và thành phố Hà Nội, các cơ quan có liên quan")
    # (a semicolon always parts two entries: "Sở Khoa học và Công nghệ; VNPT Lâm Đồng" — a name the gazetteer does not
    # know after it is no "và" inside a name)
    joined: list[str] = []
    for clause in regex.split(r"\s*;\s*", text):
        opened = len(joined)
        for part in regex.split(r"\s+(?:và|hoặc)\s+(?=các\s)|\s+(?:và|hoặc)\s+(?=\p{Lu})(?![Pp]hòng,?\s+chống\b)|\s+và\s+(?=\p{Ll}(?:(?!,\s*các\s)[^;\p{Lu}])*\s"
                                r"(?:có\s+)?liên quan\W*$)", clause):
            if len(joined) > opened and ((part[:1].isupper() and not is_addressee(part))
                                         # ("Tòa án nhân dân thành phố và các khu vực": the courts of the areas too)
                                         or regex.match(r"các\s+(?:khu vực|vùng|cấp)\W*$", part)
                                         or (OFFICE_OF_TWO.match(regex.split(r"\s*,\s*", joined[-1])[-1])
                                             and COUNCILS.match(part))):
                joined[-1] += " và " + part  # the "và" was inside a name ("Văn phòng HĐND và UBND huyện" too)
            else:
                joined.append(part)
    # "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch …": a head's group ends where the next head's title starts
    joined = [s for part in joined for s in (HEAD_TITLE.split(part) if HEAD_OF.match(part) else [part])]
    for part in joined:
        if out and part[:1].islower() and is_catch_all(part):
            continue  # "… và hiệp hội, doanh nghiệp liên quan": the catch-all split off above, whole
        if HEAD_OF.match(part):
            # "người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp …": the head is of
            # every group its comma list names: one entry
            out.append(part.strip(" .-") + ";")
            continue
        for piece in regex.split(r"\s*,\s*", part):
            piece = piece.strip(" .-")
            if not piece:
                continue
            if out and gazetteer.known(f"{out[-1]}, {piece}"):
                out[-1] = f"{out[-1]}, {piece}"  # a name with a comma inside: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể
                continue  # Trung ương"
            # "Ban Thường vụ Tỉnh ủy, Thành ủy": a Party committee named alone after a body of another one is that
            # body's too (21/CT-TTg II.1)
            if out and fold(piece) in PARTY_COMMITTEES and len(fold(out[-1]).split()) > 2 \
                    and fold(out[-1]).endswith(PARTY_COMMITTEES):
                out[-1] = out[-1] + ", " + piece
                continue
            # "Các Tập đoàn, Tổng công ty": a second kind of body named by its kind alone goes on the group the first
            # opens with "Các" (122/NQ-CP annex 21; "Bộ Công an, Bộ Quốc phòng" name two)
            if out and regex.match(r"(?i)các\s", out[-1]) and _bare_kind(out[-1][4:]) and _bare_kind(piece):
                out[-1] = out[-1] + ", " + piece
                continue
            # A new agency starts capitalised ("Sở Y tế") or with "các"; "Các sở, ban, ngành, đoàn thể" is one group.
            new_agency = ((piece[:1].isupper() or bool(PLACE_ACTOR.match(piece))) and is_addressee(piece)) \
                or fold(piece).startswith("cac ") \
                or bool((t := TITLE_BEFORE.match(piece)) and is_addressee(piece[t.end():])
                        and not fold(piece[t.end():]).startswith(("co quan", "cac ")))  # "…, Giám đốc Sở Y tế"
            # (heads of kinds of body stay one group: "Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc
            # Chính phủ")
            # … or a second kind of body named in full after a first one in full, OCR or the writer leaving it in
            # lower case ("ngân hàng thương mại, chi nhánh ngân hàng nước ngoài"); "Các Sở, ban, ngành" stays whole.
            new_agency = new_agency or (len(piece.split()) >= 3 and bool(out) and _one_body(out[-1])
                                        and _one_body(piece) and is_addressee(piece[:1].upper() + piece[1:]))
            new_agency = new_agency or (bool(out) and _kind_after_name(out[-1], piece)) \
                or bool(VILLAGE_HEAD.match(piece))  # "Trưởng thôn, tổ trưởng tổ dân phố": two offices
            # … unless the name so far is already whole and a capitalised name follows ("…và Du lịch, Cổng …").
            whole = piece[:1].isupper() and out and gazetteer.known(out[-1])
            # (a head's title before the name: "Giao Giám đốc Sở Văn hóa, Thể thao và Du lịch thực hiện …")
            named = bool(out) and (is_addressee(out[-1]) or bool((t := TITLE_BEFORE.match(out[-1]))
                                                                  and is_addressee(out[-1][t.end():])))
            if out and not out[-1].endswith(";") and named and not new_agency and not whole:
                out[-1] = out[-1] + ", " + piece  # "Sở Văn hóa" + "Thể thao và Du lịch", "Các Sở" + "ban, ngành"
            else:
                out.append(piece)
        if out:
            out[-1] = out[-1] + ";"
    out = _titled([o.rstrip(";").strip() for o in out if o.rstrip(";").strip()])
    return [p for o in out for p in (_place_members(o) or _name_then_places(o) or [o])]  # "…, các tỉnh Bắc Ninh, Gia Lai"


# One head's title over several agencies of one kind: "Giám đốc Sở Y tế, Sở Nông nghiệp và Môi trường, Sở Công Thương"
# → each agency's head in full ("Giám đốc Sở Nông nghiệp và Môi trường" …), as "Bộ trưởng các Bộ: Quốc phòng, Công an"
# gives "Bộ trưởng Bộ Quốc phòng" (gold/README, tasks rule: a list of members under one head, each in full).
HEAD_TITLE_OF_ONE = regex.compile(r"^(?P<t>(?:Giám đốc|Thủ trưởng|Bộ trưởng|Hiệu trưởng|Cục trưởng|Chi cục trưởng|"
                                  r"Tổng Giám đốc)\s+)(?P<head>Sở|Bộ|Cục|Chi cục|Trường|Bệnh viện|Trung tâm|Ban)\s+\p{Lu}")


def _titled(names: list[str]) -> list[str]:
    out: list[str] = []
    title = None
    for name in names:
        if m := HEAD_TITLE_OF_ONE.match(name):
            title = m
        elif title and name.startswith(title.group("head") + " ") and name[len(title.group("head")) + 1:][:1].isupper():
            name = title.group("t") + name
        else:
            title = None
        out.append(name)
    return out


def _name_then_places(text: str) -> list[str] | None:
    """A known agency and a list of places with no comma between, as the writer or OCR left it: "Bộ Quốc phòng các tỉnh
    Ninh Bình, Hưng Yên" → the agency, then each place."""
    for m in regex.finditer(r"\s+(?=[Cc]ác\s+(?:" + PLACE_KIND_ALT + r")\s)", text):
        if gazetteer.known(text[:m.start()]) and (places := _place_members(text[m.end():])):
            return [text[:m.start()], *places]
    return None


FUNCTION_HEADS = {"Cục", "Vụ", "Chi cục", "Tổng cục", "Viện", "Phòng", "Trung tâm"}  # departments named by what they do: "Cục Quản lý …"
NAME_NOUNS = {"Ban", "Tổ", "Ủy ban", "Hội đồng", "Văn phòng Ban", "Cục", "Trung tâm", "Đoàn", "đoàn", "cơ quan", "Cơ quan"}
NAME_VERBS = {"chỉ đạo", "quản lý", "điều hành", "thường vụ", "công tác", "điều phối", "kiểm tra", "giám sát",
              "thanh tra"}
ROLE_WORDS = {"chủ trì", "phối hợp", "có trách nhiệm", "thực hiện", "chịu trách nhiệm", "căn cứ", "theo",
              "chủ động", "tiếp tục", "khẩn trương", "thường xuyên", "tăng cường",  # adverbs before the verb
              "định kỳ", "đẩy mạnh"}  # … which the tagger calls nouns ("Các sở, ban, ngành định kỳ gửi …")
# Adverbs urging the verb after a name ("Cục Quản lý sớm hoàn thiện hồ sơ"): no function a department's name states.
URGING = {"sớm", "kịp thời", "nghiêm túc", "tích cực", "quyết liệt", "khẩn cấp", "nhanh chóng"}
# A clause between the subject and its verb ("Các Cục Thuế khi tiến hành thanh tra … cần …"); the tagger may call
# "khi" a noun.
CLAUSE_WORDS = {"khi", "nếu", "để", "sau khi", "trước khi", "trong khi"}
# Verbs of directing the tagger may not call verbs ("lãnh đạo", "tham mưu", "đôn đốc"): after a capitalised name (or
# its number: "Ban Chỉ đạo 751 đôn đốc …") they are its verb.
ACTING_NOUNS = {"lãnh đạo", "tham mưu", "đôn đốc"}
# Verbs the tagger calls nouns after a list's comma: "phối hợp với …, UBND các phường, xã, khuyến cáo người dân …"
VERBS_AFTER_LIST = {"khuyến cáo", "vận động", "tuyên truyền", "hướng dẫn", "phổ biến"}


# Who a council's or a Party committee's standing body and its members are, as a task's subject: "Thường trực Hội
# đồng nhân dân tỉnh", "các Tổ đại biểu Hội đồng nhân dân tỉnh", "Đại biểu Hội đồng nhân dân tỉnh" (a head the header
# gazetteer has no use for: they only count when an agency follows).
MEMBER_HEADS = ("thường trực", "tổ đại biểu", "đại biểu")
MEMBER_OF = regex.compile(r"(?i)^\W*(?:các\s+)?(?:thường trực|tổ đại biểu|đại biểu)\s+(?=\p{Lu})")
# The head of an agency named as who acts: "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường".
# Only over a group ("các …"): "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" stays one entry.
# (Widening it to a head over one agency named in capitals — "Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung
# ương khẩn trương chỉ đạo …", 3176/QĐ-BYT — was tried in stop 12 and left out: it lowered the held-back check set.)
HEAD_OF = regex.compile(r"(?i)^\W*(?:thủ trưởng|giám đốc|người đứng đầu|hiệu trưởng)\s+(?=các\s)")
HEAD_OF_ONE = regex.compile(r"^\W*(?:[Tt]hủ trưởng|[Gg]iám đốc|[Cc]hủ tịch|[Cc]ục trưởng|[Cc]hỉ huy trưởng|[Tt]ư lệnh|"
                         r"[Tt]ổng [Gg]iám đốc|[Tt]ổng cục trưởng|[Vv]iện trưởng|[Tt]rưởng ban)\s+(?=\p{Lu})")
HEAD_TITLE = regex.compile(r"\s*,\s*(?=(?:[Tt]hủ trưởng|[Gg]iám đốc|[Cc]hủ tịch|[Nn]gười đứng đầu|[Tt]ổng [Gg]iám đốc|"
                            r"[Bb]ộ trưởng|Trưởng|Chánh|Tư lệnh|Chỉ huy trưởng|[Hh]iệu trưởng)\s)")
MULTIWORD_HEADS = sorted({normalize(h).lower() for h in (*gazetteer.AGENCY_HEADS, *MEMBER_HEADS) if " " in h},
                         key=len, reverse=True)
HEADS = sorted({normalize(h).lower() for h in (*gazetteer.AGENCY_HEADS, *MEMBER_HEADS)}, key=len, reverse=True)


HONORIFIC = regex.compile(r"^\s*(?:[Cc]ác\s+)?(?:[Đđ]ồng chí|[Đđ]/c)\s+(?=\p{Lu})")  # "Các đồng chí Bộ trưởng, …" too


def _names_a_function(name: list[str]) -> bool:
    """The words so far end on a body whose name goes on with what it does: "Ban chỉ đạo", "Các đoàn thanh tra, kiểm
    tra" (its functions joined by commas)."""
    k = len(name)
    while k >= 2 and name[k - 1] == "," and name[k - 2].lower() in NAME_VERBS:
        k -= 2
    return k > 0 and name[k - 1] in NAME_NOUNS


FACILITY_PURPOSES = {"kham benh", "chua benh", "giao duc", "giao duc nghe nghiep", "dao tao", "san xuat", "kinh doanh",
                     "ban le", "luu tru", "tro giup xa hoi", "cai nghien ma tuy", "cai nghien"}


# "cơ quan bảo hiểm xã hội", "cơ quan thuế": a public service named in lower case by its kind (2010/QĐ-BYT Điều 5);
# "các cơ quan thông tấn, báo chí" (982/QĐ-TTg Điều 2.9): the press, its kinds after commas (the tagger calls "thông
# tấn" a verb)
SERVICE_KINDS = {"bao hiem xa hoi", "thue", "hai quan", "cong an", "kho bac nha nuoc", "kho bac", "thong ke",
                 "quan ly thi truong", "kiem lam", "thong tan", "bao chi", "truyen thong", "phat thanh", "truyen hinh"}


def _purpose_len(words: list[tuple[str, str]], i: int, kinds: set[str] = FACILITY_PURPOSES) -> int:
    """How many tagged words from i spell a facility's purpose ("khám" "bệnh"), the longest; 0 if none."""
    best = 0
    for k in range(i, min(i + 4, len(words))):
        if fold(" ".join(w for w, _ in words[i : k + 1])) in kinds:
            best = k - i + 1
    return best


HEAD_VERBS = ("ban hành ", "ban bố ")  # verbs opening on an agency head's word ("Ban")


# A head of several words that opens the next name of a list, after a comma, a semicolon or "và" ("Đảng đoàn Hội đồng
# nhân dân huyện, Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo …": the tagger reads "cán sự" a verb, "đảng Ủy" one word)
# (and the heads after it, as at a sentence's start: "Ban cán sự đảng" + "Ủy ban nhân dân")
_NEXT_HEAD = regex.compile(r"(?<=[,;]\s*|\svà\s+)(?:" + "|".join(regex.escape(h) for h in MULTIWORD_HEADS) + r")"
                           r"(?:\s+(?!" + "|".join(h.strip() for h in HEAD_VERBS) + r")(?:"
                           + "|".join(regex.escape(h) for h in HEADS) + r"))*(?=\s)")


ACTING_SYLLABLES = {"chịu", "cấp", "chủ", "phối", "thực", "triển", "tổ", "chỉ", "khẩn", "tiếp", "tập", "hướng", "đẩy",
                    "rà", "kiểm", "xây", "hoàn", "báo", "có", "tham", "theo", "căn"}
NAME_THEN_WORD = regex.compile(r"(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)+)\s(\p{Ll}+(?:\s\p{Ll}+)*)")


def _name_then_word(word: str, tag: str) -> list[tuple[str, str]]:
    m = NAME_THEN_WORD.fullmatch(word)  # (a province's name, or a name before a verb it acts by: "Tam Nông chịu";
    # "Bộ Khoa học", "Cổng Thông tin" stay whole)
    return [(m.group(1), "Np"), (m.group(2), tag)] if m and (gazetteer.province_name(m.group(1)) or (
        tag[:1] == "V" and m.group(2).split()[0] in ACTING_SYLLABLES)) else [(word, tag)]


def _tagged(text: str) -> list[tuple[str, str]]:
    """underthesea's POS tags of a text (tagged whole, the words' context kept), each head of several words that opens
    a name after the first one noun."""
    from underthesea import pos_tag

    # (a proper name the tagger ran into the verb after it, "Cao Bằng cấp" tagged one verb: the name, then the verb)
    words = [part for w, tag in pos_tag(text) for part in _name_then_word(w, tag)]
    low = normalize(text).lower()
    spans = [m.span() for m in _NEXT_HEAD.finditer(low) if not low.startswith(HEAD_VERBS, m.start())]
    if not spans or len(low) != len(text):
        return _prevention(words)
    out, at = [], 0
    for w, tag in words:
        k = text.find(w, at)
        if k < 0:
            return _prevention(words)  # (a word the tagger spelt otherwise: its tags as they are)
        at = k + len(w)
        span = next((sp for sp in spans if sp[0] <= k < sp[1]), None)
        if span is None:
            out.append((w, tag))
        elif k == span[0] or not out or out[-1][1] != "head":
            out.append((text[k:at], "head"))  # the head's first word
        else:
            out[-1] = (text[span[0]:at], "head")  # … and the words after it, one noun
    return _prevention([(w, "N" if tag == "head" else tag) for w, tag in out])


def _prevention(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"Phòng, chống" (prevention and control) inside a name is one noun, not the head "Phòng" and a verb: "Ban Chỉ
    đạo Phòng, chống thiên tai tỉnh", "Cục Quản lý đê điều và Phòng, chống thiên tai"."""
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(words):
        w = words[k][0]
        if fold(w).split()[-1:] == ["phong"] and k + 2 < len(words) and words[k + 1][0] == "," and fold(words[k + 2][0]).startswith("chong"):
            out.append((f"{w}, {words[k + 2][0]}", "N"))
            k += 3
            continue
        out.append(words[k])
        k += 1
    return out


def leading_agency(text: str) -> str | None:
    """The agency a task sentence starts with: 'Bộ Xây dựng chỉ đạo …' → 'Bộ Xây dựng'.

    Vietnamese-aware: underthesea's word segmentation and POS tags find where the name ends — at the first
    lower-case verb (or role word such as 'chủ trì') after the head noun; capitalised words stay in the name.
    """
    # "Đồng chí Cục trưởng Cục Thuế chỉ đạo …": the honorific is no part of who acts (as "Đề nghị" is not).
    text = text[m.end():] if (m := HONORIFIC.match(text)) else text
    # "Người đứng đầu các cơ quan, đơn vị, địa phương … chịu trách nhiệm": the tagger reads "đứng" a verb
    if (head := regex.match(r"^\W*[Nn]gười đứng đầu\s+(?=các\s|\p{Lu})", text)) and (of := leading_agency(text[head.end():])):
        return text[:head.end()] + of
    prefix = HEADS_LISTED.match(text)
    if prefix:
        text = text[prefix.end():]
    elif not is_addressee(text):
        return None

    # A head of several words ("Ủy ban nhân dân", "Bộ Chỉ huy Quân sự") is one noun, whatever the tagger says of it.
    low = normalize(text).lower()
    head_len = 0
    # Heads one after the other are one name: "Văn phòng" + "Ủy ban nhân dân tỉnh", "Ban" + "Chỉ huy …".
    # (not a verb a head's word opens: "Thanh tra Chính phủ ban hành trước ngày …" — no "Ban")
    while (head := next((h for h in MULTIWORD_HEADS + (HEADS if head_len else [])
                         if low.startswith(h + " ", head_len) and not low.startswith(HEAD_VERBS, head_len)),
                        None)) is not None:
        head_len += len(head) + 1
    head_len = max(head_len - 1, 0)
    words = [(text[:head_len], "N")] + _tagged(text[head_len:400]) if head_len else _tagged(text[:400])
    name: list[str] = []
    where = -1  # where a relative clause "nơi …" began in the name
    managing = -1  # where what a "Ban Quản lý" manages began in its name
    skip, purposed = 0, False  # a facility's purpose being read into its name ("cơ sở khám bệnh, chữa bệnh")
    served = False  # … or a public service's kinds ("cơ quan thông tấn, báo chí")
    function_at = -1  # where a department's capitalised function began in the name ("Cục" + "Điều tra")
    for i, (w, tag) in enumerate(words):
        if i < skip:
            name.append(w)
            continue
        # "Thủ trưởng các cơ sở khám bệnh, chữa bệnh trong toàn quốc trực tiếp chỉ đạo …" (3176/QĐ-BYT): a kind of
        # facility is named by what it does, verbs the tagger ends the name at; one purpose or several after commas.
        if name and (fold(name[-1]) == "co so" or (purposed and name[-1] == ",")) and (n := _purpose_len(words, i)):
            skip, purposed = i + n, True
            name.append(w)
            continue
        if name and (fold(name[-1]) == "co quan" or (served and name[-1] == ",")) \
                and (n := _purpose_len(words, i, SERVICE_KINDS)):
            skip, served = i + n, True  # "…, cơ quan bảo hiểm xã hội và các cơ quan có liên quan có trách nhiệm …"
            name.append(w)
            continue
        if (purposed and w == "," and _purpose_len(words, i + 1)) or (served and w == "," and _purpose_len(words, i + 1, SERVICE_KINDS)):
            name.append(w)
            continue
        if where >= 0:
            # "Chi cục Hải quan nơi đang lưu giữ hàng hóa thực hiện …", "Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn
            # …" (778/TCHQ-GSQL): the office is named by where it acts; "Ban Vì sự tiến bộ của phụ nữ tỉnh chủ trì …",
            # "Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã căn cứ …" (55/2007 Ninh Thuận, Điều 2): a body
            # named by what it is for. The clause runs to the sentence's verb (a "nơi" clause to its first comma).
            if w in {":", ";", "(", "."} or (w == "," and fold(name[where]) == "noi") \
                    or (len(name) - where > 2 and (w.lower() in ROLE_WORDS or w.lower() in DIRECTING_VERBS)):
                break
            name.append(w)
            if len(name) - where > 14:
                return None
            continue
        if name and is_addressee(" ".join(name)) and (
                (w.lower() == "nơi" and name[-1][:1].isupper()) or (fold(w) == "vi" and name[-1] in NAME_NOUNS | {"Quỹ"})):
            where = len(name)
            name.append(w)
            continue
        if managing >= 0:
            # "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh chủ trì …", "Ban Quản lý Khu du lịch Bắc
            # bán đảo Cam Ranh phối hợp …": a board named by what it manages, up to its role or directing verb
            if w in {":", ";", "(", "."} or w.lower() in MANAGED_END or len(name) - managing > 12 \
                    or (w[:1].islower() and tag[:1] in {"V", "A"} and w.lower() not in MANAGED_WORDS):
                break
            if w == ",":
                managing = -1  # the board's name is whole; a list may go on
            else:
                name.append(w)
                continue
        if fold(" ".join(name)) in ("ban quan ly", "cac ban quan ly") and w not in {":", ";", "(", ".", ","} \
                and w.lower() not in MANAGED_END:
            managing = len(name)
            name.append(w)
            continue
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        place_range = w in {"từ", "đến"} and nxt[:1].isupper()  # "các tỉnh từ Hà Tĩnh đến Khánh Hòa"
        # "các tỉnh, thành phố trực thuộc Trung ương", "Trường … thuộc Sở Y tế": the unit it belongs to is in the name
        place_range = place_range or (w.lower() in {"trực thuộc", "thuộc"} and (nxt[:1].isupper() or fold(nxt) == "trung uong"))
        place_range = place_range or (w == "ngang" and nxt.lower() == "bộ")  # "Thủ trưởng cơ quan ngang bộ"
        place_range = place_range or (w == "đặc" and nxt == "khu")  # "Ủy ban nhân dân các phường, xã, đặc khu"
        # a Party committee cut in two by the tagger: "các văn phòng tỉnh ủy, thành ủy", "huyện ủy", "đảng ủy"
        # (the unit's word may end a token the tagger ran together: "Dân vận Tỉnh" / "ủy")
        place_range = place_range or (fold(w) == "uy" and bool(name) and fold(name[-1].split()[-1]) in PARTY_UNITS) \
            or (fold(w) == "thanh" and fold(nxt) == "uy")
        # "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao …" (the statutory kind of zone)
        place_range = place_range or (w == "ứng dụng" and fold(nxt).startswith("cong nghe"))
        # the level a group belongs to: "Các sở, ban, ngành, đoàn thể cấp tỉnh" ("cấp" tagged a verb, to grant)
        place_range = place_range or (w == "cấp" and bool(name) and fold(nxt) in LEVELS)
        # a kind of party of two words the tagger cut: "Các chủ" + "đầu tư" (investors), "nhà" + "đầu tư"
        place_range = place_range or (bool(name) and fold(f"{name[-1]} {w}") in {"chu dau tu", "nha dau tu", "chu rung"})
        # "Công đoàn ngành Trung ương và tương đương": bodies of the same rank are in the group's name
        place_range = place_range or (w == "tương đương" and bool(name) and name[-1] == "và")
        if i > 0 and (w.lower() in ROLE_WORDS or w.lower() in CLAUSE_WORDS):
            break  # "Sở Nội vụ Chủ trì, phối hợp …": a role word ends the name, capitalised or not
        if name and name[-1] == "," and w in VERBS_AFTER_LIST:
            break
        if w == "của" and name and fold(name[-1]) == "thanh vien" \
                and gazetteer.starts_agency(" ".join(x for x, _ in words[i + 1:i + 8])):
            name.append(w)  # "các thành viên của Ban Chỉ đạo phải …": the members of a body are named by it
            continue
        if i > 0 and w == "cấp" and name and fold(name[-1]) not in {"cac", "moi", "cung", "cap"} \
                and nxt[:1].islower() and fold(nxt) not in LEVELS:
            break  # "Các tỉnh Lạng Sơn, Cao Bằng cấp phép khai thác …": the verb (to grant), not a level ("cấp tỉnh")
        if i > 0 and w.lower() == "đồng" and fold(nxt) == "chu tri":
            break  # "4. Bộ Ngoại giao" / "Đồng chủ trì với Bộ Khoa học và Công nghệ, …" (982/QĐ-TTg Điều 2.4): co-chairs
        # "… các đoàn thể Trung ương lãnh đạo, chỉ đạo …": the tagger may call the verb after a proper name a noun
        # ("Ban lãnh đạo" keeps it: a body's own word)
        # (or after the level it is of: "Đảng đoàn Hội đồng nhân dân huyện lãnh đạo …")
        if i > 0 and w in ACTING_NOUNS and name and (name[-1][:1].isupper() or name[-1][:1].isdigit()
                                                     or fold(name[-1]) in LEVELS) \
                and name[-1] not in NAME_NOUNS:
            break
        # "các cấp ủy, tổ chức đảng, …": a kind of addressee after a comma goes on the group ("tổ chức" tagged a verb,
        # "Các sở, ban, ngành, đoàn thể cấp tỉnh": "đoàn thể" too)
        in_group = bool(name) and name[-1] == "," and fold(w) in COLLECTIVE + ("doan the",)
        # "Cục Quản lý rủi ro thực hiện …", "Cục Điều tra chống buôn lậu, …" (7594/TCHQ-PC): what a department's
        # capitalised function deals with is in its name (two words at most, not the sentence's own verb)
        # (not once the name has reached its place: "Cục Thống kê tỉnh thu thập số liệu" — the verb is the sentence's)
        managed = 0 <= function_at and len(name) - function_at <= 2 and tag[:1] in {"V", "A"} \
            and w.lower() not in ROLE_WORDS | DIRECTING_VERBS | CLAUSE_WORDS | URGING \
            and not any(fold(x) in LEVELS | {"khu vuc"} for x in name[function_at:])
        # "Cục trưởng các Cục Hải quan tỉnh, …": the head's title, the tagger calling "trưởng" an adjective
        managed = managed or (w == "trưởng" and len(name) == 1 and name[0] in FUNCTION_HEADS)
        if (i > 0 or prefix) and w[:1].islower() and tag[:1] in {"V", "A", "E", "R"} \
                and not (w.lower() in NAME_VERBS and _names_a_function(name)) and not place_range and not in_group \
                and not managed:
            break
        if tag[:1] == "V" and w[:1].isupper() and name and name[-1] in FUNCTION_HEADS:
            function_at = len(name)  # "Cục" + "Quản lý": a department named by its function
        if w == ";" and name and is_addressee(" ".join(x for x, _ in words[i + 1:i + 8])):
            name.append(w)  # "Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ …": the next agency
            continue
        if w == ":" and name and nxt[:1].isupper() and not words[i + 1][1].startswith("V") \
                and (name[-1].lower() in PLACE_KINDS or fold(" ".join(name[-2:])) == "truc thuoc trung uong"):
            name.append(w)  # "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo …"
            continue
        if w in {":", ";", "(", "."}:
            break
        if w == "-" and fold(nxt) == "co quan" and name:
            break  # "Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751 đôn đốc …": the role after the dash is no name
        name.append(w)
        # Several agencies one after the other ("Bộ Tài chính, Ngân hàng Nhà nước Việt Nam, Bộ Công an và …"): each
        # name is bounded, not the list.
        own = len(name) - max((k for k, x in enumerate(name) if x in {",", ";", "và"}), default=-1) - 1
        if own > 14 or len(name) > 60:
            return None
    out = " ".join(name)
    out = regex.sub(r"\s+([,;:)])", r"\1", out).strip(" ,;")
    # an emphasis after the name is no part of it: "Cấp uỷ, chính quyền địa phương các cấp, nhất là người đứng đầu …"
    out = regex.split(r",\s*(?:trong đó|nhất là|đặc biệt là)\b", out)[0]
    # a known name the tagger ended early: "Sở Nông nghiệp" + "và Phát triển nông thôn chủ trì …" (tagged one verb)
    if text.startswith(out) and not gazetteer.known(out):
        longer = _known_longer(out, text[len(out):])
        if longer != out:
            out, rest = longer, text[len(longer):]
            if (joint := regex.match(r"\s*,\s*|\s+và\s+", rest)) and (after := leading_agency(rest[joint.end():])):
                out = f"{out}{rest[:joint.end()].rstrip()} {after}".replace(" ,", ",")  # "…, Sở Xây dựng chủ trì"
    if not gazetteer.known(out) and (known := _known_before_verb(out)):
        out = known  # "Bộ Dân tộc và Tôn giáo" + "chịu trách nhiệm …": the tagger ran the verb into the name ("Tôn giáo chịu")
    if text.startswith(out) and (described := _described_group(out, text[len(out):])):
        out = described
    if prefix:
        return (prefix.group(0) + out).strip()
    return out if len(out.split()) >= 2 else None


# A kind of body named by what it does, what it has or where it is, up to the sentence's own verb: "Các công ty cấp nước
# trên địa bàn tỉnh chủ động …", "Các doanh nghiệp đang khai thác nước ngầm trên địa bàn tỉnh thực hiện …", "…, cơ quan
# chủ quản các dự án đang triển khai thi công tiếp tục chỉ đạo …" (627/TB-VPCP III.4 a): the description is part of who
# is meant, as gold writes it. A verb after "đang", "được", "đã" still describes ("dự án đang triển khai").
GROUP_KINDS = {"cong ty", "doanh nghiep", "dia phuong", "don vi", "co so", "hop tac xa", "to chuc", "co quan", "chu dau tu",
               "nha dau tu", "nha thau", "truong", "truong hoc", "benh vien", "trung tam", "ngan hang", "chi nhanh",
               "to chuc tin dung", "hiep hoi", "cong trinh", "ho gia dinh", "nha may", "khu", "ban", "chu rung"}


# What a body says or thinks, no description of it: "… cơ quan thống nhất …", "… nhất trí …", "… cho rằng …".
SAYS = regex.compile(r"(?i)(?:thống nhất|nhất trí|đồng ý|cho rằng|đề nghị|kiến nghị|đề xuất|có ý kiến|báo cáo|sẽ)\b")
# The area a described group is in, ending its description: "… trên địa bàn tỉnh", "… trên địa bàn thành phố Huế".
ON_AREA = regex.compile(r"\btrên địa bàn(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|cả nước|toàn quốc))?"
                        r"(?:\s+\p{Lu}\p{Ll}*)*$")
# A kind of facility or body named by what it does, several purposes after commas ("các cơ sở sản xuất, kinh doanh …").
PURPOSED_KIND = regex.compile(r"(?i)^(?:các|mọi|những)\s+(?:cơ sở|cơ quan)\s+\p{Ll}")


def _described_group(name: str, after: str) -> str | None:
    """The name with its description when it ends on a kind of body in lower case and a description runs from it to
    the sentence's verb (twelve words at most, no sentence break, a comma only between its first words: "quản lý,
    khai thác …"); a kind that has words of its own already ("các cơ quan báo chí", "các hợp tác xã nông nghiệp") takes
    only a description that opens on where or whose it is, or what it has or is doing ("trên địa bàn", "thuộc", "có",
    "đang" …). None otherwise."""
    part = regex.split(r"\s*,\s*|\s+và\s+", name.strip())[-1]
    if PURPOSED_KIND.match(name) and all(w[:1].islower() for w in name.split()[1:]):
        part = name  # one kind named by its purposes: "Các cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ" + " ăn uống, …"
    part = regex.sub(r"(?i)^(?:thủ trưởng|giám đốc|người đứng đầu|hiệu trưởng|chủ tịch)\s+(?=các\s)", "", part)  # the heads of …
    last = fold(regex.sub(r"(?i)^(?:các|mọi|những)\s+", "", part))  # (not "Môi trường": "mọi" and "Môi" fold alike)
    kind = next((k for k in GROUP_KINDS if last == k or last.startswith(k + " ")), None)
    # (the places a committee is of, those that have what the sentence is about: "Ủy ban nhân dân các xã, phường, đặc
    # khu có rừng chủ trì …", "… các xã, phường có dự án")
    having = last in {fold(k) for k in PLACE_KINDS} and regex.match(r"\s+có\s+\p{Ll}", after)
    # (a kind in lower case the gazetteer does not list, after "các": "các bến xe khách" + "trên địa bàn")
    plain = not kind and regex.match(r"(?i)các\s", part) is not None and all(w[:1].islower() for w in part.split()) \
        and DESCRIBING.match(after.strip()) is not None and len(part.split()) <= 5
    if having:
        kind = last
    elif plain:
        kind = ""
    elif not kind or not regex.match(r"\s+\p{Ll}", after) or not all(w[:1].islower() for w in part.split()[1:]):
        return None
    # (a bracket inside is the description's: "… khí dầu mỏ hóa lỏng (gas) trên địa bàn tỉnh")
    clause = regex.split(r"[:;.]|\((?![^()]{1,40}\))|(?<!\([^()]{1,40})\)", after, maxsplit=1)[0]
    verb = GROUP_PREDICATE.search(clause)
    # (a heading that is the name alone: "…, Giám đốc các trung tâm giáo dục nghề nghiệp", maybe with a bracket of
    # examples after it: "5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, …)")
    alone = clause == after or regex.fullmatch(r"\s*\([^()]*\)\W*", after[len(clause):]) is not None
    if verb is None and alone and len(clause.split()) <= 12:
        described = clause.rstrip(" ,")
    elif not verb or not clause[:verb.start()].strip():
        return None
    else:
        described = regex.sub(r"\s+(?:tự|sẽ|cần|phải|đã|đều)$", "", clause[:verb.start()].rstrip(" ,"))  # (its adverb: "tự kiểm tra")
    # (a new sentence the item's next line opens is no part of it: "10. Các cơ sở khám bệnh, chữa bệnh trên địa bàn
    # tỉnh" / "Cử viên chức …" — a verb in capitals)
    if regex.search(r"\s\p{Lu}", described):
        at, cut = 0, None
        for w, tag in _tagged(clause.strip()):  # (tagged in its sentence: alone "Cử viên chức" reads a number)
            at = described.find(w, at)
            if at < 0:
                break
            if at > 0 and w[:1].isupper() and tag.startswith("V"):
                cut = at
                break
            at += len(w)
        described = described[:cut].rstrip(" ,") if cut else described
    words = described.split()
    # (a description that ends on the area the bodies are in may be long and list what they do: "Các doanh nghiệp kinh
    # doanh xăng dầu, khí dầu mỏ hóa lỏng (gas) trên địa bàn tỉnh tự kiểm tra …")
    area = ON_AREA.search(described) is not None
    if words and (words[0] in CLAUSE_WORDS or (words[0] == "trong" and not DESCRIBING.match(described.strip()))):
        return None  # when or why, not which: "Các đơn vị trong quá trình triển khai …", "… khi …"
    if SAYS.match(described.strip()):
        return None  # what they say, not which: "Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; …"
    if not words or len(words) > (20 if area else 12) or fold(words[0]) in {"va", "hoac", "cung", "lien"} \
            or "lien quan" in fold(described) or fold(words[-1]) in {"cac", "va", "cua"} \
            or ("," in described and "," in " ".join(words[5:]) and not area):
        return None
    if (last != kind or kind in PARTY_KINDS) and not having and not area and not DESCRIBING.match(described.strip()):
        return None
    return name + described


# What opens a description of where or whose a body is, what it has, what it is doing or is ("Các chủ rừng là tổ chức
# …").
DESCRIBING = regex.compile(r"(?:trên địa bàn|thuộc|trực thuộc|có|đang|được|tại|ở|nơi|của|là|"
                        r"trong\s+(?:tỉnh|toàn|ngành|hệ thống|khu vực|vùng|nước))\b")  # (not "trong quá trình …")


def _known_before_verb(name: str) -> str | None:
    """The known agency name a name opens with, when what follows it in the name is the sentence's verb."""
    for cut in reversed([m.start() for m in regex.finditer(r"\s\p{Ll}", name)]):
        if gazetteer.known(name[:cut]) and GROUP_PREDICATE.match(name + " ", cut + 1) is not None:
            return name[:cut]
    return None


def _known_longer(name: str, after: str, most: int = 8) -> str:
    """The longest known agency name that is the name and up to `most` words of the text after it, or the name: a name
    the tagger ended early ("Sở Nông nghiệp" + " và Phát triển nông thôn", "Cục Quản lý Khám" + ", chữa bệnh")."""
    ends = [m.end() for m in regex.finditer(r"\S+", after)][:most]
    return next((c for e in reversed(ends) if gazetteer.known(c := (name + after[:e]).rstrip(",:;."))), name)


LIST_MARK = regex.compile(r"^\W{0,2}[-–+•](?:\s|$)")  # a dash alone on its line too, its text on the next ("-" / "Tuyên truyền …")


# Lower-case words that make a heading a sentence: "UBND các tỉnh chỉ đạo Sở … phối hợp với …:" ends its subject
# there ("Ban chỉ đạo" is a name).
PREDICATE = regex.compile(r"(?:(?<!\bBan|\bcác)\s+(?:chỉ đạo|[Cc]hủ trì|[Pp]hối hợp|thực hiện|triển khai|tổ chức|hướng dẫn|có trách nhiệm|"
                          r"chịu trách nhiệm|căn cứ|tiếp tục|khẩn trương|tăng cường|"
                          # a report's subject: "1. Bộ Tài chính báo cáo về tiếp thu, … các dự thảo: …" (122/NQ-CP III)
                          r"báo cáo(?!\s+viên)|"
                          # the manner of acting after the last name: "Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ,
                          # thẩm quyền chủ trì …", "… theo nhiệm vụ được phân công"
                          r"theo\s+(?:chức năng|nhiệm vụ|thẩm quyền|lĩnh vực|phạm vi|phân công))|"
                          # the verb "trình" (submit) before the body submitted to: "Chính phủ trình Ủy ban thường vụ
                          # Quốc hội, Quốc hội xem xét, …:" (84/NQ-CP II.2); not a word's second syllable ("Chương trình
                          # Mục tiêu", "Tờ trình", "công trình")
                          r"(?<!(?i:chương|quy|lộ|công|tờ|giáo|hành|tiến|đệ|lịch|phương))\s+trình(?=\s+\p{Lu})|"
                          # an emphasis after the name: "… các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng
                          # tâm là các tỉnh: …"
                          r",\s*(?:trong đó|nhất là|đặc biệt là))\b.*$")
MARKER_PREFIX = regex.compile(rf"^\W{{0,2}}(?:(?:\d{{1,2}}(?:\.\d{{1,2}})?|[a-zđ]|[IVX]{{1,5}})\s*[.)]|\d{{1,2}}\s*{NUM_END})\s+")  # "2.1. Sở Y tế" too
REQUEST_VERB = regex.compile(r"(?i)^" + ASK + r"\s+")


def _own_paragraph(item_lines: list[Line]) -> tuple[str, bool]:
    """The item's own text up to its first sub-item (a), -, 1.1 …), without its number and markup; and
    whether sub-items follow."""
    texts: list[str] = []
    para_done = False  # the first paragraph (up to a blank line) may be the item's heading
    for k, ln in enumerate(item_lines):
        if k and (_marker(ln) or LIST_MARK.match(ln.text.replace("*", ""))):
            break
        first_break = k and not para_done
        if first_break:
            para_done = ln.index > item_lines[k - 1].index + 1 or para_done
            if _heading_line(" ".join(texts), ln.text, k == 1 or para_done):
                break  # "2. Sở Khoa học và Công nghệ, Sở Nội vụ" over its paragraph "Sở Khoa học và Công nghệ chủ trì …"
        texts.append(ln.text)
    else:
        k = len(item_lines)
    text = " ".join(" ".join(texts).replace("*", "").split())
    return MARKER_PREFIX.sub("", ROLE_BRACKET.sub("", text)), k < len(item_lines)


# A role written beside a heading's name: "1. Sở Tài chính (cơ quan chủ trì)".
ROLE_BRACKET = regex.compile(r"(?i)\s*\((?:cơ quan |đơn vị )?(?:chủ trì|phối hợp|đầu mối|thường trực)\)")


def _whole_text(item_lines: list[Line]) -> str:
    """The item's text with its sub-items, on one line, without its number and markup."""
    return MARKER_PREFIX.sub("", ROLE_BRACKET.sub("", " ".join(" ".join(ln.text for ln in item_lines).replace("*", "").split())))


def _heading_line(first: str, nxt: str, first_line: bool = True) -> bool:
    """An item's first line that is only its agencies' names, over a paragraph that opens on an agency: a heading
    (a name wrapped over two lines ends in a comma or "và", or goes on with no agency head: "Du lịch", "Nam, …").
    Its lines may also stand over a line that opens on a capitalised verb ("4. Công an tỉnh" / "Chỉ đạo các đơn vị …",
    "2. Bộ trưởng các Bộ, …," / "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố" / "Khẩn trương rà soát …")."""
    # "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" over "Chỉ đạo …": the request verb is no part of it
    head = _addressed(MARKER_PREFIX.sub("", ROLE_BRACKET.sub("", first.replace("*", ""))).strip())
    nxt = nxt.replace("*", "").strip()
    if not (head and nxt[:1].isupper()) or CONTINUES.search(head):
        return False
    if not (first_line and gazetteer.starts_agency(nxt)) and not _opens_on_verb(nxt):
        return False
    if not is_addressee(head):
        return False
    # one name, or names one after the other ("Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường")
    return leading_agency(head) == head or (len(parts := split_agencies(head)) >= 2 and all(map(is_addressee, parts)))


def _opens_on_verb(line: str) -> bool:
    """'Chỉ đạo các đơn vị …', 'Tập trung …', 'Khẩn trương …': a sentence with no subject, opening on its verb."""
    from underthesea import pos_tag

    if gazetteer.starts_agency(line) or is_addressee(line):
        return False
    if regex.match(r"(?i)đồng\s+chủ\s+trì\b", line):
        return True  # "Đồng chủ trì với Bộ Khoa học và Công nghệ, phối hợp …" (the tagger calls both words nouns)
    if CIRCUMSTANCE.match(line) and regex.search(r",\s", line):
        return True  # "8. Trách nhiệm của Bộ Kế hoạch và Đầu tư" / "Trên cơ sở đề nghị của Bộ Công an …, Bộ Kế hoạch và
        # Đầu tư chủ trì …" (175/NQ-CP Điều 2.8): a sentence opening on its circumstance
    words = pos_tag(line[:1].lower() + line[1:60])
    if len(words) >= 3 and words[0][0] in DIRECTING_VERBS:
        return True  # "Chỉ đạo Công an các phường …", "Theo dõi, đôn đốc Ủy ban nhân dân …": the verb, then its object
    if len(words) >= 3 and words[0][1][:1] == "V" and words[1][0] == "," and words[2][0][:1].islower():
        return True  # verbs one after the other: "Tuyên truyền, phổ biến, quán triệt …"
    # a name's wrapped end ("Đông Nam", "Phú Yên") goes on capitalised; a sentence goes on in lower case
    return len(words) >= 3 and words[0][0][:1].islower() and words[1][0][:1].islower() and (
        words[0][1][:1] in {"V", "A"} or words[0][0] in ROLE_WORDS)


# Verbs a sub-item's paragraph opens on, whatever follows them (an agency as the object: "Chỉ đạo Công an …").
DIRECTING_VERBS = {"chỉ đạo", "theo dõi", "hướng dẫn", "đôn đốc", "tham mưu", "phối hợp", "chủ trì", "khẩn trương",
                   "tổ chức", "triển khai", "rà soát", "xây dựng", "thực hiện", "kiểm tra"}


# investors are named by what they invest in ("… các dự án"), never by a verb; localities by where they are or what
# they have ("các địa phương ven biển", "… có rừng")
PARTY_KINDS = {"chu dau tu", "nha dau tu", "dia phuong", "chu rung"}
PREDICATE_VERBS = sorted(ROLE_WORDS | DIRECTING_VERBS | URGING | {
    "đẩy nhanh", "làm tốt", "bảo đảm", "đảm bảo", "tuyên truyền", "cử", "vận hành", "báo cáo", "quán triệt", "cần", "phải",
    "nghiên cứu", "tập trung", "chấp hành", "hoàn thành", "hoàn thiện", "bố trí", "ưu tiên", "duy trì", "rà soát",
    "cung cấp", "gửi", "nộp", "lập", "chuẩn bị", "đề xuất", "tham gia", "hỗ trợ", "chấn chỉnh", "khắc phục",
    "kê khai", "đăng ký", "công khai", "niêm yết", "bổ sung", "phổ biến", "nghiêm túc", "chủ động", "có trách nhiệm"},
    key=len, reverse=True)
# (a verb after "đang", "được" … describes; "thường xuyên" after "giáo dục" is a kind of education, no adverb)
GROUP_PREDICATE = regex.compile(r"(?<!\b(?:đang|được|đã|bị|là)\s)(?<!\bgiáo dục\s)(?<=\s)(?:" + "|".join(map(regex.escape, PREDICATE_VERBS))
                                + r")(?=[\s,.;:]|$)")


PARTY_UNITS = {"tinh", "thanh", "huyen", "dang", "cap", "xa", "quan"}  # … ủy: the Party committee of that unit
LEVELS = {fold(u) for u in gazetteer.ADMIN_UNITS} | {"trung uong", "co so"}  # "… cấp tỉnh": the level a group is of


# A heading naming the units it means after a colon: "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông".
PLACE_LIST = regex.compile(r"^(?=\S)[^:;]{3,80}?\bcác\s+(?:xã|phường|tỉnh|huyện|thành phố|thị xã|đặc khu)\s*:\s*"
                           r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*(?:\s*(?:,|và)\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)+\.?$")


def heading_lead(item_lines: list[Line], points: bool = True) -> list[str]:
    """The agencies an item names as its actor: a heading of its sub-items ('4. Sở Nội vụ' / '- Chủ trì …'), a
    heading before a colon ('3. Sở Văn hóa, Thể thao và Du lịch: Phối hợp …', '2. Đề nghị các cấp ủy Đảng, …:'),
    'Giao X chủ trì', or the subject its sentence starts with ('Bộ Xây dựng chỉ đạo …'); failing those, and with
    points, the actors its points name (_point_leads: each point's own sentence, not its sub-points')."""
    text, has_subitems = _own_paragraph(item_lines)
    lead: list[str] = []
    if has_subitems and (places := PLACE_LIST.match(text)):
        return split_agencies(places.group(0).strip(" .:"))  # "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, …"
    # (a colon inside brackets is no end of the heading: "1.3. Các cơ quan tham mưu … (gồm các Sở: Xây dựng, …)")
    head = regex.match(r"^(?P<h>(?:[^:(]|\([^()]*\)){3,200}?)\s*:(?:\s+(?P<next>\S)|$)", text)
    if head and head.group("next") and (
            regex.fullmatch(r"(?i)(?:(?:bộ trưởng|thủ trưởng|giám đốc|chủ tịch)\s+)?các\s+\w+(?:\s*,\s*(?:cơ quan|ngành))?",
                            head.group("h"))
            or (regex.search(r"\bcác\s+(?:" + PLACE_KIND_ALT + r")(?:\s*,\s*(?:" + PLACE_KIND_ALT + r"))?"
                             r"(?:\s+trực thuộc\s+[Tt]rung ương)?$", head.group("h"))
                and head.group("next").isupper())):
        # "Các Bộ: Quốc phòng, Công an …", "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo …", "Chủ tịch Ủy ban nhân dân
        # các tỉnh: Đắk Lắk, Khánh Hòa … chỉ đạo …" list the agencies or the places after the colon
        head = None
    who = head and _addressed(head.group("h"))
    if who and is_collective_list(who):
        lead = [who.strip()]
    elif who and is_addressee(who):  # the name before the colon, or the subject of a sentence ending in one
        # (a duty heading names its body whole, no sentence: "Trách nhiệm Tổ công tác triển khai Đề án 06:")
        lead = split_agencies(who if DUTY_HEAD.match(head.group("h")) else _subject_only(PREDICATE.split(who, maxsplit=1)[0]))
        if len(lead) == 1 and (title := SECRETARY_TITLE.match(who.strip())) and title.end() < len(who.strip()) \
                and not REQUEST_VERB.match(text):
            lead = _asked_in_points(item_lines)  # a Party notice's speaker: "1. Bí thư Tỉnh ủy đề nghị:" / "- …"
    elif has_subitems and len(regex.sub(r"\((?:bao\s+)?gồm\b[^()]*\)", "", text).split()) <= 20 and is_addressee(text) \
            and not regex.search(r"[.;]$", text):  # (a bracket naming its members, "(gồm các Sở: …)", is no length of it)
        # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the role after the dash is no part of the name; nor is what
        # it chairs ("1. Bộ Công an chủ trì rà soát các dự án" over its points)
        named = regex.split(r"\s+[-–]\s+(?=[Cc]ơ quan\s)", text)[0]
        lead = split_agencies(regex.split(r"\s+(?=(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm)\b)", named)[0].strip(" :"))
    elif has_subitems and REQUEST_VERB.match(text) and len(text.split()) <= 45 and not regex.search(r"[.;:]$", text) \
            and is_addressee(named := _addressed(text)) and not PREDICATE.search(named):
        # a request heading over its sub-items, long for the groups it names: "1. Giao người đứng đầu các cơ quan
        # chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập …; Chủ tịch Ủy ban nhân dân các xã, …"
        lead = split_agencies(named)
    elif AGREEING.match(text) and (later := _later_requests(text)):
        lead = later  # "Thống nhất chủ trương …; giao Sở Xây dựng hoàn thiện …", "Đồng ý với đề xuất …; Sở Tài chính khẩn trương …"
    elif agency := _assigned(text):
        lead = split_agencies(agency)
    elif leaders := _assigned_leaders(text):
        lead = leaders
    elif agency := leading_agency(_addressed(text)):
        lead = split_agencies(agency)
        # the issuer asking others: "5. Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các
        # tổ chức thành viên, … theo nhiệm vụ …" — who is asked leads, not who asks
        at = _addressed(text)
        if (asks := ASKING.match(at[len(agency):])) and (asked := leading_agency(at[len(agency) + asks.end():])):
            lead = split_agencies(asked)
        elif INFORMING.match(at[len(agency):]) or RECALLS.match(at[len(agency):]):
            lead = []  # the issuer telling ("1. Tổng cục Thuế giới thiệu một số điểm mới …"): nobody is asked to act
        elif AGREES.match(at[len(agency):]):
            lead = _later_requests(at)  # … or agreeing, maybe asking after it
        elif len(lead) == 1 and SECRETARY.match(lead[0]) and not REQUEST_VERB.match(text):
            # a Party notice's speaker, neither asked nor named with a second head: "1. Bí thư Tỉnh ủy ghi nhận, đánh
            # giá cao …", "2. Bí thư Tỉnh ủy đề nghị Ban cán sự đảng …" (whom it asks, when named, leads above)
            lead = []
    elif agency := _after_circumstance(text) or _after_topic(head) or _chairing(text) or _after_case(text):
        lead = split_agencies(agency)
        # the speaker asking others after its topic: "2. Về nhiệm vụ năm 2026, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy,
        # tổ chức đảng …" — who is asked leads, as for an item that opens on the speaker
        at = text.find(agency)
        if at >= 0 and (asks := ASKING.match(text[at + len(agency):])) \
                and (asked := leading_agency(text[at + len(agency) + asks.end():])):
            lead = split_agencies(asked)
        if has_subitems and regex.search(rf"{regex.escape(agency)}\s*:$", text) and (asked := _asked_in_points(item_lines)):
            lead = asked  # the speaker over its points ("…, Bộ Y tế:" / "a) Đề nghị Thủ trưởng các đơn vị chủ trì …")
        if head and agency == _after_topic(head):
            lead += _later_subjects(text, lead)
            if _topic_over_paragraphs(text, item_lines):  # each paragraph's actor ("Giao …" / "Sau khi …, Bộ …")
                lead += [a for a in _paragraph_leads(item_lines) if fold(a) not in {fold(x) for x in lead}]
    elif head and (head.group("next") in ("(", None)) and (bracketed := _point_subjects(
            _whole_text(item_lines)[head.end("h"):], head.group("h"))):
        lead = bracketed  # "3. Khẩn trương xây dựng …: (1) Thanh tra Chính phủ ban hành …; (2) Bộ Công an chủ trì, …"
        # (the points read in the whole item, wherever its lines break: "… năm 2025;" / "(2) Bộ Công an chủ trì, …",
        # or one point a line under the topic)
    elif head and head.group("next") and TOPIC.match(text) and AGREEING.match(text[head.end("h"):].lstrip(" :")) \
            and (later := _later_requests(text[head.end("h"):].lstrip(" :"))):
        lead = later  # "4. Về dự án …: Thống nhất chủ trương …. Giao Ban Quản lý dự án … khẩn trương …"
    elif head and head.group("next") and TOPIC.match(text) and (later := _later_subjects(text, [])):
        # "3. Về đề nghị …: Về vấn đề này, Chính phủ đã ban hành … Các bộ, ngành trên cơ sở nhiệm vụ được giao …
        # hoàn thiện …" (641/TB-VPCP): the answer's own request
        lead = later
    elif has_subitems and TOPIC.match(text) and not any((m := _marker(ln)) and m.kind == "subnumber" for ln in item_lines):
        # (numbered sub-items "4.1. Giao …", "4.2. …" are each's own heading: _sub_heading_leads)
        # a topic heading over sub-items that assign it: "2. Về công tác triển khai ứng dụng phần mềm …" / "- Giao Sở
        # Xây dựng chủ trì, phối hợp …"
        rest = " ".join(ln.text.replace("*", "") for ln in item_lines)
        lead = list(dict.fromkeys(a for m in GIAO_AT.finditer(rest) if (who := leading_agency(rest[m.end():]))
                                  and CHAIRS.match(rest[m.end() + len(who):]) for a in split_agencies(who)))
        if lead and points:  # … with the other points' actors ("b) Đề nghị Ủy ban nhân dân tỉnh Đồng Nai báo cáo …")
            lead += [a for a in _point_leads(item_lines) if fold(a) not in {fold(x) for x in lead}]
        # … or the subject of its opening paragraph's last sentence, which hands it the points below: "2. Về nhiệm vụ
        # trọng tâm …" / "…; căn cứ vào …, Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để
        # tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:"
        last = _last_sentence(text)
        if not lead and last.endswith(":"):
            for sep in regex.finditer(r"[,;]\s+", last):
                if last[sep.end():][:1].isupper() and (who := leading_agency(last[sep.end():])) \
                        and LATER_ACTS.match(last[sep.end() + len(who):]):  # not "theo hướng dẫn của Bộ …, Sở …, cần"
                    lead = split_agencies(who)
                    break
    if not lead and (tail := _assigned_tail(text)):
        lead = tail  # "11. Tổ chức hội thảo chuyên đề; Sở Nội vụ, Trường Đại học Hà Tĩnh thực hiện."
    if not lead and (below := _subject_below_topic(item_lines)):
        lead = split_agencies(below)
    if not lead and _topic_over_paragraphs(text, item_lines):
        lead = _paragraph_leads(item_lines)
    if not lead and points and has_subitems and not any(k in fold(text) for k in FINDINGS_TOPIC) \
            and not SHORTCOMINGS.match(fold(text).strip(" :")):
        lead = _point_leads(item_lines)  # the item's own sentence names nobody: its points' subjects
        return PointLead(a for a in lead if not _unnamed(a, text))
    # (a heading in capitals names its agency in capitals, "4. SỞ NỘI VỤ": the name in its normal case)
    return [gazetteer.agency_case(a) if is_caps(a) else a for named in lead for a in _localities_apart(_without_role(named))
            if not is_catch_all(a) and not _unnamed(a, text) and not _related(a, text)]


# The part an agency plays, said after its name, is no part of the name: "Sở Y tế (cơ quan thường trực Ban Chỉ đạo liên
# ngành …)", "Bộ Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi …" (gold writes the agency alone).
ROLE_AFTER_NAME = regex.compile(r"\s*\((?:là\s+)?(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|đầu mối|chủ quản)\b[^()]*\)\s*$"
                                r"|\s+là\s+(?:(?:cơ quan|đơn vị)\s+)?(?:thường trực|chủ trì|đầu mối)\b.*$")


def _without_role(name: str) -> str:
    return ROLE_AFTER_NAME.sub("", name) or name


def _localities_apart(name: str) -> list[str]:
    """The localities, then a kind of body described in full, are two parties: "các địa phương, cơ quan chủ quản các
    dự án đang triển khai thi công" (627/TB-VPCP III.4 a); "Các bộ, cơ quan ngang bộ" stays one group."""
    first, sep, rest = name.partition(", ")
    if fold(first) == "cac dia phuong" and rest[:1].islower() and len(rest.split()) >= 4 \
            and fold(rest).startswith(BODY_WORDS) and "," not in rest:
        return [first, rest]
    return [name]


# The work first, who does it in the item's last clause: "Tổ chức hội thảo chuyên đề; Sở Nội vụ, Trường Đại học Hà Tĩnh
# thực hiện.", "Rà soát, cập nhật dữ liệu (Sở Nội vụ chủ trì thực hiện)".
TAIL_CLAUSE = regex.compile(r"(?:[;.:(]|\s[-–])\s*(?=\p{Lu}|các\s)")
TAIL_VERB = regex.compile(r"^\s*,?\s*(?:chủ trì\s*,?\s*)?(?:tổ chức\s+|triển khai\s+|chịu trách nhiệm\s+)?thực hiện\W*$")


def _assigned_tail(text: str) -> list[str]:
    text = text.strip()
    clauses = list(TAIL_CLAUSE.finditer(text))
    clause = text[clauses[-1].end():] if clauses else ""  # the last clause only
    if clause and (who := leading_agency(clause)) and clause.startswith(who) and TAIL_VERB.match(clause[len(who):]):
        return [a for a in split_agencies(who) if not is_catch_all(a)]
    return []


def _related(name: str, text: str) -> bool:
    """A kind of body the text goes on to qualify as "liên quan" ("… và các cơ quan liên quan trong quá trình …", the
    tagger ending the name before it): the catch-all it is, not a body named."""
    return fold(name).startswith("cac ") and bool(regex.search(regex.escape(name) + r"\s+(?:có\s+)?liên quan\b", text))


class PointLead(list):
    """Leads an item's points name (_point_leads): a heading over its group of items still goes before them, its
    section's opening sentence after them (gold/README, tasks rule)."""


def _point_kind(item_lines: list[Line], k: int) -> str | None:
    """The kind of point line k opens: a lettered (a) or numbered (3.1.) sub-item, or a bullet (-, +)."""
    ln = item_lines[k]
    # "(i)" before a "(ii)" is the first of roman points, not the letter i
    if regex.match(r"^\W{0,2}\(i\)\s", ln.text.replace("*", "").strip()) \
            and any(regex.match(r"^\W{0,2}\(ii\)\s", x.text.replace("*", "").strip()) for x in item_lines[k + 1:]):
        return "bracket"
    if (m := _marker(ln, item_lines[k + 1] if k + 1 < len(item_lines) else None)) and m.kind in ("letter", "subnumber"):
        return m.kind
    if regex.match(r"^\W{0,2}\((?:\d{1,2}|[ivx]{1,4})\)\s", ln.text.replace("*", "").strip()):
        return "bracket"  # "(1) Các cấp ủy, tổ chức đảng tiếp tục …", "(ii) Chủ đầu tư …" on a line of its own
    return "bullet" if LIST_MARK.match(ln.text.replace("*", "").strip()) else None


def _point_leads(item_lines: list[Line]) -> list[str]:
    """A topic item whose own sentence names nobody, over points that open on who acts: "3. Đẩy nhanh thủ tục chuẩn bị
    đầu tư các dự án" / "a) Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương hoàn thiện …" / "b) Bộ Xây dựng …"
    (627/TB-VPCP): the agencies the points name as their actor (heading, subject, request, "Giao X chủ trì"), each
    once, in order. A point that reports what was done ("Bộ X đã ban hành …") or opens on a catch-all names nobody
    (gold/README, tasks rule). Points are the item's first kind of sub-item (bullets inside a lettered point are that
    point's own); numbered sub-items "4.1. Sở Tài chính" are read by _sub_heading_leads."""
    kinds = [_point_kind(item_lines, k) for k in range(len(item_lines))]
    first = next((k for k in kinds[1:] if k), None)
    if first in (None, "subnumber"):
        return []
    starts = [i for i, k in enumerate(kinds) if i and k == first]
    out: list[str] = []
    for n, i in enumerate(starts):
        point = item_lines[i : starts[n + 1] if n + 1 < len(starts) else len(item_lines)]
        opening = regex.sub(r"^\W{0,2}\([ivx]{1,4}\)\s*", "", point[0].text.replace("*", "").strip())  # "(iii) Ủy ban …"
        point[0] = Line(LIST_MARK.sub("", opening), point[0].start, point[0].index)
        said = _addressed(_own_paragraph(point)[0])
        if (who := leading_agency(said)) and said.startswith(who) and REPORTS.match(said[len(who):]):
            continue  # "b) Bộ Tài chính đã ban hành hướng dẫn …": what was done, nobody asked
        # a point that asks nobody by name over points of its own: "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:" /
        # "(i) Tập đoàn … báo cáo …" / "(ii) Chủ đầu tư …" — who its points open on
        inner = next((k for k in range(1, len(point)) if first != "bracket" and _point_kind(point, k) == "bracket"), None)
        intro = " ".join(ln.text for ln in point[:inner]).replace("*", "").strip() if inner else ""
        if intro.endswith(":") and not leading_agency(_addressed(LIST_MARK.sub("", MARKER_PREFIX.sub("", intro)))):
            out += [a for a in _point_leads(point) if fold(a) not in {fold(x) for x in out}]
            continue
        out += [a for a in heading_lead(point, points=False) if fold(a) not in {fold(x) for x in out}]
    return out


def _subject_only(sentence: str) -> str:
    """A sentence before a colon whose verb PREDICATE does not list ends its subject at that verb: "g) Bộ Y tế xây
    dựng, trình cấp có thẩm quyền phê duyệt Kế hoạch …, trong đó xác định rõ:" → "Bộ Y tế" (624/TB-VPCP III.5.g)."""
    name = leading_agency(sentence)
    # (a proper name, not a kind: "Các cơ quan đăng ký đầu tư (Sở Tài chính, …)", "Các sở, ban, ngành khác" stay whole;
    # nor a list of names closed by a catch-all: "Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh
    # nghiệp liên quan", whose "tập trung" is no verb)
    return name if name and name != sentence and sentence.startswith(name) and regex.search(r"\s\p{Lu}", name) \
        and not is_catch_all(sentence) and _acts_next(sentence[len(name):]) \
        and _predicate_goes_on(sentence[len(name):]) else sentence


# A place or level a name closes on: "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Chỉ đạo … nông thôn mới tỉnh".
NAME_CLOSE = regex.compile(r"\b(?:tỉnh|huyện|thành phố|thị xã|xã|phường|quận|[Tt]rung ương|quốc gia)\W*$")


def _predicate_goes_on(after: str) -> bool:
    """The words after a name that look like a verb are its predicate ("theo dõi, đôn đốc", "kiểm soát chi", "xây
    dựng, trình cấp có thẩm quyền …", "tham mưu Ủy ban nhân dân tỉnh"), unless they read as the name's own: closed by
    the place or level it serves, with no agency, no preposition and no further verb in them ("… đầu tư xây dựng
    tỉnh"), or a list of the fields it serves, a noun after the comma ("Trung tâm Xúc tiến đầu tư, thương mại và du
    lịch")."""
    from underthesea import pos_tag

    words = pos_tag(after.strip()[:120])
    after_comma = [(w, tag) for (prev, _), (w, tag) in zip(words, words[1:]) if prev == ","]
    if regex.search(r"\b(?:trong đó|như sau)\b", after) or any(
            tag[:1] == "V" or w.lower() in VERB_NOUNS for w, tag in after_comma):
        return True  # a list of verbs: "tham mưu, đề xuất", "theo dõi, đôn đốc"
    if after_comma and after_comma[0][1] == "N":
        return False  # "đầu tư, thương mại và du lịch"
    return not (NAME_CLOSE.search(after) and not regex.search(r"\b(?:trên|tại|cho|với|đến|từ|theo|của)\b", after)
                and not any(gazetteer.starts_agency(after[m.start():]) for m in regex.finditer(r"(?<=\s)\p{Lu}", after)))


# Words a heading line cannot end on when the next line goes on with its sentence ("… phối hợp với" / "Sở Y tế …").
# (a verb's object or a request's addressee goes on there too: "… đề nghị" / "giao" / "yêu cầu" / "chỉ đạo")
OPEN_ENDS = set(grammar.OPEN_WORDS) | {"giao", "nghị", "cầu", "là", "gồm", "như", "để", "ngoài", "sau", "trước", "cùng",
                                       "chỉ", "đạo"}


# … nor on a verb that takes the name below as its object ("2. Định kỳ hằng tuần tổng hợp kết quả thực hiện, báo cáo" /
# "Sở Y tế trước 16 giờ …": the one reported to, not who acts); the noun of a topic is no verb ("Chế độ báo cáo",
# "Công tác phối hợp", "Thực hiện chương trình").
OBJECT_VERB_END = regex.compile(r"(?<!\b(?:công tác|chế độ|hoạt động|cơ chế|quy chế|thông tin,?)\s)(?:\bbáo cáo|\bgửi|"
                                r"(?<!\b(?:chương|quy|công|tiến|lộ|phương|giáo|quá|tờ|hành)\s)\btrình|\bphản ánh|"
                                r"\bkiến nghị|\bđề xuất|\btham mưu|\bphối hợp|\btổng hợp)$", regex.IGNORECASE)
# Where what a "Ban Quản lý" manages ends: its role or a directing verb ("… dự án đầu tư xây dựng …" is what it manages).
MANAGED_END = (ROLE_WORDS | URGING | DIRECTING_VERBS | {"bàn giao", "báo cáo", "phối hợp với"}) - {"xây dựng"}
MANAGED_WORDS = {"đầu tư", "xây dựng", "du lịch", "bảo tồn", "phát triển", "khai thác", "sử dụng", "quy hoạch"}
# Verbs the tagger calls nouns when they open a predicate ("Các sở đẩy mạnh …", "Sở Y tế định kỳ báo cáo …").
VERB_NOUNS = ACTING_NOUNS | {"đẩy mạnh", "định kỳ", "thường xuyên"}


def _acts_next(after: str) -> bool:
    """The words after a paragraph's opening name are its verb, not the name's object's complement: "Các bộ … chuyển
    mạnh từ cơ chế tiền kiểm …", not "Sở Y tế trước 16 giờ …", "Ủy ban nhân dân tỉnh những vấn đề …"."""
    from underthesea import pos_tag

    if LATER_ACTS.match(after):
        return True
    words = pos_tag(after.strip()[:60])
    if not words:
        return False
    word, tag = words[0]
    return tag[:1] in {"V", "A"} or word.lower() in VERB_NOUNS or (tag == "M" and not regex.search(r"\d", word))


# What follows a name that reports what it did, received or says rather than acting: "Bộ Tài chính đã ban hành …",
# "… nhận được Công văn số …", "… cho biết …".
REPORTS = regex.compile(r"\s+(?:là|đã|đang|vừa|có liên quan|nhận|cho biết|có ý kiến|trả lời|giới thiệu|xin)\b")


def _topic_over_paragraphs(text: str, item_lines: list[Line]) -> bool:
    """A topic heading ("Về …", "Đối với …") ending on a colon over paragraphs, not over points."""
    return TOPIC.match(text) is not None and _first_paragraph(item_lines).rstrip("* ").endswith(":") \
        and not any(_point_kind(item_lines, k) for k in range(1, len(item_lines)))


def _paragraph_starts(item_lines: list[Line]) -> list[int]:
    """Where the item's paragraphs begin: its first line and each line after a blank one."""
    return [0] + [k for k in range(1, len(item_lines)) if item_lines[k].index > item_lines[k - 1].index + 1]


def _first_paragraph(item_lines: list[Line]) -> str:
    """The item's lines up to its first blank line."""
    starts = _paragraph_starts(item_lines) + [len(item_lines)]
    return " ".join(ln.text for ln in item_lines[:starts[1]])


def _paragraph_leads(item_lines: list[Line]) -> list[str]:
    """A topic heading ending on a colon over paragraphs, each opening on who acts or whom it asks: "1. Về kiến nghị …
    vùng Duyên hải Nam Trung Bộ và Tây Nguyên:" / "Giao Bộ Tài chính khẩn trương hoàn thiện …" / "Sau khi …, Bộ Tài
    chính khẩn trương báo cáo …" (623/TB-VPCP III.1): the paragraphs' actors, each once, in order — as points'."""
    starts = _paragraph_starts(item_lines) + [len(item_lines)]
    paragraphs = [item_lines[a:b] for a, b in zip(starts[1:], starts[2:])]  # (the heading's own paragraph left out)
    out: list[str] = []
    for para in paragraphs:  # each read as a point is (_point_leads)
        out += [a for a in heading_lead(para, points=False) if fold(a) not in {fold(x) for x in out}]
    return out


def _subject_below_topic(item_lines: list[Line]) -> str | None:
    """An item headed by its topic on a line (or two) of its own, no agency in it and no closing stop, over a paragraph
    whose sentence opens on who acts: "5. Thực hiện hiệu quả công tác kiểm tra, giám sát" / "Các bộ, cơ quan ngang bộ,
    Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chuyển mạnh từ cơ chế tiền kiểm sang hậu kiểm …"
    (105/NQ-CP II.5): the paragraph's subject leads. Not a name the heading's sentence goes on to ("… phối hợp với" /
    "Sở Y tế …"), nor a sub-item's."""
    head = MARKER_PREFIX.sub("", item_lines[0].text.replace("*", "").strip()) if item_lines else ""
    if not head or is_addressee(_addressed(head)) or REQUEST_VERB.match(head) or CASE_HEAD.match(head):
        return None
    for k in (1, 2):
        if k >= len(item_lines):
            return None
        prev = item_lines[k - 1].text.replace("*", "").strip()
        line = item_lines[k].text.replace("*", "").strip()
        titled = _stopped_title(item_lines[:k])
        if (regex.search(r"[.;:,]$", prev) and not titled) or _marker(item_lines[k]) or LIST_MARK.match(line) \
                or not 0 < item_lines[k].index - item_lines[k - 1].index <= (2 if titled else 1):
            return None  # the heading ended a sentence (a paragraph, not a heading), or sub-items follow
        if not prev or prev.split()[-1].lower() in OPEN_ENDS or OBJECT_VERB_END.search(prev) or len(" ".join(
                ln.text for ln in item_lines[:k]).split()) > 40:
            return None
        # … or asked there: "1. Về thuế giá trị gia" / "tăng" / "Đề nghị Thuế tỉnh Ninh Bình căn cứ … để xác định …"
        # (5491/CT-CS); not the recipient named by its kind alone ("đề nghị Công ty nghiên cứu …": the letter's own
        # addressee, no agency to route to)
        # (a capitalised line: a wrapped heading's second line, "giao đất cho dự án", is no request)
        asked = REQUEST_VERB.match(line) if line[:1].isupper() else None
        if asked and not (is_addressee(named := line[asked.end():]) and not _bare_kind(leading_agency(named) or "")):
            return None
        if not asked and _wrapped_name(prev, line):
            return None
        if line[:1].isupper() and is_addressee(line[asked.end():] if asked else line):
            rest = " ".join(ln.text.replace("*", "").strip() for ln in item_lines[k:])
            rest = rest[asked.end():] if asked else rest
            who = leading_agency(rest)
            after = rest[len(who):] if who and rest.startswith(who) else ""
            # (a report of what it did or received, "Bộ Tài chính đã ban hành …", "… nhận được Công văn số …", names
            # nobody who is asked to act; "Bộ Tài chính báo cáo …", "… được giao …" do, as under a heading)
            # (nor the speaker asking others, a directive's closing paragraph: "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu
            # Thủ trưởng các sở, ngành nghiêm túc thực hiện …")
            if who and regex.match(r"\s+\p{Ll}", after) and not REPORTS.match(after) \
                    and not regex.match(r"\s+" + ASK + r"\s", after) \
                    and (asked or _acts_next(after)):  # (who is asked acts: "… căn cứ …" is its verb)
                return who
            return None
    return None


def _wrapped_name(prev: str, line: str) -> bool:
    """A name the line break cut: "… ngày 02/06/2020 của Ủy ban Thường vụ" / "Quốc hội có hiệu lực từ ngày …"
    (2546/TCT-DNNCN 2.1): the line's opening name goes on from the line above, no subject of its own. Not two names
    side by side, a topic ending on a whole one over a line opening on another of three words or more ('… của Thủ
    tướng Chính phủ' / 'Ủy ban nhân dân các huyện khẩn trương …'), unless the two make one name the gazetteer knows."""
    words = prev.split()
    starts = None  # whether the line opens on an agency, and that agency's length: read once, when first needed
    for n in range(1, min(4, len(words)) + 1):
        tail = " ".join(words[-n:])
        if tail[:1].isupper() and (name := leading_agency(f"{tail} {line}")) and len(name.split()) > n:
            if starts is None:
                starts = gazetteer.starts_agency(line), len((leading_agency(line) or "").split())
            if starts[0] and not gazetteer.known(name) and (gazetteer.known(tail) or starts[1] >= 3):
                continue
            return True
    return False


def _stopped_title(head_lines: list[Line]) -> bool:
    """A topic heading of a few words closed by a stop, maybe a blank line under it: "4. Chế độ báo cáo." / "" / "Các
    Cục Hải quan tỉnh, thành phố báo cáo kết quả …" (879/TCHQ-TXNK): a title, not a sentence of the item."""
    words = MARKER_PREFIX.sub("", " ".join(ln.text.replace("*", "").strip() for ln in head_lines)).split()
    return 0 < len(words) <= 8 and words[-1].endswith(".") and not regex.search(r"[.;:,]", " ".join(words)[:-1])


def _asked_in_points(item_lines: list[Line]) -> list[str]:
    """Whom an item's points ask: "4. Để bảo đảm …, Bộ Y tế:" / "a) Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp …"
    / "b) Định kỳ …, Bộ Y tế sẽ phối hợp …" (627/BYT-BH): the issuer speaking asks the heads of the units; its own
    undertakings name no one else."""
    out: list[str] = []
    for ln in item_lines[1:]:
        point = MARKER_PREFIX.sub("", LIST_MARK.sub("", ln.text.replace("*", "").strip()))
        if point != ln.text.replace("*", "").strip() and REQUEST_VERB.match(point) \
                and (who := leading_agency(_addressed(point))):
            out += [a for a in split_agencies(who) if a not in out and not is_catch_all(a)]
    return out


def _later_subjects(text: str, lead: list[str]) -> list[str]:
    """The answer to a topic may go on with another agency's sentence: "4. Về kiến nghị …: Bộ Nông nghiệp và Môi
    trường khẩn trương chủ trì, … Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định …" (623/TB-VPCP); not a report
    of what was done ("Chính phủ đã ban hành …"), an agency cited ("Bộ Tài chính tại Công văn số … đã có ý kiến") nor
    the closing formula ("Văn phòng Chính phủ thông báo …"): a directing or obliged verb follows the name."""
    out: list[str] = []
    for m in regex.finditer(r"(?<=[.;])\s+(?=\p{Lu})", text):
        if (who := leading_agency(_addressed(text[m.end():]))) and LATER_ACTS.match(text[m.end() + len(who):]):
            out += [a for a in split_agencies(who) if a not in lead and a not in out]
    return out


# Points numbered in brackets after a topic's colon, each opening on who acts: "3. Khẩn trương xây dựng và ban hành
# chiến lược chuyển đổi số và chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành trước ngày …; (2) Bộ Công an chủ
# trì, phối hợp …" (624/TB-VPCP); a point naming nobody ("(1) Quyết tâm chính trị chưa đủ mạnh …") gives none.
POINT_MARK = regex.compile(r"(?:^|[:;.]\s*)\(\d{1,2}\)\s*")


def _point_subjects(text: str, topic: str = "") -> list[str]:
    out: list[str] = []
    if any(k in (f := fold(topic)) for k in FINDINGS_TOPIC) or SHORTCOMINGS.match(f.strip(" :")):
        return out
    for m in POINT_MARK.finditer(text):
        point = _addressed(text[m.end():])
        if not (point[:1].isupper() or point.startswith("các ")) or not (who := leading_agency(point)):
            continue
        if not REPORTS.match(" " + point[len(who):].lstrip(" ,")) and _acts_next(" " + point[len(who):].lstrip(" ,")):
            out += [a for a in split_agencies(who) if a not in out and not is_catch_all(a)]
    return out


# What follows a later subject that acts: an obliged or directing verb, maybe after the grounds it acts on ("Các bộ,
# ngành trên cơ sở nhiệm vụ được giao tại các văn bản nêu trên, hoàn thiện …", 641/TB-VPCP).
LATER_ACTS = regex.compile(r"(?:\s*,?\s+(?:trên cơ sở|căn cứ|theo)\s[^.;]{0,160}?,)?\s+(?:" + "|".join(
    (*DIRECTING_VERBS, "cần", "phải", "tiếp tục", "chủ động", "sớm", "nghiên cứu", "hoàn thiện", "hoàn chỉnh",
     "tiếp thu", "tổng hợp", "có trách nhiệm", "chịu trách nhiệm", "cụ thể hóa", "cụ thể hoá")) + r")\b")
INFORMING = regex.compile(r"\s+(?:xin\s+)?(?:trân trọng\s+)?(?:giới thiệu|thông báo|trả lời|có ý kiến)\b")
ASKING = regex.compile(r"\s+(?:trân trọng\s+)?(?:đề nghị|yêu cầu)\s+(?=\p{Lu}|các\s)")
# The issuer recalling a document it has sent: "Tổng cục Thuế có Công văn số 2488/TCT-CS ngày 18/6/2020 gửi Cục Thuế
# tỉnh Tây Ninh …" (3630/TCT-CS item 2): a fact, nobody is asked to act.
RECALLS = regex.compile(r"(?i)\s+(?:đã\s+)?(?:có|ban hành|gửi)\s+(?:công văn|văn bản|công điện|thông báo|quyết định|"
                        r"thông tư|hướng dẫn)\s+(?:số\s*:?\s*\S{0,3}\d|\d)")  # a number, not "số liệu"
# The speaker agreeing with what was put to it: "1. Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng uỷ
# Chính phủ. …" (212-KL/TW): its own position, nobody is asked to act.
# ("thống nhất phương án …" without "với" is agreeing on a scheme with someone: work, kept)
AGREEING = regex.compile(r"^(?:Cơ bản\s+)?(?:Thống nhất|Nhất trí|Đồng ý)\b")  # an item that opens on agreeing
AGREES = regex.compile(r"(?i)\s+(?:cơ bản\s+|hoàn toàn\s+)?(?:(?:nhất trí|thống nhất)\s+với|đồng ý(?:\s+với)?)\s+(?:(?:các|những)\s+)?"
                       r"(?:tờ trình|báo cáo|đề án|đề xuất|đề nghị|kiến nghị|phương án|chủ trương|dự thảo)\b")
# A request later in the speaker's item: "…; yêu cầu Đảng ủy Chính phủ tiếp thu …", "… . Đề nghị Ủy ban nhân dân tỉnh …".
LATER_REQUEST = regex.compile(r"[.;,]\s+(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\s+(?=\p{Lu}|các\s)")


def _later_requests(text: str) -> list[str]:
    """Who a speaker's item asks after the speaker agrees with what was put to it: "1. Bộ Chính trị cơ bản nhất trí với
    Tờ trình của Đảng ủy Chính phủ; yêu cầu Đảng ủy Chính phủ tiếp thu …", "… thống nhất với đề xuất của Bộ Tài chính.
    Bộ Tài chính khẩn trương hoàn thiện …"; none when it only agrees (212-KL/TW item 1)."""
    out = _later_subjects(text, [])
    for m in LATER_REQUEST.finditer(text):
        if who := leading_agency(text[m.end():]):
            out += [a for a in split_agencies(who) if a not in out]
    return out


TOPIC = regex.compile(r"^(?:Về|Đối với)\s+(?!các\s)\p{Ll}")  # "Về việc rà soát …", "Về công tác …": what, not who


ROLE_NOUNS = ("co quan", "don vi")
ROLE_OF_UNNAMED = ("chu tri ", "phoi hop ", "dau moi ", "thuc hien ", "duoc giao ")


def _unnamed(agency: str, text: str) -> bool:
    """A role with no name ("Cơ quan phối hợp có trách nhiệm …" → "Cơ quan"), or a group the text goes on to call
    "… có liên quan" ("các đơn vị có liên quan theo chức năng …"): nobody named."""
    f = fold(agency)
    if f in ROLE_NOUNS or f.startswith(tuple(f"{n} {r}" for n in ROLE_NOUNS for r in ROLE_OF_UNNAMED)):
        return True  # "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án": the role, whoever holds it
    at = text.find(agency)
    return at >= 0 and bool(regex.match(r"\s+(?:có\s+)?liên quan\b", text[at + len(agency):]))


# How an item's heading names whom it concerns before the agency: "Trách nhiệm của Sở Y tế:", "Nhiệm vụ của …",
# "Đối với Sở Y tế:", and the request verbs "Đề nghị …", "Giao …", "Yêu cầu …".
# ("Đối với các địa phương chưa lập Đề án thì khẩn trương …" is a condition, a group picked out by what it has not
# done: no addressee — 2428/BXD-QLN item 1.)
# ("Trách nhiệm Tổ công tác triển khai Đề án 06:", 175/NQ-CP Điều 2.1, leaves "của" out before a capitalised name)
ADDRESS_PREFIX = regex.compile(r"(?i)^(?:(?:(?:trách nhiệm|nhiệm vụ)\s+của|đối với(?![^:;.]{0,150}?\sthì\s))\s+(?=\p{Lu}|các\s)|"
                               r"(?:trách nhiệm|nhiệm vụ)\s+(?-i:(?=\p{Lu})))")
DUTY_HEAD = regex.compile(r"(?i)^(?:trách nhiệm|nhiệm vụ)\s")


def _addressed(text: str) -> str:
    """'Đề nghị Ủy ban Mặt trận … phối hợp …' → 'Ủy ban Mặt trận … phối hợp …'; 'Trách nhiệm của Sở Y tế' → 'Sở Y tế'."""
    return ADDRESS_PREFIX.sub("", REQUEST_VERB.sub("", text.strip()))


# "Giao X chủ trì …" anywhere in the item's own text, X a name that may hold commas ("Giao Sở Văn hóa, Thể thao và Du
# lịch chủ trì"); the agency's name ends where leading_agency ends it.
GIAO_AT = regex.compile(r"(?:^|\s)[Gg]iao\s+(?=\p{Lu})")
CHAIRS = regex.compile(r"^[\s,]*(?:chủ trì|làm đầu mối|chủ động|phụ trách)\b")


def _chair_after(opening: regex.Pattern, text: str) -> str | None:
    """The agency right after one of the openings, when "chủ trì" (or the like) follows its name."""
    for m in opening.finditer(text):
        rest = text[m.end():]
        # (maybe after the grounds it acts on: "Giao Quân uỷ Trung ương căn cứ Kết luận số 126-KL/TW của Bộ Chính trị,
        # Ban Bí thư chủ trì, phối hợp …")
        if (agency := leading_agency(rest)) and CHAIRS.match(GROUNDS.sub("", rest[len(agency):], count=1)):
            return agency
    return None


# The grounds an agency acts on, between its name and its role: "căn cứ Kết luận số 126-KL/TW …," / "theo chức năng,
# nhiệm vụ được giao," — up to the comma before the role word (not across a sentence).
GROUNDS = regex.compile(r"^\s*,?\s*(?:căn cứ|theo|trên cơ sở)\s[^.;:]{0,200}?(?=[\s,]+(?:chủ trì|làm đầu mối)\b)")


# An item opening on the directing verb, its object named to chair: "1. Chỉ đạo Sở Y tế chủ trì phối hợp với các sở,
# ngành liên quan …" (6087/BYT-KCB, to the provinces' chairmen); "Chỉ đạo Sở Tư pháp kết hợp với …" names no chair.
DIRECTS_AT = regex.compile(r"^[Cc]hỉ đạo\s+(?=\p{Lu})")


def _assigned(text: str) -> str | None:
    return _chair_after(GIAO_AT, text) or _chair_after(DIRECTS_AT, text)


# A Government leader handed the item by title and name (no agency to name): "7. Giao Phó Thủ tướng Chính phủ Trần Hồng
# Hà trực tiếp chỉ đạo …" (224/CĐ-TTg, 231/CĐ-TTg item 7), "Giao Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo
# nhiệm vụ được phân công chỉ đạo …" (226/CĐ-TTg item 5), "Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục
# theo dõi …" (227/CĐ-TTg item 14). Only when asked: the leader as a subject is often the one who concludes
# ("Phó Thủ tướng đánh giá cao …"). The name runs to the first word in lower case.
# (atomic, so that no half title is taken for the name: "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình", never
# "Phó Thủ tướng Thường"; the leader's other office after a comma, "…, Trưởng Ban Chỉ đạo …", is no second leader)
LEADER = r"(?>(?:các\s+)?(?:đồng chí\s+)?(?:Phó\s+)?Thủ tướng(?:\s+Thường trực)?(?:\s+Chính phủ)?(?:\s+\p{Lu}\p{Ll}*){0,4})"
OTHER_OFFICE = r"(?:\s*,\s*(?:Phó\s+)?(?:Trưởng|Chủ tịch|Chủ nhiệm)\s+\p{Lu}[^,;.:]*?)?"
ASSIGNED_LEADER = regex.compile(rf"^(?:[Gg]iao|[Pp]hân công)\s+(?P<who>{LEADER}(?:\s*(?:,|và)\s+{LEADER})*){OTHER_OFFICE}"
                                r"(?=\s+\p{Ll})")


def _assigned_leaders(text: str) -> list[str]:
    if not (m := ASSIGNED_LEADER.match(text)):
        return []
    return [regex.sub(r"đồng chí\s+", "", p).strip() for p in regex.split(r"\s*,\s*|\s+và\s+", m.group("who"))]


def _after_topic(head: regex.Match | None) -> str | None:
    """A topic before a colon, then the agency that acts: "Về công tác tuyên truyền: Sở Văn hóa, Thể thao và Du lịch
    chủ trì …" (the subject after the colon is the lead)."""
    if not head or not head.group("next"):
        return None
    rest = _addressed(head.string[head.end("h"):].lstrip(" :"))
    who = leading_agency(rest) if rest[:1].isupper() else None
    return None if who and RECALLS.match(rest[len(who):]) else who  # the issuer recalling its own letter: no actor


# A clause inside the item naming who chairs it: "… (Sở Y tế chủ trì, phối hợp Bảo hiểm xã hội tỉnh)".
CLAUSE_START = regex.compile(r"(?:[(;.]|\s-)\s*(?=\p{Lu})(?!Giao\s)")


def _chairing(text: str) -> str | None:
    return _chair_after(CLAUSE_START, text)


# A sentence may open on its circumstance before its subject: "Đối với các nội dung … thuộc thẩm quyền giải quyết,
# Sở Y tế phối hợp …", "Đối với các nội dung đề xuất giảm thời gian …: Giao Sở Y tế chủ động triển khai …".
CIRCUMSTANCE = regex.compile(r"(?i)^(?:đối với|trên cơ sở|căn cứ|sau khi|trong (?:thời gian|quá trình)|để|nhằm|về)\s")


def _after_circumstance(text: str) -> str | None:
    if not CIRCUMSTANCE.match(text):
        return None
    sentence = regex.split(r"(?<=[.;])\s+(?=\p{Lu})", text[:300], maxsplit=1)[0]
    if then := regex.search(r"^[^,:;]{3,200}?\sthì\s+", sentence):
        # "Đối với các địa phương chưa lập Đề án thì khẩn trương chỉ đạo …, gửi về Bộ Xây dựng, Bộ Tài chính …": the
        # main clause after "thì" has the subject, if any; the names further on are where things go
        rest = sentence[then.end():]
        return leading_agency(rest) if rest[:1].isupper() else None
    # the issuer asking after the clause: "Để bảo đảm …, theo đúng chỉ đạo của Tổng Bí thư, Chính phủ, Thủ tướng Chính
    # phủ …, yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu … tiếp tục …" (637/TB-VPCP 2): who is asked, not the
    # names of whose instructions the clause recalls
    # names of whose instructions the clause recalls; a subject that acts before the request still leads ("Để …, Bộ
    # Xây dựng chủ trì kiểm tra, đề nghị các nhà thầu …")
    whole = regex.split(r"(?<=[.;])\s+(?=\p{Lu})", text[:700], maxsplit=1)[0]
    asks = None if regex.match(r"(?i)về\s", text) else regex.search(r",\s*" + ASK + r"\s+(?=\p{Lu}|các\s)", whole)
    asked_later = leading_agency(whole[asks.end():]) if asks else None
    for n, sep in enumerate(regex.finditer(r"[,:]\s+", sentence)):  # the clause's own sentence's subject, not the next's
        if asked_later and sep.start() >= asks.start():
            return asked_later
        if asked_later:
            named = leading_agency(text[sep.end():]) if text[sep.end():][:1].isupper() else None
            # (the list of whose instructions: "… chỉ đạo của Tổng Bí thư, Chính phủ, Thủ tướng Chính phủ …")
            whose = regex.search(r"\bcủa\s+\p{Lu}[^,]*(?:,\s*\p{Lu}[^,]*)*$", sentence[:sep.start()])
            if whose or not (named and _acts_next(text[sep.end() + len(named):])):
                continue  # a name the clause recalls, no subject
        if n and regex.match(r"(?i)về\s", text):
            break  # a topic ends at its first comma: "Về nhiệm vụ năm 2026, Ban Thường vụ Tỉnh ủy yêu cầu …"
        asked = REQUEST_VERB.match(text[sep.end():])
        rest = REQUEST_VERB.sub("", text[sep.end():])
        # "Để nâng cao …, các Sở, ngành, UBND cấp xã … triển khai …": a group after the clause is the subject too;
        # so is a kind of body in lower case the issuer asks ("Căn cứ …, đề nghị ngân hàng thương mại, chi nhánh
        # ngân hàng nước ngoài cung cấp …")
        # (… or a kind of body in lower case that acts: "Căn cứ …, tình hình thực tiễn của cơ sở đào tạo, các cơ sở đào
        # tạo xây dựng kế hoạch cụ thể …")
        lower_acting = regex.match(r"các\s+\p{Ll}", rest) is not None and is_addressee(rest) \
            and (named := leading_agency(rest)) is not None and rest.startswith(named) and _acts_next(rest[len(named):])
        if (rest[:1].isupper() or regex.match(r"các\s+\p{Lu}", rest) or (asked and rest[:1].islower()) or lower_acting) \
                and (agency := leading_agency(rest)):
            # (a report after a topic names nobody asked: "Về vấn đề này, Chính phủ đã ban hành …", 641/TB-VPCP)
            return None if regex.match(r"\s+(?:đã|đang|vừa)\s", rest[len(agency):]) else agency
    return asked_later


# An item headed by the case it covers, then the office that acts on it: "5. Trường hợp sau khi hoàn thành thủ tục hải
# quan, người khai hải quan muốn rút hàng ra khỏi container ngay tại cảng …" / "Chi cục Hải quan nơi lưu giữ hàng hóa
# hướng dẫn doanh nghiệp cảng …" (778/TCHQ-GSQL II.5; the heading and its paragraph on one line or two). The office must
# be the subject of a directing verb, not a name inside the case ("Trường hợp Cục Thuế đã ban hành …").
CASE_HEAD = regex.compile(r"^(?:Trường hợp|Đối với)\s+\p{Ll}")  # (a topic "Về đề nghị Bộ … phối hợp …" names the matter)
CASE_VERB = regex.compile(r"\s+(?:hướng dẫn|chỉ đạo|thực hiện|chủ trì|phối hợp|kiểm tra|tổ chức|triển khai|xử lý|có trách nhiệm)\b")


def _after_case(text: str) -> str | None:
    if not CASE_HEAD.match(text):
        return None
    # (the office may act in a later sentence of the paragraph: "13. Trường hợp doanh nghiệp đưa nhầm hàng vào cảng …
    # Sau khi tiếp nhận văn bản xác nhận … Nếu không có dấu hiệu vi phạm, Chi cục Hải quan nơi lưu giữ hàng hóa thực
    # hiện như sau:")
    for sentence in regex.split(r"(?<=[.;])\s+(?=\p{Lu})", text[:800]):
        for at in regex.finditer(r"(?<=[\s,)])(?=\p{Lu})", sentence):
            if (agency := leading_agency(sentence[at.start():])) and CASE_VERB.match(sentence[at.start() + len(agency):]):
                return agency
    return None


# The same role lines written inline, several on one line or in brackets after the item's text: "… (Cơ quan chủ trì:
# Sở Y tế; Cơ quan phối hợp: Sở Tài chính; Thời gian thực hiện: Quý II/2026)". A key opens a line, a bracket or a
# clause (after ";" or "."); its value runs to the next key, the closing bracket or the line's end.
ROLE_BODY = r"(?:cơ quan|đơn vị)"  # the word before a role: "Cơ quan chủ trì", "Đơn vị phối hợp", "Cơ quan thực hiện"
ROLE_KEY = (rf"(?P<key>(?:{ROLE_BODY}(?:, {ROLE_BODY})?\s+)?(?:chủ trì|phối hợp)(?:\s+thực hiện)?|"
            rf"{ROLE_BODY} thực hiện|"
            r"thời gian(?: thực hiện| hoàn thành| trình(?: \p{L}+){0,3}?)?|thời hạn(?: thực hiện| hoàn thành| ban hành| trình)?|"
            r"tiến độ(?: thực hiện| hoàn thành)?)")
# The points may stand on one line after their letters ("a) Cơ quan chủ trì: sở nội vụ; b) cơ quan phối hợp: …
# c) Thời gian thực hiện: …", "a) a) Cơ quan chủ trì: Thanh tra thành phố", 70/KH-UBND Cần Thơ): a letter opens a key too,
# inside the line a following one ("b)", "c)"; "Xã a) Cơ quan thực hiện" inside a line is another item's speck-led point).
POINT = r"(?:[a-zđ]\s*\)\s*)"
INLINE_ROLE = regex.compile(r"(?i)(?:^\W*" + POINT + r"*|[(;.]\s*" + POINT + r"?|\s-\s|\s(?=[b-hk-v]\s*\))" + POINT + r")"
                            + ROLE_KEY
                            + r"\s*:\s*(?P<v>.+?)\s*(?=[;.]?\s*(?:[(;.]\s*" + POINT + r"?|\s-\s|\s" + POINT + r")?"
                            + ROLE_KEY.replace("?P<key>", "?:") + r"\s*:|\)|[.;]?\s*$)")
POINT_KEY = regex.compile(r"(?i)(?:^|\s)" + POINT + ROLE_KEY.replace("?P<key>", "?:") + r"\s*:")  # "… 6 b) Cơ quan phối hợp:"


# The other labelled lines of a task's block, no role's value: "Sản phẩm: …", "Kết quả: …", "Kinh phí: …".
OTHER_KEY = regex.compile(r"(?i)^\W*(?:[a-zđ]\)\s*)?(?:sản phẩm|kết quả(?: đầu ra)?|(?:nguồn )?kinh phí(?: thực hiện)?|"
                          r"hình thức|ghi chú)\s*:")


AFTER_CATCH_ALL = regex.compile(r"(?i)^các\s+[^;:]{2,60}?\s(?:có\s+)?liên quan\s+và\s+(?P<rest>(?:các\s+)?\p{Lu}.+)$")


def _role_line(item_lines: list[Line], k: int) -> str:
    """A role line and the lines its value wraps onto ("- Thời gian thực hiện: Quý" / "IV năm 2025 …"), up to a
    blank line, the next dash or numbered line."""
    text = item_lines[k].text
    if not INLINE_ROLE.search(text.replace("*", "")):
        return text.replace("*", "")
    for prev, ln in zip(item_lines[k:], item_lines[k + 1:]):
        m = _marker(ln)
        if ln.index != prev.index + 1 or LIST_MARK.match(ln.text.replace("*", "")) or (m and m.kind != "roman") \
                or INLINE_ROLE.match(ln.text.replace("*", "")) or POINT_KEY.search(ln.text.replace("*", "")) \
                or OTHER_KEY.match(ln.text.replace("*", "")):
            break
        text += " " + ln.text
    return text.replace("*", "")


VALUE_ROLE = regex.compile(r"\s+(?:chủ trì|phối hợp)\W*$")  # a value's own role word at its end


def _inline_roles(item_lines: list[Line]) -> tuple[list[str], list[str], str | None]:
    lead: list[str] = []
    co: list[str] = []
    timeline = None
    for k, ln in enumerate(item_lines):
        for m in INLINE_ROLE.finditer(_role_line(item_lines, k)):
            key, value = fold(m.group("key")), m.group("v").strip(" .;")
            if value.count("(") > value.count(")"):
                value += ")"  # "Cơ quan chủ trì: Sở Y tế (Quỹ Bảo trợ trẻ em)." — the bracket is the name's
            if "phoi hop" in key:  # (each point's own: "a) … - Cơ quan phối hợp: …" / "b) … - Cơ quan phối hợp: …")
                co += [a for a in split_agencies(value) if not is_catch_all(a) and a not in co]
            elif key.startswith(("thoi", "tien do")):
                timeline = timeline or value
            else:  # "chủ trì", "cơ quan thực hiện"; sub-items chaired by others add theirs ("1.1 … chủ trì: Sở Khoa học
                # và Công nghệ", "1.2 … chủ trì: Các Sở, ban, ngành")
                # "Cơ quan thực hiện: Bộ Công an tiến hành rà soát …; các sở … rà soát …": each clause's subject
                for said in regex.split(r"\s*;\s*(?=[\p{Lu}]|các\s)", value):
                    # "Đơn vị thực hiện: Sở Khoa học và Công nghệ chủ trì; Công an tỉnh phối hợp": the roles in the value
                    if (role := VALUE_ROLE.search(said)) and role.start() > 0:
                        named = [a for a in split_agencies(said[:role.start()]) if not is_catch_all(a)]
                        if fold(role.group(0)).strip(" .;") == "phoi hop":
                            co += [a for a in named if a not in co]
                        else:
                            lead += [a for a in named if a not in lead]
                        continue
                    # "các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát …": past the catch-all
                    past = AFTER_CATCH_ALL.match(said)
                    if past and leading_agency(past.group("rest")):
                        said = past.group("rest")
                    who = leading_agency(said) or said if len(said.split()) > 12 else said
                    if who != said and regex.match(r"\s+là\s", said[len(who):]):
                        # "- Đơn vị chủ trì: Bộ, ngành, địa phương là chủ quản cơ sở dữ liệu quốc gia, cơ sở dữ liệu."
                        # (175/NQ-CP V.2.d): the clause says which of them, as written; no sentence of theirs
                        who = said
                    lead += [a for a in split_agencies(who) if not is_catch_all(a) and not _unnamed(a, said)
                             and a not in lead]
    return lead, co, timeline


# A role heading of its own, its agencies in the dash lines below ("2. Chủ trì thực hiện" / "- Ban Chỉ đạo quốc gia." /
# "- Bộ Quốc phòng."), or after a lettered point ("a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính."); a heading of
# both roles ("2. Cơ quan chủ trì, phối hợp") stands over its lettered points.
CHAIR_HEAD = regex.compile(rf"(?i)^(?:{ROLE_BODY}\s+)?chủ trì(?:\s*(?:,|và)?\s*(?:thực hiện|phối hợp))?\s*"
                           r"(?::\s*(?P<v>\S.*))?$")


def _role_heading_leads(item_lines: list[Line]) -> list[str]:
    for k, ln in enumerate(item_lines):
        m = CHAIR_HEAD.match(MARKER_PREFIX.sub("", ln.text.replace("*", "").strip()))
        if not m:
            continue
        values = [m.group("v")] if m.group("v") else []
        for nxt in item_lines[k + 1:] if not values else []:
            t = nxt.text.replace("*", "").strip()
            if not LIST_MARK.match(t):
                break
            values.append(LIST_MARK.sub("", t))
        lead = [a for v in values for a in split_agencies(v.strip(" .;")) if not is_catch_all(a) and not _unnamed(a, v)]
        if lead:
            return list(dict.fromkeys(lead))
    return []


def _cell_agencies(cell: str) -> list[str]:
    """A table's agency cell, its names one a line with no comma between ("Sở Khoa học và Công nghệ" / "Sở Công
    Thương" read as one text): a known name followed by another agency are two."""
    out: list[str] = []
    for name in split_agencies(cell):
        at = next((m.start() for m in regex.finditer(r"\s(?=\p{Lu})", name)
                   if gazetteer.known(name[:m.start()]) and gazetteer.starts_agency(name[m.end():])), None)
        out += [name] if at is None else [name[:at].strip(), *_cell_agencies(name[at:].strip())]
    return out


# "… chủ trì, phối hợp với Sở Y tế thực hiện", "Phối hợp chặt chẽ với cấp ủy, chính quyền các cấp, phát huy …",
# "phối hợp UBND các xã, phường tổ chức …": whom an item's work is done with, named after "phối hợp (với)".
# (not the noun: "Quy chế phối hợp với Bộ Công an được ký kết", "sự phối hợp giữa …", "công tác phối hợp")
COOPERATES = regex.compile(r"(?i)(?<!\b(?:quy chế|cơ chế|sự|công tác|chương trình|kế hoạch|mối|tổ)\s)\bphối hợp"
                           r"(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+")
MAX_COOPERATIONS = 30  # an item naming more is no task's text (a whole annex run together): read no further


# The roles given after the work, the coordinators named before their verb: "Rà soát quy hoạch mạng lưới (Sở Y tế chủ
# trì, Sở Xây dựng phối hợp)", "…; Sở Tài chính chủ trì, các sở, ngành liên quan phối hợp thực hiện."
CO_BEFORE_VERB = regex.compile(r"\bchủ trì(?:\s+thực hiện)?(?:\s+(?:theo|trong)\s[^,;()]{0,60}?)?\s*[,;]\s*(?P<co>(?:các\s+)?\p{Lu}[^()\n.;:]{1,200}?)\s+(?:cùng\s+)?phối hợp\b"
                               r"(?!\s+(?:với|cùng|chặt chẽ)\b)")


def _cooperating(text: str) -> list[str]:
    """Every agency an item's sentences say its work is done with, each once, up to the verb after the names
    ("phối hợp với Ủy ban nhân dân các huyện, thành phố triển khai" → the committees, not "… triển khai")."""
    out: list[str] = []
    for m in CO_BEFORE_VERB.finditer(" ".join(text.split())):
        if is_addressee(m.group("co")):
            out += [a for a in split_agencies(m.group("co")) if not is_catch_all(a) and a not in out]
    for k, m in enumerate(COOPERATES.finditer(text)):
        if k >= MAX_COOPERATIONS:
            break
        # a dash opening a line is the next point; inside a line it may be a name's ("Công nghiệp - Viễn thông")
        rest = " ".join(regex.split(r"[.;(]|\n\s*[-–+•]", text[m.end():], maxsplit=1)[0].split())
        name = leading_agency(rest)
        if not name and fold(rest).startswith(("nganh ", "dia phuong")) and (named := leading_agency("các " + rest)):
            name = named[len("các "):]  # "phối hợp với ngành công thương và các địa phương chỉ đạo …", "… với địa phương"
        if not name:
            continue
        after = rest[rest.find(name) + len(name):]
        parts = split_agencies(name)
        last = parts[-1] if parts else name
        if (longer := _known_longer(last, after, 6)) != last:
            # "Sở Khoa học" + "và Công nghệ", "Sở Lao động - Thương binh" + "và Xã hội,", "Cục Quản lý Khám" + ", chữa
            # bệnh": the tagger ended a known name early
            added = longer[len(last):]
            name, after = f"{name}{added}", after[len(added):]
            if (joint := regex.match(r"\s*(?:,|và)\s+", after)) and (more := leading_agency(after[joint.end():])):
                name, after = f"{name}{after[:joint.end()]}{more}", after[joint.end() + len(more):]  # "… và các doanh nghiệp"
        while fold(name).startswith("cac ") and (clause := regex.match(r"(\s\p{Ll}[^,:\p{Lu}]{0,40}?),\s*", after)) \
                and clause.group(1).split()[0] not in ROLE_WORDS | DIRECTING_VERBS | ACTING_NOUNS \
                and (more := leading_agency(after[clause.end():])):
            # "phối hợp với …, các lực lượng vũ trang đóng quân tại địa bàn, các doanh nghiệp quân đội hỗ trợ …": a
            # clause the tagger ended the name at, another agency after it, is still the name's
            name, after = f"{name}{clause.group(1)}, {more}", after[clause.end() + len(more):]
        if related := regex.match(r"\s+(?:có\s+)?liên quan\b", after):
            # "các địa phương, cơ quan liên quan rà soát …": the tagger ends the name before "liên quan"
            name, after = name + related.group(0), after[related.end():]
            if (joint := regex.match(r"\s*(?:,|và)\s+", after)) and (more := leading_agency(after[joint.end():])):
                # "… với các Bộ, cơ quan liên quan và các địa phương": a party named after the catch-all
                name, after = f"{name}{after[:joint.end()]}{more}", after[joint.end() + len(more):]
        # (a catch-all is left out whole before a lower-case list is split: "các bộ, cơ quan liên quan" is no "các bộ";
        # "các địa phương, cơ quan liên quan" keeps the localities, as ANY_KIND says)
        names = [p for a in split_agencies(name.strip(" ,:")) if not _kinds_only(a)
                 and not (is_catch_all(a) and not fold(a).startswith("cac dia phuong")) for p in _kinds_apart(a)]
        if (listed := regex.match(r"\s*:\s*(?P<v>.+)$", after)) is not None:
            # "phối hợp với các cơ quan chức năng: Sở Y tế, …, Hội Cựu chiến binh thực hiện …": the kind, then whom
            pieces = [x.strip() for x in listed.group("v").split(",")]
            last = leading_agency(pieces[-1]) or ""
            names = [x for x in pieces[:-1] + [last.strip()] if x and is_addressee(x)] or names
        names = [_without_verb(a) for a in names]
        out += [a for a in names if a and not is_catch_all(a) and not _unnamed(a, rest) and not _kinds_only(a)
                and a not in out]
    return out


# What the tagger may leave at a name's end: the sentence's own verb or adverb ("Bộ Dân tộc và Tôn giáo khẩn trương
# rà soát", "các bộ, ngành rà soát"), or "như" before the names it lists ("UBND các tỉnh/thành phố như: …")
TRAILING = regex.compile(r"\s+(?:" + "|".join(sorted(ROLE_WORDS | DIRECTING_VERBS | URGING | {"như", "xem xét", "nghiên cứu",
                                                                                       "tham mưu", "đề xuất"}, key=len,
                                                      reverse=True)) + r")$")


def _without_verb(name: str) -> str:
    while cut := TRAILING.search(name):
        name = name[:cut.start()]
    return name.strip()


BODY_WORDS = ("cac ", "chinh quyen ", "co quan ", "he thong ", "mat tran ", "luc luong ", "doan the ", "to chuc ")


def _kinds_apart(name: str) -> list[str]:
    """A list of bodies in lower case, several words each ("cấp ủy, chính quyền các cấp", "các địa phương, cơ quan
    liên quan"), names each; one word after a comma is a kind sharing the head ("UBND các xã, phường", "Các Sở, ban,
    ngành")."""
    if name[:1].isupper() and not name.startswith("Các "):
        return [name]
    parts = regex.split(r"\s*,\s*|\s+và\s+(?=\p{Ll})", name)
    if len(parts) < 2 or not all(fold(p).startswith(BODY_WORDS) and fold(p) not in COLLECTIVE + tuple(ANY_KIND)
                                 for p in parts[1:]):
        return [name]
    return parts


# Kinds of body that name no one ("các cơ quan chức năng", "các cơ quan, đơn vị, địa phương, doanh nghiệp", "các
# lực lượng", "các ngành, các cấp"): everybody, as a catch-all ("các địa phương" names the localities, as gold writes them)
ANY_KIND = {"co quan", "co quan chuc nang", "don vi", "luc luong", "doanh nghiep", "to chuc", "ca nhan", "nganh", "cap"}


def _kinds_only(name: str) -> bool:
    parts = [regex.sub(r"^(?:cac|moi)\s+", "", p) for p in regex.split(r"\s*,\s*|\s+va\s+", fold(name).strip())]
    return all(p in ANY_KIND or p in ("dia phuong", "cac dia phuong") for p in parts) \
        and any(p in ANY_KIND for p in parts)


def _roles(item_lines: list[Line]) -> tuple[list[str], list[str], str | None]:
    lead, co, timeline = _inline_roles(item_lines)
    if lead and not any("chu tri" in fold(m.group("key")) for ln in item_lines
                        for m in INLINE_ROLE.finditer(ln.text.replace("*", ""))):
        # who carries it out ("b) Đơn vị thực hiện: Các Đội chuyên trách …") under a heading of who chairs ("a) Cơ
        # quan chủ trì" / "- Ban Chỉ đạo quốc gia." …): the chairs lead (252/KH-BCĐQG1237 VI)
        lead = _role_heading_leads(item_lines) or lead
    if not lead and item_lines:
        lead = _role_heading_leads(item_lines) or heading_lead(item_lines)
    if not co:
        co = _cooperating("\n".join(ln.text.replace("*", "") for ln in item_lines))
        # the lead named again in another sentence ("Sở Tài chính phối hợp với Sở Y tế …" under "1. Sở Y tế") is no
        # coordinator of its own item; one point's lead may help in another ("a) Bộ Công an chủ trì …; b) Bộ Tài chính
        # chủ trì, phối hợp với Bộ Công an …"): both
        co = co if isinstance(lead, PointLead) else [c for c in co if fold(c) not in {fold(x) for x in lead}]
    return lead, co, timeline


def _bracketed(m: Marker) -> bool:
    return bool(regex.match(r"^\W{0,2}\(\s*\d", m.line.text.replace("*", "")))


# A directive's or plan's closing request ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc
# thực hiện Chỉ thị này."): the speaker asking everyone to carry out this document.
CLOSING_REQUEST = regex.compile(r"^\W*\p{Lu}[\p{L} ,]{0,80}?\s(?:(?:yêu cầu|đề nghị)\s[^.]{0,200}?\b(?:thực hiện|triển khai)"
                                r"\b[^.]{0,120}?\b(?:(?:Chỉ thị|Kế hoạch|Công văn|Văn bản|Quyết định|Thông báo|Công điện) này|"
                                r"(?:những|các)\s+(?:nội dung|yêu cầu|nhiệm vụ)\s+(?:nêu\s+)?trên)"
                                # … or a notice's closing formula: "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ
                                # quan, đơn vị, địa phương biết, thực hiện./."
                                r"|(?:xin\s+)?(?:trân trọng\s+)?thông báo để\s[^.]{0,160}?\bbiết)")


def _paragraph_at(lines: list[Line], j: int, stop: int) -> str:
    """The paragraph that opens at line j, its hard-wrapped lines joined (up to a blank line)."""
    k = next((k for k in range(j, stop) if not lines[k].text), stop)
    return " ".join(ln.text.replace("*", "") for ln in lines[j:k])


def _items(markers: list[Marker], lines: list[Line], start: int, end: int, prefix: str = "",
           dispatch: bool = False) -> list[dict]:
    inside = [m for m in markers if start <= m.line.index < end and m.kind in ("number", "letter", "article")]
    subs = [m for m in markers if start <= m.line.index < end and m.kind == "subnumber"]
    if subs and (not inside or (subs[0].line.index < inside[0].line.index and not any(m.kind == "number" for m in inside))):
        inside, kind = subs, "subnumber"  # "2. NHIỆM VỤ" over "2.1. …", "2.2. …"
    elif not inside:
        return []
    else:
        kind = inside[0].kind
        if kind == "letter" and not any(m.kind == "letter" and m.label == "a" for m in inside) \
                and any(m.kind == "number" for m in inside):
            kind = "number"  # "(i) Về phạm vi điều chỉnh:", "(v) …" (7594/TCHQ-PC): clauses in lower-case roman, no a) list
    if any(m.kind == "article" for m in inside):
        return _article_requests(markers, lines, [m for m in inside if m.kind == "article"], end, dispatch)
    top = [m for m in inside if m.kind == kind]
    # Keep a run that counts up (1, 2, 3 … or a, b, c …): a restart means a nested list.
    seq: list[Marker] = []
    for k, m in enumerate(top):
        expected = str(len(seq) + 1) if kind == "number" else "abcdđeghiklmnopqrstuvxy"[len(seq)] if len(seq) < 23 else None
        if kind == "subnumber":  # 2.1, 2.2 …: one parent, counting up
            parent, _, n = m.label.partition(".")
            expected = m.label if n == str(len(seq) + 1) and (not seq or seq[0].label.partition(".")[0] == parent) else None
        # "(1)", "(2)" under "2." are its sub-items, not the list's next numbers (637/TB-VPCP)
        if kind == "number" and seq and _bracketed(m) != _bracketed(seq[0]):
            continue
        if m.label == expected or (kind == "letter" and seq and m.label > seq[-1].label):
            seq.append(m)
        elif kind == "number" and seq and expected and _followed_by(top[k + 1 :], str(int(expected) + 1), seq[0]):
            seq.append(Marker(m.kind, expected, m.title, m.line))  # OCR misread the number: "6.", "1.", "8." → 7
    if kind == "letter" and len(seq) == 1:
        return []  # "a)" alone is no list: a clause of a quoted provision, or a sub-item whose number was lost
    from pipeline.cleanup import EMPTY_CELL

    out = []
    for i, m in enumerate(seq):
        stop = seq[i + 1].line.index if i + 1 < len(seq) else end
        if i + 1 == len(seq):  # the document's closing request, a paragraph after the last item, is none of its text
            stop = next((j for j in range(m.line.index + 2, stop) if not lines[j - 1].text
                         and regex.search(r"[.;:!]\W{0,2}$", lines[j - 2].text.replace("*", ""))
                         and CLOSING_REQUEST.match(_paragraph_at(lines, j, stop))), stop)
        # (the cleaner's mark of an empty cell, in a numbered table row read as an item, is nothing of its text)
        item_lines = [ln for ln in lines[m.line.index:stop] if ln.text and ln.text.strip() != EMPTY_CELL]
        text = " ".join(" ".join(ln.text.replace("**", "").split()) for ln in item_lines).lstrip("_")
        text = regex.sub(rf"^\W{{0,2}}(?:\d{{1,2}}\.\d{{1,2}}\.?|(?:\d{{1,2}}|[a-zđ])\s*[.)]|\d{{1,2}}\s*{NUM_END})\s+", "", text)
        if glued := GLUED_NUMBER.match(text):  # "1.Về …"
            text = glued.group("t")
        lead, co, timeline = _roles(item_lines)
        if kind == "number" and (not lead or all(_kinds_only(a) for a in lead)):
            # (a heading naming only a kind, "2. Trách nhiệm của các đơn vị:", over "2.1. Sở Tài chính:", "2.2. Thanh
            # tra Thành phố:": the sub-headings say which)
            lead = _sub_heading_leads(markers, lines, m, stop) or lead
        out.append({"label": (prefix if kind != "subnumber" else "") + m.label, "text": text, "lead": lead, "coordinators": co, "timeline": timeline,
                    "_span": (m.line.start, lines[stop - 1].end if stop - 1 < len(lines) else m.line.end)})
    return out


def _followed_by(rest: list[Marker], label: str, first: Marker) -> bool:
    """The list's next item (skipping sub-items of another bracketing) is numbered label."""
    nxt = next((m for m in rest if _bracketed(m) == _bracketed(first)), None)
    return nxt is not None and nxt.label == label


def _sub_heading_leads(markers: list[Marker], lines: list[Line], item: Marker, stop: int) -> list[str]:
    """An item that hands its work out under sub-headings, one agency each ("2. Phân công trách nhiệm" over "2.1. Sở
    Tài chính", "2.2. Sở Nội vụ" …): each sub-heading's agency leads, when most of the sub-items are headed so."""
    subs = [m for m in markers if item.line.index < m.line.index < stop and m.kind == "subnumber"
            and m.label.partition(".")[0] == item.label]
    if len(subs) < 2:
        return []
    found: list[list[str]] = []
    for i, m in enumerate(subs):
        end = subs[i + 1].line.index if i + 1 < len(subs) else stop
        found.append(heading_lead([ln for ln in lines[m.line.index:end] if ln.text]))
    if 2 * sum(bool(f) for f in found) <= len(found):
        return []
    return list(dict.fromkeys(a for f in found for a in f))


REQUEST_RE = regex.compile(r"(?:^|\s)" + NOT_HANDED + ASK + r"\s+(?P<who>[^:.;]{3,150}?)\s*(?::|$|(?<!\bcác)(?<!,)(?=\s+(?:tập trung|thực hiện|chủ trì|triển khai|tổ chức|chỉ đạo|khẩn trương|tiếp tục|quán triệt)\b))")
# (after a comma "tổ chức" is a noun in the list: "yêu cầu các cấp ủy, tổ chức đảng, …")


def _article_requests(markers: list[Marker], lines: list[Line], articles: list[Marker], end: int,
                      dispatch: bool = False) -> list[dict]:
    """Articles of a decision or resolution are not tasks, but a numbered list of requests inside one is
    ("Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo: 1. … 2. …"); a dispatch's items name their own lead or none."""
    out: list[dict] = []
    for i, art in enumerate(articles):
        stop = articles[i + 1].line.index if i + 1 < len(articles) else end
        nums = [m for m in markers if art.line.index < m.line.index < stop and m.kind == "number"]
        if not nums:
            continue
        intro = " ".join(ln.text for ln in lines[art.line.index : nums[0].line.index] if ln.text)
        intro = regex.sub(r"^\W*Điều\s+\d+\s*[.:]\s*", "", intro)
        who = _group_lead(intro)
        if not who:
            continue
        items = _items(markers, lines, nums[0].line.index, stop)
        for t in items:
            if not t["lead"] and not dispatch:
                t["lead"] = who
        out += items
    return out


ASKING_INTRO = regex.compile(rf"(?i)\b(?:{OBLIGES}|{ASKED}|{HANDS_OUT})\b[^.]*:$")


def _asks_below(markers: list[Marker], lines: list[Line], r: Marker, stop: int) -> bool:
    """A notice's assessment section that goes on to ask for its numbered items: "I. ĐÁNH GIÁ CHUNG" … "Để tiếp tục …,
    thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:" / "1. …" (641/TB-VPCP)."""
    first = next((m.line.index for m in markers if r.line.index < m.line.index < stop and m.kind == "number"), None)
    if first is None:
        return False
    intro = " ".join(ln.text.replace("*", "") for ln in lines[r.line.index + 1 : first] if ln.text).strip()
    return bool(ASKING_INTRO.search(_last_sentence(intro))) if intro else False


def _next_text(lines: list[Line], i: int) -> Line | None:
    return next((ln for ln in lines[i + 1 : i + 3] if ln.text), None)


# Items that name a property of the plan, not work: "1. Chủ đề thi đua", "2. Thời gian thực hiện: …".
PROPERTY_HEADS = ("chu de", "thoi gian", "doi tuong", "pham vi", "tieu chi", "hinh thuc", "dia diem", "thanh phan",
                  "muc dich", "yeu cau", "muc tieu", "kinh phi", "khau hieu", "ten goi",
                  # an emulation plan's rules: "Nội dung thi đua", "Cách thức xếp hạng", "Tiêu chuẩn, thang điểm"
                  "noi dung thi dua", "cach thuc", "tieu chuan", "thang diem", "xep hang", "xep loai", "co cau giai",
                  "hien trang", "thuc trang",  # a plan's account of where things stand
                  # what the plan needs: "4. Nguồn lực và việc sử dụng nguồn lực …" (4385), "Nguồn vốn thực hiện"
                  "nguon luc", "nguon von",
                  # a monitoring or inspection plan's scope: what is looked at, not who does what
                  "noi dung giam sat", "noi dung kiem tra", "noi dung thanh tra", "noi dung danh gia",
                  "noi dung khao sat")


# "III. NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ" of a monitoring plan: the scope looked at; "Tổ chức thực hiện" hands out the work.
SCOPE_HEADS = PROPERTY_HEADS[-5:]


def _describes(markers: list[Marker], start: int, stop: int) -> bool:
    """A 'NỘI DUNG …' section that describes the plan (its theme, period, contents) rather than listing work:
    half or more of its numbered items are property headings."""
    items = [m for m in markers if start < m.line.index < stop and m.kind == "number"]
    props = [m for m in items if fold(m.title.replace("*", "")).startswith(PROPERTY_HEADS)]
    return bool(items) and 2 * len(props) >= len(items)


# "Sở Y tế, UBND cấp xã và các cơ quan, đơn vị có liên quan …, có trách nhiệm:" hands the items below to its subject.
DUTY_RE = regex.compile(r"(?:^|[.;]\s+)(?P<who>[^.;:]{3,300}?),?\s+(?:có|chịu)\s+trách nhiệm(?:\s+(?:thực hiện|như sau|các nội dung sau))?\s*:\s*$")


def _group_lead(intro: str) -> list[str]:
    """The agencies a group's opening sentence hands its items to: '… yêu cầu Ủy ban nhân dân các tỉnh: 1. … 2. …',
    'Giao Giám đốc Sở Giáo dục và Đào tạo: …' (catch-alls such as 'các cơ quan liên quan' name nobody)."""
    found = list(REQUEST_RE.finditer(intro))
    # (the noun after a request that names someone: "Giao Bộ Công an chủ trì, … bảo đảm một số yêu cầu sau:", 377/NQ-CP)
    found = [m for m in found if m.group("who").strip()[:1].isupper() or is_addressee(m.group("who"))] or found
    duty = DUTY_RE.search(intro)
    if not found and not (duty and is_addressee(duty.group("who"))):
        # … its agencies set apart by semicolons, which REQUEST_RE does not cross
        return _obliged(intro) or _introducing_agencies(_last_sentence(intro.strip()))
    who = (found[-1] if found else duty).group("who").strip()
    if not (who[:1].isupper() or is_addressee(who)):
        return []  # "đáp ứng yêu cầu phát triển:" is no request to anyone
    return [a for a in split_agencies(who) if a and not is_catch_all(a)]


# The subject a section's opening sentence obliges, before the colon over the items: "Để tiếp tục tháo gỡ …, tỉnh Đắk
# Lắk cần tiếp tục thực hiện quyết liệt, … trong đó lưu ý tập trung thực hiện một số nội dung trọng tâm sau:" (623/TB-VPCP).
OBLIGED = regex.compile(r"(?:^|[,;]\s+)(?P<who>(?:tỉnh|thành phố)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*|\p{Lu}[^,;:.]{2,120}?)"
                        r"\s+" + OBLIGES + r"\s")


# The sentence that introduces a list standing under no heading hands it to whom it asks (gold/README, tasks, lead):
# "…, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban ngành, đơn vị cấp tỉnh; các cơ quan Trung ương
# đóng trên địa bàn tỉnh và Chủ tịch UBND các cấp tập trung triển khai thực hiện các nội dung sau:" / "1. Tiếp tục …".
# Its agencies may be set apart by semicolons; the action after them ("tập trung triển khai …") or the colon ends them.
INTRO_ACTS = (r"tập trung|khẩn trương|nghiêm túc|quyết liệt|tiếp tục|chủ động|thực hiện|triển khai|tổ chức|"
              r"(?<!\bBan\s)chỉ đạo|lãnh đạo|quán triệt|tăng cường|chấp hành|căn cứ|theo chức năng|nghiên cứu|chủ trì|"
              r"phối hợp|rà soát|khắc phục|thông báo|hướng dẫn|đôn đốc|kiểm tra|xây dựng|báo cáo|bảo đảm|đảm bảo")
# What the addressees are asked, named without a verb: "yêu cầu các sở, ban, ngành, địa phương như sau:", "đề nghị
# Ủy ban nhân dân các huyện, thị xã, thành phố một số nội dung sau:" (no part of the name)
INTRO_TAIL = r"\s+(?:cụ thể\s+)?như sau|\s+(?:một số|các|những)\s+(?:nội dung|nhiệm vụ|giải pháp|việc)\b"
INTRO_REQUEST = regex.compile(r"(?:^|[\s,])" + ASK + r"\s+(?P<who>(?:các\s|\p{Lu}|(?:thủ trưởng|giám đốc|chủ tịch|người đứng đầu|bộ trưởng)\s|cấp ủy\b)[^:.]{2,300}?)"
                              rf"(?<![,;])(?<!\bvà)(?<!\bcác)(?=\s*:\s*$|\s+(?:{INTRO_ACTS})\b|{INTRO_TAIL})")
# (after a comma "tổ chức" is a noun in the list, "các cấp ủy, tổ chức đảng", and after "và"/"và các" it opens the
# next addressee, "Thủ trưởng các sở, ban, ngành và các tổ chức chính trị - xã hội tỉnh thực hiện …")
# (a Party body written in lower case opens the list too: "yêu cầu cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp
# tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau:", 432/TB-VPTW)


def _introducing_agencies(sentence: str) -> list[str]:
    if not sentence.rstrip(" *").endswith(":"):
        return []  # no sentence introducing the list
    found = list(INTRO_REQUEST.finditer(sentence))
    if not found or not is_addressee(found[-1].group("who")):
        return []
    if CITED_REQUEST.match(regex.split(r"[,;]", sentence[: found[-1].start()])[-1]):
        return []  # the request of a document cited as grounds ("Thực hiện Công văn … của Bộ Y tế yêu cầu …"), not this one
    # "yêu cầu thủ trưởng các sở, …, chủ tịch UBND các huyện, … và đề nghị Mặt trận Tổ quốc Việt Nam, đoàn thể các cấp
    # tập trung thực hiện …": both requests' addressees
    parts = regex.split(r"\s*[,;]?\s+(?:và\s+)?(?:đề nghị|yêu cầu)\s+", found[-1].group("who"))
    # a definition after a name is no part of it: "UBND các tỉnh, thành phố trực thuộc Trung ương (gọi tắt là UBND cấp tỉnh)"
    return [regex.sub(DEFINED_AS, "", a) for part in parts for a in split_agencies(part) if a and not is_catch_all(a)]


DEFINED_AS = regex.compile(r"\s*\((?:sau đây\s+)?gọi\s+(?:tắt|chung)?\s*là\b[^()]*\)")
CITED_REQUEST = regex.compile(r"(?i)^\W*(?:thực hiện|căn cứ|theo|tại|triển khai|trên cơ sở)\s")


def _introduced_lead(found: list[dict], markers: list[Marker], lines: list[Line], start: int) -> list[dict]:
    """A numbered list under no heading: its items that name nobody are led by the agencies the sentence introducing
    the list asks (a dispatch's are not: it names its own or none)."""
    first = next((m for m in markers if found and m.line.start == found[0]["_span"][0]), None)
    if first is None or first.kind not in ("number", "letter", "subnumber") \
            or any(start <= m.line.index < first.line.index for m in markers):
        return found  # a decision's articles, or a list under a heading or inside another list
    intro = " ".join(ln.text.replace("*", "") for ln in lines[start : first.line.index] if ln.text).strip()
    who = _introducing_agencies(_last_sentence(intro))
    for t in found:
        if not t["lead"] and not OWN_ASSIGNEE.match(t["text"]):
            t["lead"] = list(who)
    return found


# An item that hands its work to someone itself names who acts, even someone no agency ("5. Giao Phó Thủ tướng Hồ Đức
# Phớc và các Phó Thủ tướng theo nhiệm vụ được phân công chỉ đạo, đôn đốc …", 226/CĐ-TTg): not the list's addressees.
OWN_ASSIGNEE = regex.compile(r"^\W*" + ASK + r"\s+(?:các\s|\p{Lu})")


def _obliged(intro: str) -> list[str]:
    last = _last_sentence(intro.strip())
    if not last.endswith(":"):
        return []
    if last[:1].isupper() and (who := leading_agency(last)) and last.startswith(who) \
            and regex.match(r"(?:\s*,?\s+(?:theo|căn cứ|trên cơ sở)\s[^:;.]{0,80}?)?,?\s+(?:tập trung|thực hiện|triển khai|quán triệt|"
                            r"tổ chức thực hiện|chủ động)\b", last[len(who):]):
        # (maybe after the grounds it acts on: "Các sở, ban, ngành, … theo chức năng, nhiệm vụ được giao tập trung …")
        # its subject acts on the list: "Các cấp ủy, tổ chức đảng tập trung lãnh đạo thực hiện tốt các nhiệm vụ sau:"
        return [a for a in split_agencies(who) if not is_catch_all(a)]
    for m in OBLIGED.finditer(last):
        who = m.group("who")
        if regex.match(r"(?:tỉnh|thành phố)\s", who) or (is_addressee(who) and leading_agency(who) == who):
            return [a for a in split_agencies(who) if not is_catch_all(a)]
    return []


def _heading_agencies(title: str) -> list[str]:
    """A section headed by whom its items concern: "II. ỦY BAN NHÂN DÂN CÁC HUYỆN", "III. Trách nhiệm của Sở Y tế:"."""
    who = _addressed(title.replace("*", "").strip(" :"))
    if is_caps(who):
        who = gazetteer.agency_case(who)  # capitals: "ĐỐI VỚI BỘ XÂY DỰNG" → "Đối với Bộ Xây dựng"
    if is_addressee(who) and len(who.split()) > 15 and title.rstrip(" *").endswith(":") \
            and (agency := leading_agency(who)) and SECTION_VERB.match(who[len(agency):]):
        # a heading that is its section's opening sentence, its subject directing the points below: "III. Cục Hải quan
        # TP.Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (…) thực hiện nội dung sau:"
        # (778/TCHQ-GSQL); a group picked out by what it has done ("II. Các Chi cục Hải quan đã triển khai …") is not
        return [a for a in split_agencies(agency) if not is_catch_all(a)]
    if not is_addressee(who) or is_catch_all(who) or len(who.split()) > 15:
        return []
    return [a for a in split_agencies(who) if not is_catch_all(a)]


SECTION_VERB = regex.compile(r"\s+(?:hướng dẫn|chỉ đạo|yêu cầu|đề nghị|thực hiện|triển khai|tổ chức|chủ trì)\b")


def _section_items(markers: list[Marker], lines: list[Line], sections: list[tuple[Marker, int]],
                   dispatch: bool = False) -> list[dict]:
    """The items of sections, led by the agencies their opening sentence asks or their heading names; a dispatch's
    items name their own lead or none (its heading's agencies still lead: "II. ỦY BAN NHÂN DÂN CÁC HUYỆN")."""
    prefix = len(sections) > 1
    out: list[dict] = []
    for r, stop in sections:
        items = _items(markers, lines, r.line.index + 1, stop, f"{r.label}." if prefix else "")
        if items:
            first = next(m.line.index for m in markers if r.line.index < m.line.index < stop
                         and m.kind in ("number", "letter", "subnumber"))
            heading = _heading_agencies(r.title)
            group = ([] if dispatch else _group_lead(" ".join(
                ln.text.replace("*", "") for ln in lines[r.line.index + 1 : first] if ln.text))) or heading
            for t in items:
                if isinstance(t["lead"], PointLead) and heading:
                    t["lead"] = []  # the agency heading the group leads, not the ones its items' points name
                t["lead"] = list(t["lead"] or group)
        out += items
    return out


def _column(header: list[str], *keys: str) -> int | None:
    return next((i for i, h in enumerate(header) if any(k in fold(h) for k in keys)), None)


# (a cell may also break after an agency's head, before its name: "Bộ Công an, Bộ" / "Khoa học và Công nghệ")
CONTINUES = regex.compile(r"(?:[,;(/-]|\s(?:và|của|các|với|cho|trong|về|theo|đến|tại|thuộc)|[\s,](?:Bộ|Sở|Cục|Ban|Ủy ban))\s*$")


# a line no cell ends with: a conjunction or preposition, an agency's head before its name, an open bracket or slash
OPEN_END = regex.compile(r"(?:[(/]|\s(?:và|của|các|với|cho|trong|về|theo|đến|tại|thuộc)|[\s,](?:Bộ|Sở|Cục|Ban|Ủy ban))\s*$")


def _cells(row: list[Line], n: int, cols: dict) -> list[str]:
    """A row's lines as its n cells: a cell that ran over two lines ('… Sở Khoa học và' / 'Công nghệ, …') is joined
    where a line cannot end a cell (a trailing 'và', comma …) or the next one starts in lower case; else where the
    join leaves an agency in the lead column ('Phối hợp rà soát, sửa đổi Luật' / 'Quy hoạch và …' / 'Sở Tài chính').
    The cleaner's mark of an empty cell is an empty cell (a cell in lower case after it was joined to it: its own).
    Unnumbered rows under the row (its number cell merged over them) are its own: their text, leads and coordinators
    are added to its cells."""
    from pipeline.cleanup import EMPTY_CELL

    cells = []
    for ln in row:
        cell, empty = " ".join(ln.text.replace("*", "").split()), 0
        while cell.startswith(EMPTY_CELL):
            cell, empty = cell[len(EMPTY_CELL):].strip(), empty + 1
        cells += [""] * empty + ([cell] if cell or not empty else [])
    text, lead, co, time = cols["text"], cols["lead"], cols["co"], cols["time"]
    parts = [cells]  # the row, then each follow-on row from its text cell on
    while (s := _follow_on(parts[-1], lead - text if len(parts) > 1 else lead, 0 if len(parts) > 1 else text,
                           n - text if len(parts) > 1 else n)):
        parts[-1:] = [parts[-1][:s], parts[-1][s:]]
    out = _fit(parts[0], n, lead, time)
    for more in parts[1:]:
        more = _fit(more, n - text, lead - text, None if time is None else time - text)
        out += [""] * (n - len(out))
        for c, sep in ((text, " "), (lead, "; "), (co, "; ")):
            if c is not None and 0 <= c - text < len(more) and more[c - text]:
                known = {fold(a) for a in split_agencies(out[c])} if sep == "; " else set()
                add = [a for a in split_agencies(more[c - text]) if fold(a) not in known] if sep == "; " else [more[c - text]]
                out[c] = sep.join([out[c], *add] if out[c] else add)
    return out


def _fit(cells: list[str], n: int, lead_col: int | None, time_col: int | None) -> list[str]:
    """A row's lines (its follow-on rows apart) joined into at most n cells; a line left open ('Sở Khoa học và' /
    'Công nghệ') is joined to the next one however many lines the row has, unless the row has no more lines than
    columns and the next one is a time or an agency: a cell of its own ('Các Sở, Ban' / 'Năm 2025')."""
    cells = _sub_item_lines(cells, lead_col, time_col)
    while j := next((j for j in range(1, len(cells)) if cells[j - 1] and cells[j] and OPEN_END.search(cells[j - 1])
                     and (len(cells) > n or not (TIMELINE.match(cells[j]) or is_addressee(cells[j])))), 0):
        cells[j - 1 : j + 1] = [f"{cells[j - 1]} {cells[j]}"]
    while len(cells) > n:
        j = next((j for j in range(1, len(cells)) if cells[j - 1] and cells[j]
                  and (CONTINUES.search(cells[j - 1]) or cells[j][:1].islower())), None)
        if j is None and lead_col is not None:
            j = next((j for j in range(2, lead_col + 1) if lead_col + 1 < len(cells)
                      and not is_addressee(cells[j]) and is_addressee(cells[lead_col + 1])), None)
        j = j or len(cells) - 1
        cells[j - 1 : j + 1] = [f"{cells[j - 1]} {cells[j]}".strip()]
    # A row with empty trailing cells has fewer lines than columns: a text cell over two lines still shows as an
    # agency one column to the right of the lead column.
    while lead_col is not None and len(cells) < n and 2 <= lead_col < len(cells) - 1 and cells[lead_col] \
            and not is_addressee(cells[lead_col]) and is_addressee(cells[lead_col + 1]):
        cells[lead_col - 1 : lead_col + 1] = [f"{cells[lead_col - 1]} {cells[lead_col]}"]
    return cells


def _follow_on(cells: list[str], lead: int | None, text: int | None, n: int) -> int | None:
    """Where an unnumbered row going on under this one begins ('2' / '… liên tục 24/7.' / 'Sở Tài chính' / … /
    'Thực hiện sao lưu dữ liệu …' / 'Sở Khoa học và Công nghệ'): after the row's first agency, a task's text (five
    words or more, capitalised, no agency, no time) after a line that ends its cell, with an agency right under it.
    None in a row that holds another row's number (a reading gone past rows it did not expect), and in a row of no
    more lines than its n columns: its own cells ('… | Sở Tư pháp | Báo cáo kết quả rà soát
    … | Các sở, ngành | Quý II/2025', a product column between the agencies)."""
    if lead is None or text is None or lead <= text or len(cells) <= n \
            or any(regex.fullmatch(r"\d{1,3}\.?", c) for c in cells[1:]):
        return None
    a = next((i for i in range(text + 1, len(cells)) if cells[i] and is_addressee(cells[i])), None)
    for s in range(a + 1, len(cells) - 1) if a is not None else ():
        c = cells[s]
        if c[:1].isupper() and len(c.split()) >= 5 and not is_addressee(c) and not TIMELINE.match(c) \
                and cells[s - 1] and not CONTINUES.search(cells[s - 1]) and is_addressee(cells[s + 1]):
            return s
    return None


def _sub_item_lines(cells: list[str], lead_col: int | None, time_col: int | None) -> list[str]:
    """A row whose cells list its sub-items one a line, as many in each ('Bố trí nhân lực … quy hoạch.' / 'Bố trí nhân
    lực …' over 'Các sở, ngành, …' / 'Sở Tài chính' over 'Sở Tài chính' / 'Các sở, ngành, …', then 'Năm 2026'): the
    agency lines before the time cell shared out evenly between the agency columns, the text lines one cell."""
    if lead_col is None or time_col is None or time_col <= lead_col or lead_col < 2:
        return cells
    a = next((i for i in range(lead_col, len(cells)) if cells[i] and is_addressee(cells[i])), None)
    t = next((i for i in range(a + 1, len(cells)) if TIMELINE.match(cells[i])), None) if a is not None else None
    need = time_col - lead_col
    if t is None or (t - a) <= need or (t - a) % need or (t - a) // need != a - (lead_col - 1) \
            or not all(cells[i] and is_addressee(cells[i]) for i in range(a, t)):
        return cells
    # each text line a sub-item of its own: capitalised, the line before it closed (not one sentence wrapped, 'Xây
    # dựng kế hoạch chuyển đổi số' / 'của tỉnh giai đoạn 2025-2030'); a list mark before it ('- Rà soát …;', 'b) Tổ
    # chức …') is none of its capital, and ';' or '.' closes the line above
    unmarked = lambda c: regex.sub(r"^(?:[-+•*]|[a-zđ]\))\s*", "", c)  # noqa: E731
    if not all(unmarked(cells[i])[:1].isupper() and not OPEN_END.search(cells[i - 1]) and not cells[i - 1].endswith(",")
               for i in range(lead_col, a)):
        return cells
    k = (t - a) // need
    return [*cells[: lead_col - 1], " ".join(cells[lead_col - 1 : a]),
            *("; ".join(cells[a + i * k : a + (i + 1) * k]) for i in range(need)), *cells[t:]]


# What a header cell names ("Cơ quan chủ trì", "Thời gian thực hiện" …), unlike a group row's title whose TT cell the
# text lost ("Hoàn thiện thể chế" over row "1").
COLUMN_WORDS = ("nhiem vu", "noi dung", "chu tri", "phoi hop", "thoi gian", "thoi han", "tien do", "ket qua", "san pham",
                "ghi chu", "don vi", "co quan", "kinh phi", "hoat dong", "cong viec", "giai phap")
GROUP_ROW = regex.compile(r"[ivx]{1,4}|[a-d]")  # a table's group row: "II" / "B" in the TT cell, its title beside
SUBGROUP_ROW = regex.compile(r"[ivx]{1,4}(?:\.\d{1,2}){1,2}")  # a group's own groups: "III.1", "III.1.1"


def _table_tasks(lines: list[Line], start: int, end: int, layout_only: bool = False) -> list[dict]:
    """A plan's task table (often its annex 'NHIỆM VỤ CHỦ YẾU …'), one cell a line as the text input gives it:
    a header 'TT / Nội dung, nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian thực hiện', then each row
    from its number to the next number (or the blank line after the table); the columns fill text, lead,
    coordinators and timeline. A table printed over pages (its header repeated) is read by _layout_rows; layout_only
    reads only such a table (a resolution's or a directive's annex)."""
    number = lambda ln: fold(ln.text.strip("*. "))  # noqa: E731
    for h in range(start, end):
        if not grammar.is_row_number_head(lines[h].text):
            continue
        header = [lines[h].text]
        k = h + 1
        while k < end and lines[k].text and len(header) < 8 and not regex.fullmatch(r"\d{1,3}", number(lines[k])) \
                and not GROUP_ROW.fullmatch(number(lines[k])) \
                and not (_group_title(lines, k, end, 0) and not any(w in number(lines[k]) for w in COLUMN_WORDS)) \
                and len(lines[k].text.split()) <= 8:
            if lines[k].text.lstrip("*")[:1].islower():
                header[-1] += " " + lines[k].text  # a header cell over two lines: "**Nhiệm vụ, giải" / "pháp**"
            else:
                header.append(lines[k].text)
            k += 1
        cols = {"text": _column(header, "nhiem vu", "noi dung", "cong viec", "hoat dong"),
                "lead": _column(header, "chu tri", "don vi thuc hien", "co quan thuc hien"),
                "co": _column(header, "phoi hop"), "time": _column(header, "thoi gian", "thoi han", "tien do")}
        if cols["text"] is None or cols["lead"] is None:
            continue
        if _header_repeats(lines, k, end, header) or _crosses_page(lines, k, end, header):
            if rows := _layout_rows(lines, k, end, header, cols):
                return rows  # a PDF's table: rows run over pages, cells wrapped
            if layout_only:
                return []  # read astray: its headers further on are the same table's, read from the middle
        if layout_only:
            continue
        out: list[dict] = []
        n, group = 0, False  # the row number counts up, or restarts at 1 under a group row ("II | Nhóm nhiệm vụ …")
        groups: list[str] = []  # the group rows' labels; numbers restarting under them are labelled "II.1"
        while k < end:
            if SUBGROUP_ROW.fullmatch(number(lines[k])):
                # A sub-group row ("III.1" / "Nhóm ứng dụng …", "III.1.1" …): the count goes on under it, or restarts
                # at 1, its rows then labelled by it.
                j = next((j for j in range(k + 1, min(k + 4, end)) if number(lines[j]) in (str(n + 1), "1")
                          or SUBGROUP_ROW.fullmatch(number(lines[j]))), end)
                if j < end and number(lines[j]) == "1" and n and not group:
                    groups.append(number(lines[k]).upper())
                    group = True
                k = j
                continue
            title_only = _group_title(lines, k, end, n)
            if GROUP_ROW.fullmatch(number(lines[k])) or title_only:
                # A group row whose TT cell the text lost ("Hoàn thiện thể chế …" then "1") takes the next numeral.
                groups.append(number(lines[k]).upper() if not title_only else ROMAN_LABELS[min(len(groups), 11)])
                k = next((j for j in range(k + 1, min(k + 4, end)) if number(lines[j]) in (str(n + 1), "1")
                          or SUBGROUP_ROW.fullmatch(number(lines[j]))), end)
                group = True
                continue
            if number(lines[k]) != str(n + 1) and not (group and number(lines[k]) == "1"):
                break
            group = False
            n = int(number(lines[k]))
            stop = k + 1
            while stop < end and lines[stop].text and number(lines[stop]) != str(n + 1) \
                    and not GROUP_ROW.fullmatch(number(lines[stop])) and not _group_title(lines, stop, end, n):
                stop += 1
            cells = _cells(lines[k:stop], len(header), cols)
            get = lambda key: cells[cols[key]] if cols[key] is not None and cols[key] < len(cells) else ""  # noqa: E731
            out.append({"label": f"{groups[-1]}.{n}" if groups else str(n), "_restart": n == 1 and len(out) > 0,
                        "text": get("text"),
                        "lead": [a for a in split_agencies(get("lead")) if not is_catch_all(a)],
                        "coordinators": _cell_agencies(get("co")), "timeline": get("time") or None,
                        "_span": (lines[k].start, lines[stop - 1].end)})
            k = stop
        if out:
            restarts = any(t.pop("_restart") for t in out)
            if not restarts:  # group rows over one running count: the numbers are labels enough
                for t in out:
                    t["label"] = t["label"].rpartition(".")[2]
            elif groups and groups[0] == "II":  # rows before group II are group I's, its row lost with the header
                for t in out:
                    if "." in t["label"]:
                        break
                    t["label"] = "I." + t["label"]
            return out
    return []


# A table as a PDF's text layer gives it (Công báo annexes, pdfplumber): each cell's lines in column order, a cell
# over several lines, two cells on one line set apart by a run of spaces ("Các bộ, cơ quan ngang bộ  Bộ Tư pháp"), the
# row number alone or before its text ("13  Xây dựng, hoàn thiện …"), and at each page break the page's furniture (a
# footnote, the gazette's running head, the page number) and the header again, its last cell sometimes run into the
# next cell's text ("Căn cứ bổ sung trương, định hướng …").
# a sub-row: "2.1 Theo dõi …" under row 2
SUB_ROW = regex.compile(r"^\W{0,2}(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.?(?:\s+(?P<t>\S.*))?$")
LAYOUT_ROW = regex.compile(r"^\W{0,2}(?P<m>\d{1,3})\.?(?:\s{2,}(?P<t>\S.*))?$")
CELL_GAP = regex.compile(r"\s{2,}")
TIMELINE = regex.compile(r"(?i)^(?:tháng|quý|năm|trước|trong\s+(?:tháng|quý|năm)|từ\s+(?:tháng|năm)|"
                         r"(?:thực\s+hiện\s+)?thường\s+xuyên|hằng\s+năm|hàng\s+năm|định\s+kỳ|giai\s+đoạn|kỳ\s+họp|"
                         r"theo\s+(?:kế\s+hoạch|tiến\s+độ|lộ\s+trình)|"
                         r"\d{4}(?:\s*[-–]\s*\d{4})?(?:\s+và\s+h[aằ]ng\s+năm)?$|"
                         r"\d{1,2}/\d{4})")
PAGE_BREAK_SPAN = 14  # the lines a page's foot and head may take (footnotes, running head, number, header cells)
ROW_SPAN = 60  # the blank lines looked past for the line after them (a row's number, or the table has ended)


def _header_repeats(lines: list[Line], k: int, end: int, header: list[str]) -> bool:
    """The header's first cells standing again after a blank line further on: a table printed over pages."""
    return any(_page_header_end(lines, i, end, header) is not None
               for i in range(k, end) if not lines[i].text and i + 1 < end)


def _crosses_page(lines: list[Line], k: int, end: int, header: list[str]) -> bool:
    """A table's rows going on after a page break (a blank line, the running head and page number) with no header
    printed again: the next non-furniture line after the break is a row's number or its text, before any blank line
    that is no page break (the table's end)."""
    for i in range(k, end):
        if lines[i].text:
            continue
        j = _page_break_end(lines, i, end, header)
        if j is None:
            if _row_follows(lines, i + 1, end, None, []) or _row_goes_on(lines, i + 1, end, None, [], header):
                continue  # a blank line between rows or cells
            return False
        if j < end and (LAYOUT_ROW.match(lines[j].text.strip()) or _group_mark(lines[j].text, [])
                        or lines[j].text[:1].islower()):
            return True
    return False


def _page_break_end(lines: list[Line], i: int, end: int, header: list[str]) -> int | None:
    """From a blank line: the first line after a page break's furniture (and a repeated header), or None when the
    blank line is no page break (no page number follows it)."""
    if (j := _page_header_end(lines, i, end, header)) is not None:
        return j
    j, numbered = i, False
    while j < end and _furniture(lines, j, end) and j < i + PAGE_BREAK_SPAN:
        numbered = numbered or regex.fullmatch(r"\d{1,4}", lines[j].text.strip()) is not None
        j += 1
    return j if numbered else None


def _page_header_end(lines: list[Line], i: int, end: int, header: list[str]) -> int | None:
    """From a blank line inside a table: the index after the repeated header (and the page furniture before it), or
    None when no header follows the furniture (the table has ended, or a row goes on after a blank line)."""
    first = fold(header[0].strip("*. "))
    heads = lambda j: fold(lines[j].text.strip("*. ")) == first and j + 1 < end \
        and fold(lines[j + 1].text).startswith(fold(header[1]).strip(" *")[:12])  # noqa: E731
    for j in range(i, min(i + PAGE_BREAK_SPAN, end)):
        if heads(j):
            return j + 1
        if not _furniture(lines, j, end):
            return None  # a row's own line before any header: no page break here
    return None


def _furniture(lines: list[Line], j: int, end: int) -> bool:
    """A page break's line: blank, the page number, the running head over it, a footnote ('1 Nghị quyết số …')."""
    t = lines[j].text.strip()
    nxt = next((ln.text.strip() for ln in lines[j + 1 : min(j + 3, end)] if ln.text.strip()), "")
    return not t or regex.fullmatch(r"\d{1,4}", t) is not None or regex.match(r"\d{1,2}\s(?!\s)\S+\s+\S+\s+\S+", t) \
        is not None or regex.fullmatch(r"\d{1,4}", nxt) is not None


def _skip_header(lines: list[Line], j: int, end: int, header: list[str]) -> tuple[int, str]:
    """Past the repeated header's cells from j; the text a last cell ran into, if any."""
    for cell in header[1:]:
        if j >= end:
            break
        c, t = " ".join(fold(cell).replace("*", "").split()), " ".join(lines[j].text.split())
        if not fold(t).startswith(c):
            break
        j += 1
        if len(t) > len(c):
            return j, t[len(c):].strip()
    return j, ""


def _layout_rows(lines: list[Line], k: int, end: int, header: list[str], cols: dict) -> list[dict]:
    """The rows of a task table in PDF layout, from line k (after the header) on: each row from its number to the
    next (a sub-row "2.1" under row 2 a row of its own); the lead is the row's first agency cell after its task text,
    the coordinators the agency cell after it. Group rows ("II" / "Nhóm nhiệm vụ …") label the rows under them when
    the count restarts; a numbered row that only titles its sub-rows ("1." / "Rà soát …" over "1.1") is no task. A
    reading that goes astray (a number out of order, the header again after where it stopped) gives no rows."""
    out: list[dict] = []
    n, groups, restarted, fresh = 0, [], False, False  # fresh: a group row stands since the last row
    sub = 0  # the row's own sub-rows ("2.1", "2.2" … under row 2), each a task labelled by its number
    row: list[str] | None = None  # None under a group row's title, until the next row's number
    span = [0, 0]

    def close() -> None:
        if row:
            out.append({"label": f"{n}.{sub}" if sub else str(n), "_group": groups[-1] if groups else None,
                        **_layout_cells(row, cols), "_span": tuple(span)})

    while k < end:
        ln = lines[k]
        if not ln.text:
            j = _page_break_end(lines, k, end, header)
            if j is None and (row == [] or _row_follows(lines, k + 1, end, n + 1, groups)
                              or (row and _row_goes_on(lines, k + 1, end, n + 1, groups, header))):
                k += 1  # a blank line inside a row (after its number, between its cells), the next row after it
                continue
            if j is None:
                break
            k, rest = _skip_header(lines, j, end, header)
            if rest and row:
                row.append(rest)
            continue
        t = " ".join(ln.text.replace("*", "").split(" ")).strip()
        m = LAYOUT_ROW.match(t)
        num = int(m.group("m")) if m else None
        sm = SUB_ROW.match(t) if not m else None
        if not m and (gm := NUMBERED_TITLE.match(t)) and int(gm.group("m")) == n + 1 \
                and _sub_row_next(lines, k, end, n + 1):
            m, num = gm, n + 1  # "2. Đẩy mạnh nghiên cứu …" over its sub-rows "2.1", "2.2" …: a row of its own number
        if num == 1 and n and not fresh and row and _lost_group(row[-1]) \
                and (not groups or (groups[-1] in ROMAN_LABELS and _after(groups[-1]))):
            # a group row whose mark the text lost ('IV …' read, 'V' not): its title the row's last line, the count
            # restarting under it
            row.pop()
            close()
            row, fresh = None, True
            groups.append(_after(groups[-1]) if groups else "II")
        if num == n + 1 or (num == 1 and fresh and n):
            close()
            restarted = restarted or (num == 1 and n > 0)
            n, row, span, fresh, sub = num, [m.group("t")] if m.group("t") else [], [ln.start, ln.end], False, 0
        elif sm and n and int(sm.group("a")) == n and int(sm.group("b")) == sub + 1:
            close()
            sub, row, span = sub + 1, [sm.group("t")] if sm.group("t") else [], [ln.start, ln.end]
        elif mark := _group_mark(t, groups) or (_group_mark(t, ["I"]) if n and not groups else None):
            # (a first group row 'I' the text lost: 'II' after rows already read, those rows group I's)
            close()
            groups.append(mark)
            row, fresh = None, True
        elif m:
            return []  # a row's number out of order (a group row not read, a row lost): no rows rather than wrong ones
        elif row is not None:
            row.append(t)
            span[1] = ln.end
        k += 1
    if _header_repeats(lines, k, end, header):
        return []  # the header stands again after where the reading stopped: the table went on unread
    close()
    # a numbered row that only titles its sub-rows ("1." / "Rà soát, hoàn thiện thể chế" over "1.1" …) is no task
    titled = {t["label"].partition(".")[0] for t in out if "." in t["label"]}
    out = [t for t in out if t["label"] not in titled or t["lead"]]
    for t in out:  # the group rows label the rows under them when the count restarts under each ("II.1")
        group = t.pop("_group") or ("I" if groups[:1] == ["II"] else None)
        t["label"] = f"{group}.{t['label']}" if restarted and group else t["label"]
    return out if len(out) >= 2 else []


NUMBERED_TITLE = regex.compile(r"^\W{0,2}(?P<m>\d{1,2})\.\s+(?P<t>\p{Lu}.*)$")


def _sub_row_next(lines: list[Line], k: int, end: int, number: int) -> bool:
    """The sub-row 'number.1' stands within the next few lines (a numbered group's title may take two)."""
    for ln in lines[k + 1 : min(k + 4, end)]:
        if (sm := SUB_ROW.match(ln.text.strip())) and int(sm.group("a")) == number and sm.group("b") == "1":
            return True
    return False


def _lost_group(line: str) -> bool:
    """A group row's title standing alone: a capitalised line that ends no cell ('Thực hiện hiệu quả công tác kiểm tra,
    giám sát'), no agency, no time, no number."""
    return line[:1].isupper() and not CONTINUES.search(line) and not _layout_agency(line) and not TIMELINE.match(line) \
        and len(line.split()) >= 4 and not regex.search(r"\d", line) and not GROUP_MARK.match(line)  # (not 'IV …')


def _row_follows(lines: list[Line], k: int, end: int, number: int | None, groups: list[str]) -> bool:
    """After a blank line: the next line that is not blank opens the row numbered `number` (any row for None) — its
    number alone or before its text after a run of spaces, or "2. Đẩy mạnh …" over its sub-rows "2.1" … —, a sub-row,
    or the next group row. Anything else (a paragraph "3. Ủy ban nhân dân …", a heading "III. TỔ CHỨC THỰC HIỆN" out of
    the groups' order) ends the table."""
    i = next((i for i in range(k, min(k + ROW_SPAN, end)) if lines[i].text.strip()), None)
    if i is None:
        return False
    t = lines[i].text.strip()
    m = LAYOUT_ROW.match(t)
    if not m and (gm := NUMBERED_TITLE.match(t)) and _sub_row_next(lines, i, end, int(gm.group("m"))):
        m = gm
    sm = SUB_ROW.match(t)
    return bool((m and (number is None or int(m.group("m")) in (number, 1))) or _group_mark(t, groups)
                or (sm and (number is None or int(sm.group("a")) in (number - 1, number))))


def _row_goes_on(lines: list[Line], k: int, end: int, number: int | None, groups: list[str], header: list[str]
                 ) -> bool:
    """After a blank line inside a row: the row's cells go on. The next line is no row's number, sub-row, group row or
    heading (capitals, 'Điều 2.', 'Nơi nhận'), no page furniture, and the table goes on after it: before the next blank
    line the next row opens (numbered `number`, any for None), a sub-row or a group row, or after that blank line a row
    or a page break follows; or the row runs to the end of the text with no blank line."""
    i = next((i for i in range(k, min(k + 3, end)) if lines[i].text.strip()), None)
    if i is None:
        return False
    t = lines[i].text.strip()
    if LAYOUT_ROW.match(t) or SUB_ROW.match(t) or NUMBERED_TITLE.match(t) or GROUP_MARK.match(t) \
            or ARTICLE.match(t) or ROMAN.match(t) or fold(t).startswith("noi nhan") \
            or (is_caps(t) and len(t.split()) >= 2) or _furniture(lines, i, end):
        return False
    for j in range(i + 1, end):
        if not lines[j].text.strip():
            return _row_follows(lines, j, end, number, groups) or _page_break_end(lines, j, end, header) is not None
        if _row_follows(lines, j, end, number, groups):
            return True
    return True


# a group row's mark: "II", "II. Hoàn thiện …", "IV Thực hiện …"
GROUP_MARK = regex.compile(r"^\W{0,2}(?P<m>[IVX]{1,4}|[A-D])(?:\s*[.):]?\s*$|\s*[.):]?\s+\p{Lu})")


def _group_mark(text: str, groups: list[str]) -> str | None:
    """A group row's mark ("II", "II. Hoàn thiện thể chế …", "B  Nhóm …") in the order the table's groups go: I, II …
    or A, B … (not a cell's 'XVI' nor a row's lone 'C')."""
    m = GROUP_MARK.match(text.strip())
    if not m:
        return None
    return m.group("m") if m.group("m") in ((_after(groups[-1]),) if groups else ("I", "A")) else None


def _after(mark: str) -> str:
    """The group mark after this one: 'II' after 'I', 'B' after 'A'; "" after the last roman label or a mark that is
    none ("")."""
    if mark in ROMAN_LABELS:
        return ROMAN_LABELS[ROMAN_LABELS.index(mark) + 1] if mark != ROMAN_LABELS[-1] else ""
    return chr(ord(mark) + 1) if regex.fullmatch(r"[A-Z]", mark) else ""


# a cell that goes on: "Các bộ ở" / "Trung ương, …", a head alone ("Bộ" / "Nội vụ,", "Các" / "Bộ, ngành, …")
LAYOUT_OPEN = regex.compile(r"\s(?:ở|là|thuộc|trực thuộc|đối với|trình)\s*$|^(?:[Cc]ác|Bộ|Sở|Cục|Ban|Ủy ban|Tổng cục)$")
# an agency's name closing the task text after a word that does not join it to the text's noun ('phù hợp Bộ Y tế',
# '… tại' / 'Bộ Ngoại giao' over a page break; not 'của Bộ Chính trị', 'và Bộ …')
TEXT_TAIL_AGENCY = regex.compile(r"(?<!\b(?:của|và|với|các|giữa|hoặc))\s+"
                                 r"(?P<who>(?:Bộ|Sở|Ủy ban nhân dân|UBND|Tổng cục|Cục)\s+\p{Lu}[\w\s]{0,40}?)\s*$")
FACILITY = regex.compile(r"(?i)^\W*(?:các\s+)?cơ\s+sở\s+(?P<p>[^,;]+)")


def _layout_agency(cell: str) -> bool:
    """A cell naming who acts: an addressee, or a kind of facility ('Cơ sở khám bệnh, chữa bệnh')."""
    if len(cell.split()) > 30:
        return False
    m = FACILITY.match(cell)
    return is_addressee(cell) or bool(m and fold(m.group("p")).strip() in FACILITY_PURPOSES)


# which part of the work, or the body the lead submits to: no part of the name ("Bộ Tư pháp (đối với các nội dung …)",
# "Sở Y tế đối với địa phương", "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp")
QUALIFIER = regex.compile(r"\s*\((?=\p{Ll})[^()]*\)|\s+(?:đối với|trình)\s[^,;()]*(?=[,;]|$)")
# "khám bệnh, chữa bệnh" is one term of law: a facility named by it is one body ("Cơ sở khám bệnh, chữa bệnh")
ONE_TERM = "khám bệnh, chữa bệnh"


def _layout_split(cell: str) -> list[str]:
    """A cell's agencies, its catch-alls ('Các cơ quan, đơn vị liên quan') left out."""
    joined = ONE_TERM.replace(",", "")
    return [a.replace(joined, ONE_TERM) for a in split_agencies(cell.replace(ONE_TERM, joined)) if not is_catch_all(a)]


def _layout_cells(row: list[str], cols: dict) -> dict:
    """A row's cells read by what they say: the task text up to the first agency cell (one that does not carry a line
    left open: '… của' / 'Bộ Chính trị'), that cell the lead, an agency cell right after it the coordinators, and the
    first cell after them that reads as a time the timeline."""
    pieces = [p for t in row for p in CELL_GAP.split(t) if p.strip()]
    cells: list[str] = []
    for p in pieces:
        if len(cells) == 1 and cells[0].endswith(",") and _layout_agency(p):
            cells.append(p)  # the task text broken off at a page's foot ('… các bệnh lý nhẹ,' / 'Bộ Y tế, Sở Y tế …')
        elif cells and (CONTINUES.search(cells[-1]) or LAYOUT_OPEN.search(cells[-1]) or p[:1].islower() or p[:1] in ")/"
                      or (regex.fullmatch(r"(?i)tháng|quý|năm", cells[-1]) and p[:1].isdigit())):  # "Tháng" / "3/2026"
            cells[-1] += " " + p
        else:
            cells.append(p)
    at = next((i for i, c in enumerate(cells) if i and _layout_agency(c)), None)
    if at is None:
        return {"text": " ".join(cells), "lead": [], "coordinators": [], "timeline": None}
    lead = QUALIFIER.sub("", cells[at])  # "Bộ Tư pháp (đối với các nội dung liên quan đến thủ tục hành chính)"
    co = cells[at + 1] if cols.get("co") is not None and at + 1 < len(cells) and _layout_agency(cells[at + 1]) else ""
    if cols.get("co") is not None and not co and (tail := TEXT_TAIL_AGENCY.search(cells[at - 1])) \
            and is_addressee(tail.group("who")):
        # the lead's cell printed on the text's last line ('… theo lộ trình phù hợp Bộ Y tế'): the one agency cell
        # below it is the coordinators'
        cells[at - 1], lead, co = cells[at - 1][: tail.start()], tail.group("who"), lead
    rest = cells[at + (2 if co else 1):]
    time = None
    if cols.get("time") is not None:
        time = next((c for c in rest if TIMELINE.match(c)), None)
    return {"text": " ".join(cells[:at]), "lead": _layout_split(lead), "coordinators": _layout_split(co),
            "timeline": time}


def _group_title(lines: list[Line], k: int, end: int, n: int) -> bool:
    """A group row of a task table written without its TT cell: a line that is no number, over the first row of a
    restarted count ("1") on the next line."""
    if regex.fullmatch(r"\d{1,3}", lines[k].text.strip("*. ")):
        return False
    nxt = [ln for ln in lines[k + 1 : min(k + 3, end)] if ln.text]
    return bool(nxt) and nxt[0].text.strip("*. ") == "1"


NORMATIVE_HEADS = ("pham vi dieu chinh", "doi tuong ap dung", "ve doi tuong ap dung", "pham vi, doi tuong")


def _normative(folded_title: str) -> bool:
    return folded_title.strip(" :.").startswith(NORMATIVE_HEADS)


# A header's motto line in capitals ("QUOC HOI CONG HOA XA HOI CHU NGHIA VIET NAM") over "Độc lập - Tự do - Hạnh phúc".
MOTTO_CAPS = regex.compile(r"cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+\S{2,4}\W*$")  # ends the line: no slogan
# ("… NGÀY QUỐC KHÁNH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (02/9/1945 - 02/9/2025)!" in a list of slogans)


def _before_other_header(lines: list[Line], start: int, end: int) -> int:
    """Where a letter's body gives way to a document it sends whose header the segmenter did not split off (its number
    blank, "Nghị quyết số: — /2017/QH14", and the letter's closing label garbled, "Nà KT. BỘ TRƯỞNG", 647/LĐTBXH-VL): the
    next header's motto line in capitals, "Độc lập - Tự do" under it. The sent draft's and submission's numbered parts
    are no requests of the letter."""
    for ln in lines[start + 1 : end]:
        if ln.text and is_caps(ln.text) and MOTTO_CAPS.search(fold(ln.text)) and any(
                is_motto(x.text) and "doc lap" in fold(x.text) for x in lines[ln.index + 1 : ln.index + 3]):
            return ln.index
    return end


def find_tasks(lines: list[Line], start: int, end: int, doc_end: int | None = None, plan: bool = True,
               dispatch: bool = False) -> list[dict]:
    """Tasks between start and end (the body); task sections of a plan attached after the signature (a
    decision approving a plan) are looked for up to doc_end. A dispatch's items name their own lead or none."""
    doc_end = doc_end or end
    if dispatch:
        end = _before_other_header(lines, start, end)
    if (table := _table_tasks(lines, start, doc_end, layout_only=not plan)):
        return table  # the plan's own task table, with its lead, coordinators and timeline columns
    quoted = quoted_lines(lines)  # a cited provision's own numbered clauses are no items of this document
    all_markers = _settle_ones([mk for ln in lines[start:doc_end] if ln.text and ln.index not in quoted
                                and (mk := _marker(ln, _next_text(lines, ln.index)))])
    markers = [m for m in all_markers if m.line.index < end]
    romans = [m for m in markers if m.kind == "roman"]
    # A resolution, directive or dispatch that hands its work out in an annex after its signature ("o) … triển khai
    # thực hiện những nội dung tại Phụ lục ban hành kèm theo Nghị quyết này" / "Phụ lục" / "NHIỆM VỤ CỤ THỂ GIAO CÁC
    # BỘ, CƠ QUAN, ĐỊA PHƯƠNG" / "1. Các bộ, cơ quan, địa phương …:" … "22. …", 122/NQ-CP): the annex's numbered
    # requests are the list, not the body's report items before it.
    if not plan and (annex := _task_annex(lines, start, doc_end)) is not None:
        if len(found := _items(all_markers, lines, annex, doc_end)) >= 2:
            return _requests(found)
    # A plan attached after the signature ("QUYẾT ĐỊNH … ban hành Kế hoạch", then "KẾ HOẠCH …" and its sections):
    # handled like the plan it carries.
    plan_at = _attached_plan(lines, end, doc_end)
    if not romans and plan_at is not None:
        markers = [m for m in all_markers if m.line.index > plan_at]
        romans = [m for m in markers if m.kind == "roman"]
        end, plan = doc_end, True
    if plan and (parted := _part_tasks(lines, markers, romans, start if plan_at is None else plan_at, end)):
        return parted  # "A. MỤC ĐÍCH, YÊU CẦU / B. NỘI DUNG, NHIỆM VỤ … / C. … / D. TỔ CHỨC THỰC HIỆN"
    if plan and romans:
        bounds = [(r, romans[i + 1].line.index if i + 1 < len(romans) else end) for i, r in enumerate(romans)]
        itemised = [(r, stop) for r, stop in bounds if _carries_own_points(markers, r, stop)]
        if len(itemised) >= 2:
            return _roman_items(lines, itemised)  # "I. …" / "1. Nội dung" / "2. Cơ quan chủ trì" / "3. Thời gian": items
    if not romans and plan:
        romans = _numbered_headings(markers)  # "1. MỤC ĐÍCH, YÊU CẦU" / "2. NHIỆM VỤ" in capitals: the plan's sections
    if romans:
        sections: list[tuple[Marker, int]] = []
        carry_out: list[tuple[Marker, int]] = []
        folded: dict[int, str] = {}  # each heading's title, a wrapped one joined ("IV. PHÂN" / "CÔNG NHIỆM VỤ")
        bounds_all: list[tuple[Marker, int]] = []
        for i, r in enumerate(romans):
            stop = romans[i + 1].line.index if i + 1 < len(romans) else end
            bounds_all.append((r, stop))
            title = r.title
            nxt = lines[r.line.index + 1].text if r.line.index + 1 < len(lines) else ""
            if nxt and is_caps(nxt) and not _marker(lines[r.line.index + 1]):
                title += " " + nxt  # a heading wrapped over two lines
            f = folded[r.line.index] = fold(title)
            # (or "TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ", "TRÁCH NHIỆM THỰC HIỆN": the same handing out under another name)
            if f.startswith(("to chuc thuc hien", "trach nhiem cua cac", "trach nhiem thuc hien", "trach nhiem to chuc")):
                carry_out.append((r, stop))
            if plan:
                content_only = not any(k in f for k in ("nhiem vu", "giai phap"))  # "NỘI DUNG …": work or a description
                if _is_task_title(title) and not (content_only and (
                        f.startswith(SCOPE_HEADS) or _describes(markers, r.line.index, stop))):
                    sections.append((r, stop))
            # a directive's, a dispatch's or a notice's own "Tổ chức thực hiện" items are requests too (gold/README)
            elif not (any(k in f for k in NOT_TASK_SECTION) or f.startswith(PRINCIPLES) or SHORTCOMINGS.match(f)) \
                    or _asks_below(markers, lines, r, stop):
                sections.append((r, stop))
        if not plan and any(_normative(fold(r.title)) for r in romans):
            return []  # a Thông tư's "Phạm vi điều chỉnh / Đối tượng áp dụng": its numbered items are provisions
        # The list a recipient acts on is the one that hands work to named agencies: a "Phân công nhiệm vụ" section
        # beside a list of actions that names nobody is that list (the actions are what it assigns).
        assign = [(r, stop) for r, stop in sections if "phan cong" in folded[r.line.index]]
        # "IV. NHIỆM VỤ CỤ THỂ" handing the actions of "III. NỘI DUNG THỰC HIỆN" to named members and agencies
        assign = assign or [(r, stop) for r, stop in sections if "nhiem vu cu the" in folded[r.line.index]
                            and _names_agencies(_section_items(markers, lines, [(r, stop)]))]
        work = [sec for sec in sections if sec not in assign]
        if assign and work and not _names_agencies(_section_items(markers, lines, work)):
            sections = assign
        # (a heading read as a whole item is left out only when it opens on what is no work: "Tiền lương làm căn cứ
        # đóng …" is an item, "Căn cứ …", "Đánh giá …" not)
        if not plan and _romans_are_items(markers, headed := [(r, stop) for r, stop in bounds_all
                                                              if not folded[r.line.index].startswith(NOT_TASK_SECTION + (PRINCIPLES,))
                                                              and not SHORTCOMINGS.match(folded[r.line.index])]) \
                and not _names_agencies(_section_items(markers, lines, headed)):
            # (sub-items handed to agencies, "II. Về công tác điều trị" / "2.1. Bệnh viện đa khoa tỉnh chuẩn bị …", are
            # the items themselves)
            return _requests(_roman_items(lines, headed))
        if dispatch and _guidance_topics(markers, lines, bounds_all, folded):
            # "I. ĐỐI TƯỢNG PHẢI QUYẾT TOÁN THUẾ" / "1. Đối với cá nhân …" … "VI. TRÁCH NHIỆM … CỦA CƠ QUAN THUẾ" (883/TCT-
            # DNNCN): a guidance letter's roman topics are its items, their points numbered afresh under each
            return _requests(_roman_items(lines, bounds_all))
        # A section of work written as one paragraph, with no numbered items ("III. GIẢI PHÁP THỰC HIỆN" / "Triển khai
        # … 08 nhóm giải pháp …", 4385/QĐ-BVHTTDL), gives no task and no roman prefix.
        sections = [sec for sec in sections if _section_items(markers, lines, [sec])]
        # A plan with no section of work (an emulation plan: theme, period, contents) assigns it in "Tổ chức thực hiện".
        sections = sections or (carry_out if plan else [])
        if sections:
            found = _section_items(markers, lines, sections, dispatch)
            return found if plan else _requests(found)
    if not plan and _informs(markers, start, end):
        return []  # a notice setting out an event's particulars ("1. Đối tượng:", "2. Thời gian:" …) asks nothing
    found = _items(markers, lines, start, end, dispatch=dispatch)
    found = found if plan else _requests(found)
    return found if dispatch else _introduced_lead(found, markers, lines, start)


# A plan laid out in lettered parts ("A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP …", "C. …", "D. TỔ CHỨC
# THỰC HIỆN"), their titles in capitals.
LETTER_PART = regex.compile(r"^\W{0,2}(?P<m>[A-H])\s*[.:/]\s+(?P<t>\p{Lu}.*)$")


def _letter_parts(lines: list[Line], start: int, end: int) -> list[Marker]:
    parts: list[Marker] = []
    for ln in lines[start:end]:
        m = LETTER_PART.match(ln.text.replace("*", "").strip())
        if m and is_caps(m.group("t")) and len(parts) < 8 and m.group("m") == "ABCDEFGH"[len(parts)]:
            parts.append(Marker("part", m.group("m"), m.group("t"), ln))
    return parts if len(parts) >= 2 else []


def _is_task_title(title: str) -> bool:
    f = fold(title)
    return any(k in f for k in TASK_SECTION) and not any(f.startswith(k) for k in NOT_TASK_SECTION)


def _part_tasks(lines: list[Line], markers: list[Marker], romans: list[Marker], start: int, end: int) -> list[dict]:
    """The tasks of a plan in lettered parts: in its part of work, roman items that each carry their own "Nội dung,
    biện pháp" / "Cơ quan chủ trì, phối hợp" / "Thời gian thực hiện" points are the tasks; other roman headings are
    sections of numbered items, and a part of work without roman headings is one section. A plan whose parts hold no
    work hands it out in its "Tổ chức thực hiện" part."""
    parts = _letter_parts(lines, start, end)
    if not parts:
        return []
    spans = [(p, parts[i + 1].line.index if i + 1 < len(parts) else end) for i, p in enumerate(parts)]
    work = [(p, stop) for p, stop in spans if _is_task_title(p.title)]
    carry_out = [(p, stop) for p, stop in spans if fold(p.title).startswith("to chuc thuc hien")]
    for p, stop in work or carry_out:
        inside = [r for r in romans if p.line.index < r.line.index < stop]
        bounds = [(r, inside[i + 1].line.index if i + 1 < len(inside) else stop) for i, r in enumerate(inside)]
        itemised = [(r, r_stop) for r, r_stop in bounds if _carries_own_points(markers, r, r_stop)]
        if inside and 2 * len(itemised) >= len(inside):
            out = _roman_items(lines, itemised)
        else:
            out = _section_items(markers, lines, bounds or [(p, stop)])
        if out:
            return out  # the first part of work that holds items is the main list
    return []


# The points a roman item of work carries under it: what is done, who chairs, when.
OWN_POINTS = ("noi dung", "bien phap", "giai phap", "co quan", "don vi", "chu tri", "thoi gian", "tien do", "kinh phi",
              "san pham", "ket qua")
ROLE_POINTS = ("co quan", "don vi", "chu tri")  # who does it: a plan's period or funds alone are no item's points


def _carries_own_points(markers: list[Marker], r: Marker, stop: int) -> bool:
    """'I. CÔNG TÁC QUÁN TRIỆT …' over '1. Nội dung, biện pháp', '2. Cơ quan chủ trì, phối hợp', '3. Thời gian thực
    hiện: …': the numbered points are the item's particulars, not items of a section."""
    title = fold(r.title.replace("*", ""))
    if title.startswith(NOT_TASK_SECTION + PROPERTY_HEADS + ("to chuc thuc hien",)):
        return False  # "I. MỤC ĐÍCH, YÊU CẦU", "V. TỔ CHỨC THỰC HIỆN": sections, whatever their points
    heads = [fold(m.title.replace("*", "")) for m in markers if r.line.index < m.line.index < stop and m.kind == "number"]
    return len(heads) >= 2 and 2 * sum(h.startswith(OWN_POINTS) for h in heads) >= len(heads) \
        and any(h.startswith(ROLE_POINTS) for h in heads)


def _romans_are_items(markers: list[Marker], sections: list[tuple[Marker, int]]) -> bool:
    """A letter whose roman headings are its guidance items themselves ("I. Thu bảo hiểm thất nghiệp (BHTN):" over
    paragraphs and dashes, "IL. Tiền lương …", "IIL. Thu bảo hiểm y tế (BHYT):" over "3.1. …", "3.2. …", 3444/BHXH-PT-CST):
    no numbered item under any heading, sub-items only numbered under the heading's own number, and a heading with
    none at all."""
    if len(sections) < 2:
        return False
    bare = False
    for r, stop in sections:
        if r.label not in ROMAN_LABELS:
            return False  # "XIII.", OCR's "IIII.": no heading this reading knows
        inside = [m for m in markers if r.line.index < m.line.index < stop and m.kind in ("number", "subnumber", "article")]
        own = str(ROMAN_LABELS.index(r.label) + 1)
        if any(m.kind != "subnumber" or m.label.partition(".")[0] != own for m in inside):
            return False
        bare = bare or not inside
    return bare


# (without "thực trạng", as first written; adding it changes none of the saved development texts)
GUIDANCE_NOT = TASK_SECTION + ("to chuc thuc hien",) + RESULTS_TOPIC


def _guidance_topics(markers: list[Marker], lines: list[Line], bounds: list[tuple[Marker, int]],
                     folded: dict[int, str]) -> bool:
    """A letter's roman headings that are the topics of its guidance, whatever its points under them: three or more,
    I, II, III … in order; none a section of work, of carrying out or of findings; one at least written without
    numbered points ("V. THỜI HẠN NỘP HỒ SƠ …" over paragraphs and dashes); and no point naming who acts."""
    if len(bounds) < 3 or [r.label for r, _ in bounds] != list(ROMAN_LABELS[:len(bounds)]):
        return False
    if any(any(k in folded[r.line.index] for k in GUIDANCE_NOT) for r, _ in bounds):
        return False
    if all(any(m.kind in ("number", "subnumber") and r.line.index < m.line.index < stop for m in markers)
           for r, stop in bounds):
        return False
    return not any(t["lead"] for t in _section_items(markers, lines, bounds))


def _roman_items(lines: list[Line], bounds: list[tuple[Marker, int]]) -> list[dict]:
    out: list[dict] = []
    for r, r_stop in bounds:
        item_lines = [ln for ln in lines[r.line.index:r_stop] if ln.text]
        lead, co, timeline = _roles(item_lines)
        text = MARKER_PREFIX.sub("", " ".join(" ".join(ln.text.replace("**", "").split()) for ln in item_lines))
        head = " ".join(r.title.replace("**", "").split())[:20]
        if head and 0 < (k := text.find(head)) <= 8:
            text = text[k:]  # a numeral OCR misread ("IIL. Thu bảo hiểm y tế …") is no part of the text
        heading = _heading_agencies(r.title)
        out.append({"label": r.label, "text": text, "lead": heading if heading and isinstance(lead, PointLead) else lead or heading,
                    "coordinators": co, "timeline": timeline, "_span": (r.line.start, lines[r_stop - 1].end)})
    return out


# A numbered conclusion that only praises or agrees ("1. Ghi nhận, đánh giá cao và biểu dương sự nỗ lực …", "1. Cơ bản
# thống nhất với Báo cáo …") asks nothing: no task (gold/README, 330/TB-VPCP item 1).
PRAISE = regex.compile(r"^\W*(?:Ghi nhận|Đánh giá cao|Biểu dương|Hoan nghênh|Cơ bản thống nhất|Thống nhất với\s+[Bb]áo cáo)\b")
ASKS = regex.compile(rf"(?i)\b(?:{ASK}|{OBLIGES}|chủ trì|khẩn trương|đề xuất)\s")


# … or only assesses what was done ("1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay …" then results and
# shortcomings, 07-KL/VPTW), naming nobody who acts. A topic heading, "Về …": the bare "Đánh giá tình hình …, gửi …"
# is an imperative, a task.
ASSESSES = regex.compile(r"^\W*[Vv]ề\s+(?:đánh giá|kết quả)\s+(?:tình hình|kết quả|công tác|việc thực hiện|thực hiện)\b")


# … or only states the letter's own effect: "6. Công văn này thay thế Công văn số 6288/BYT-MT …", "7. Không áp dụng
# Công văn này đối với những trường hợp đã nhập cảnh …", "8. Thời gian áp dụng biện pháp … theo Công văn này kể từ ngày
# 01/01/2022" (10688/BYT-MT): when and to whom the text applies, nobody asked to act. (A letter's, not a directive's:
# "Chỉ thị này có hiệu lực …" is often followed by who carries it out.)
OWN_EFFECT = regex.compile(r"^\W*(?:(?:Công văn|Văn bản|Hướng dẫn) này\s+(?:thay thế|có hiệu lực|được áp dụng|áp dụng)"
                           r"|Không áp dụng\s+(?:Công văn|Văn bản|Hướng dẫn) này"
                           r"|Thời gian áp dụng\b[^.;]{0,160}?\b(?:Công văn|Văn bản|Hướng dẫn) này)")


def _own_effect(t: dict) -> bool:
    """An item naming nobody whose first sentence states the letter's own effect (OWN_EFFECT) and asks nothing. Only
    the first sentence is looked at: a last item's text may run on into the letter's closing request ("8. Thời gian áp
    dụng … kể từ ngày 01/01/2022. Bộ Y tế … đề nghị …"), which is no part of the provision."""
    first = regex.split(r"(?<=[.])\s+(?=\p{Lu})", t["text"], maxsplit=1)[0]
    return bool(OWN_EFFECT.match(first)) and not t["lead"] and not ASKS.search(first)


PRAISING_WORD = regex.compile(r"(?i)\b(?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh|thống nhất)\b")  # PRAISE's words, any case


def _praises(text: str) -> bool:
    """An item that only praises or agrees, maybe said by the concluding body: "1. Ban Thường vụ Tỉnh ủy cơ bản thống
    nhất với báo cáo …; ghi nhận, biểu dương …"."""
    if PRAISE.match(text):
        return True
    if not PRAISING_WORD.search(text):
        return False  # (no praise to find: the item is not tagged for its speaker)
    said = text[len(who):].lstrip() if (who := leading_agency(text)) and text.startswith(who) else ""
    return bool(said) and bool(PRAISE.match(said[:1].upper() + said[1:]))


def _requests(items: list[dict]) -> list[dict]:
    return [t for t in items if not (((_praises(t["text"]) or ASSESSES.match(t["text"]) and not t["lead"])
                                      and not ASKS.search(t["text"])) or _own_effect(t))]


def _informs(markers: list[Marker], start: int, end: int) -> bool:
    """A dispatch whose numbered items are, nearly all, the particulars of what it announces (who attends, when,
    what, how) — labels before a colon — rather than requests."""
    items = [m for m in markers if start <= m.line.index < end and m.kind == "number"]
    labels = [m for m in items if regex.match(r"^[^:]{2,40}:", m.title.replace("*", ""))
              and fold(m.title.replace("*", "")).startswith(PROPERTY_HEADS + ("noi dung:", "noi dung :"))]
    return len(items) >= 2 and 4 * len(labels) >= 3 * len(items)


def _names_agencies(items: list[dict]) -> bool:
    """Half or more of the items name who acts."""
    return bool(items) and 2 * sum(bool(t["lead"]) for t in items) >= len(items)


PLAN_TYPES = ("ke hoach", "chuong trinh", "de an", "phuong an")


def _attached_plan(lines: list[Line], end: int, doc_end: int) -> int | None:
    """The line where a plan attached after the signature starts: its type name in capitals ("KẾ HOẠCH", "KẾ HOẠCH
    THỰC HIỆN …"), alone or opening its title, followed within a few lines by the sections' first heading or by the
    "(Ban hành kèm theo Quyết định …)" line."""
    for ln in lines[end:doc_end]:
        f = fold(ln.text.strip("*# "))
        if not (is_caps(ln.text) and (f in PLAN_TYPES or f.startswith(tuple(t + " " for t in PLAN_TYPES)))):
            continue
        after = " ".join(fold(x.text) for x in lines[ln.index + 1 : ln.index + 8])
        if f in PLAN_TYPES or "kem theo" in after:
            return ln.index
    return None


ANNEX = regex.compile(r"^\W{0,2}phu luc(?:\s+(?:so\s+)?[ivx\d]{1,5})?\W*$")


def _task_annex(lines: list[Line], start: int, doc_end: int) -> int | None:
    """The line after the title of an annex of work the body refers to: "Phụ lục" (or "PHỤ LỤC I") alone on its line,
    then within a few lines a title in capitals naming tasks ("NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG")."""
    for ln in lines[start:doc_end]:
        if not ANNEX.match(fold(ln.text.replace("*", "").strip())):
            continue
        if not any("phu luc" in fold(x.text) for x in lines[start:ln.index]):
            return None  # the body hands nothing to an annex
        title = [x for x in lines[ln.index + 1 : ln.index + 5] if x.text and is_caps(x.text)]
        if title and ANNEX_OF_TASKS.match(fold(title[0].text)):
            return title[0].index + 1
    return None


# An annex title that hands out work opens on it ("NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG"); an outline, form
# or table to report on it does not ("ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ": its numbered lines are headings
# of the report asked for, not requests).
ANNEX_OF_TASKS = regex.compile(r"^\W*nhiem vu\b(?!.*\b(?:de cuong|mau|bieu|bao cao)\b)")


def _numbered_headings(markers: list[Marker]) -> list[Marker]:
    """A plan laid out without roman numerals, its sections numbered 1., 2. … and titled in capitals; they count
    as its sections when at least two are and one of them is a known section (purpose, work, carrying out)."""
    heads = [m for m in markers if m.kind == "number" and is_caps(m.title) and len(m.title.split()) <= 12]
    known = [m for m in heads if any(k in fold(m.title) for k in TASK_SECTION + NOT_TASK_SECTION + ("to chuc thuc hien",))]
    return heads if len(heads) >= 2 and known else []
