"""The operative numbered items (tasks) and the agencies that lead and coordinate them.

The section hierarchy I. / 1. / a) / - is read from line markers; the main list is the top level of the
task section of a plan ("NHIỆM VỤ", "GIẢI PHÁP", "NỘI DUNG"), or the top-level numbered requests of a
dispatch, directive or công điện.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.parse import gazetteer
from pipeline.parse.lines import Line, is_caps
from pipeline.textnorm import fold

# Markers at the start of a line, outermost first.
ROMAN = regex.compile(r"^\W{0,2}(?P<m>[IVX]{1,5})\s*[.:]\s+(?P<t>\S.*)$")
NUMBER = regex.compile(r"^\W{0,2}(?P<m>\d{1,2})\s*[.)]\s+(?P<t>\S.*)$")
SUBNUMBER = regex.compile(r"^\W{0,2}(?P<m>\d{1,2}\.\d{1,2})\.?\s+(?P<t>\S.*)$")
LETTER = regex.compile(r"^\W{0,2}(?P<m>[a-zđ])\s*\)\s+(?P<t>\S.*)$")
ARTICLE = regex.compile(r"^\W{0,2}Điều\s+(?P<m>\d{1,3})\s*[.:]\s*(?P<t>.*)$")
TASK_SECTION = ("nhiem vu", "giai phap", "noi dung")
NOT_TASK_SECTION = ("muc dich", "yeu cau", "muc tieu", "kinh phi", "che do bao cao", "danh gia", "ket qua", "tinh hinh",
                    "can cu", "quan diem", "doi tuong", "pham vi", "thuc trang", "boi canh", "su can thiet")

LEAD_RE = regex.compile(r"(?i)^\W*(?:(?:cơ quan|đơn vị|cơ quan, đơn vị)?\s*chủ trì(?:\s+thực hiện)?|(?:cơ quan|đơn vị) thực hiện)\s*:\s*(?P<v>.+?)\W*$")
COORD_RE = regex.compile(r"(?i)^\W*(?:cơ quan|đơn vị|cơ quan, đơn vị)?[^:\n]{0,25}phối hợp[^:\n]{0,25}:\s*(?P<v>.+?)\W*$")
TIME_RE = regex.compile(r"(?i)^\W*(?:thời gian(?: thực hiện| hoàn thành)?|thời hạn(?: thực hiện| hoàn thành| ban hành| trình)?|tiến độ)\s*:\s*(?P<v>.+?)[\s.;]*$")
GIAO_RE = regex.compile(r"(?:Giao|giao)\s+(?P<lead>\p{Lu}[^,;:]{2,80}?)\s+(?:chủ trì|làm đầu mối)(?:,?\s*phối hợp (?:với )?(?P<co>[^.;]{3,200}))?")
LEADING_AGENCY_RE = regex.compile(r"^(?P<a>[^:]{3,90}):\s*$|^(?P<b>[^:.;]{3,90}):\s+\p{Lu}")


@dataclass
class Marker:
    kind: str  # roman | number | subnumber | letter | article
    label: str
    title: str
    line: Line


BARE_MARKER = regex.compile(r"^\W{0,2}(?:\d{1,2}|[IVX]{1,5}|[a-zđ])\s*[.)]\W{0,2}$")


def _marker(ln: Line, nxt: Line | None = None) -> Marker | None:
    t = ln.text.replace("**", "").strip()
    if nxt is not None and BARE_MARKER.match(t) and nxt.text:
        t = f"{t.strip('*')} {nxt.text}"  # "1." alone on its line, the item's text on the next
    for kind, rx in (("article", ARTICLE), ("subnumber", SUBNUMBER), ("roman", ROMAN), ("number", NUMBER), ("letter", LETTER)):
        m = rx.match(t)
        if m:
            return Marker(kind, m.group("m"), m.group("t"), ln)
    return None


def split_agencies(text: str) -> list[str]:
    """'Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo; UBND cấp huyện' → three agencies;
    'Các Bộ: Quốc phòng, Công an' → 'Bộ Quốc phòng', 'Bộ Công an'."""
    m = regex.match(r"^\s*[Cc]ác\s+(?P<head>Bộ|Sở|Cục|Vụ|Ban)\s*:\s*(?P<rest>.+)$", text)
    if m:
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
        return [f"{m.group('head')} {n}" for n in merged]
    out: list[str] = []
    for part in regex.split(r"\s*;\s*|\s+và\s+(?=các\s)", text):
        for piece in regex.split(r"\s*,\s*", part):
            piece = piece.strip(" .-")
            if not piece:
                continue
            if out and not (gazetteer.starts_agency(piece) or fold(piece).startswith(("cac ", "ubnd", "hoi", "doan"))) and not out[-1].endswith(";"):
                out[-1] = out[-1] + ", " + piece
            else:
                out.append(piece)
        if out:
            out[-1] = out[-1] + ";"
    return [o.rstrip(";").strip() for o in out if o.rstrip(";").strip()]


NAME_NOUNS = {"Ban", "Tổ", "Ủy ban", "Hội đồng", "Văn phòng Ban", "Cục", "Trung tâm"}
NAME_VERBS = {"chỉ đạo", "quản lý", "điều hành", "thường vụ", "công tác", "điều phối", "kiểm tra", "giám sát"}
ROLE_WORDS = {"chủ trì", "phối hợp", "có trách nhiệm", "thực hiện", "chịu trách nhiệm", "căn cứ", "theo"}


def leading_agency(text: str) -> str | None:
    """The agency a task sentence starts with: 'Bộ Xây dựng chỉ đạo …' → 'Bộ Xây dựng'.

    Vietnamese-aware: underthesea's word segmentation and POS tags find where the name ends — at the first
    lower-case verb (or role word such as 'chủ trì') after the head noun; capitalised words stay in the name.
    """
    from underthesea import pos_tag

    prefix = regex.match(r"^\s*[Cc]ác\s+(?:Bộ|Sở|Cục|Vụ|Ban)\s*:\s*", text)
    if prefix:
        text = text[prefix.end():]
    elif not gazetteer.starts_agency(text):
        return None

    words = pos_tag(text[:160])
    name: list[str] = []
    for i, (w, tag) in enumerate(words):
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        place_range = w in {"từ", "đến"} and nxt[:1].isupper()  # "các tỉnh từ Hà Tĩnh đến Khánh Hòa"
        if (i > 0 or prefix) and w[:1].islower() and (tag[:1] in {"V", "A", "E", "R"} or w.lower() in ROLE_WORDS) \
                and not (name and name[-1] in NAME_NOUNS and w.lower() in NAME_VERBS) and not place_range:
            break
        if w in {":", ";", "(", "."}:
            break
        name.append(w)
        if len(name) > 14:
            return None
    out = " ".join(name)
    out = regex.sub(r"\s+([,)])", r"\1", out).strip(" ,")
    if prefix:
        return (prefix.group(0) + out).strip()
    return out if len(name) >= 2 else None


LIST_MARK = regex.compile(r"^\W{0,2}[-–+•]\s")


def _roles(item_lines: list[Line]) -> tuple[list[str], list[str], str | None]:
    lead: list[str] = []
    co: list[str] = []
    timeline = None
    for ln in item_lines:
        t = ln.text.replace("**", "").replace("*", "")
        if m := LEAD_RE.match(t):
            value = m.group("v")
            if len(value.split()) > 12:  # "Cơ quan thực hiện: Bộ Công an tiến hành rà soát …"
                value = leading_agency(value) or value
            lead = split_agencies(value)
        elif m := COORD_RE.match(t):
            co = split_agencies(m.group("v"))
        elif m := TIME_RE.match(t):
            timeline = m.group("v")
    if not lead and item_lines:
        first = item_lines[0].text.replace("**", "")
        first = regex.sub(r"^\W{0,2}(?:\d{1,2}|[a-zđ]|[IVX]{1,5})\s*[.)]\s+", "", first)
        m = LEADING_AGENCY_RE.match(first)
        head = m and (m.group("a") or m.group("b"))
        joined = " ".join(x.text for x in item_lines)
        heading = first.strip(" *:")
        # A heading wrapped over lines ("7. Báo và" / "Phát thanh, Truyền hình thành phố") runs to the first sub-item.
        for ln in item_lines[1:4]:
            if _marker(ln) or LIST_MARK.match(ln.text) or regex.search(r"[.;:]$", heading):
                break
            heading = f"{heading} {ln.text.strip(' *:')}"
        if len(heading.split()) > 20:
            heading = first.strip(" *:")
        if head and gazetteer.starts_agency(head):
            lead = split_agencies(head)
        elif len(item_lines) > 1 and len(heading.split()) <= 14 and gazetteer.starts_agency(heading) \
                and not regex.search(r"[.;]$", heading):
            lead = split_agencies(heading)  # "4. Sở Nông nghiệp và Môi trường" heading its sub-items
        elif g := GIAO_RE.search(joined):
            if True:
                lead = split_agencies(g.group("lead"))
                if g.group("co") and not co:
                    co = split_agencies(regex.sub(r"^(?:với\s+)?", "", g.group("co")))
        elif agency := leading_agency(regex.sub(r"^\W{0,2}(?:\d{1,2}|[a-zđ]|[IVX]{1,5})\s*[.)]\s+", "", joined.replace("**", ""))):
            lead = split_agencies(agency)
    return lead, co, timeline


def _items(markers: list[Marker], lines: list[Line], start: int, end: int, prefix: str = "") -> list[dict]:
    inside = [m for m in markers if start <= m.line.index < end and m.kind in ("number", "letter", "article")]
    if not inside:
        return []
    kind = inside[0].kind
    if any(m.kind == "article" for m in inside):
        return _article_requests(markers, lines, [m for m in inside if m.kind == "article"], end)
    top = [m for m in inside if m.kind == kind]
    # Keep a run that counts up (1, 2, 3 … or a, b, c …): a restart means a nested list.
    seq: list[Marker] = []
    for m in top:
        expected = str(len(seq) + 1) if kind == "number" else "abcdđeghiklmnopqrstuvxy"[len(seq)] if len(seq) < 23 else None
        if m.label == expected or (kind == "letter" and seq and m.label > seq[-1].label):
            seq.append(m)
    out = []
    for i, m in enumerate(seq):
        stop = seq[i + 1].line.index if i + 1 < len(seq) else end
        item_lines = [ln for ln in lines[m.line.index:stop] if ln.text]
        text = " ".join(" ".join(ln.text.replace("**", "").split()) for ln in item_lines)
        text = regex.sub(r"^\W{0,2}(?:\d{1,2}|[a-zđ])\s*[.)]\s+", "", text)
        lead, co, timeline = _roles(item_lines)
        out.append({"label": prefix + m.label, "text": text, "lead": lead, "coordinators": co, "timeline": timeline,
                    "_span": (m.line.start, lines[stop - 1].end if stop - 1 < len(lines) else m.line.end)})
    return out


REQUEST_RE = regex.compile(r"(?:^|\s)(?:Giao|giao|yêu cầu|đề nghị)\s+(?P<who>[^:.;]{3,150}?)\s*(?::|$|(?=\s+(?:tập trung|thực hiện|chủ trì|triển khai|tổ chức)\b))")


def _article_requests(markers: list[Marker], lines: list[Line], articles: list[Marker], end: int) -> list[dict]:
    """Articles of a decision or resolution are not tasks, but a numbered list of requests inside one is
    ("Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo: 1. … 2. …")."""
    out: list[dict] = []
    for i, art in enumerate(articles):
        stop = articles[i + 1].line.index if i + 1 < len(articles) else end
        nums = [m for m in markers if art.line.index < m.line.index < stop and m.kind == "number"]
        if not nums:
            continue
        intro = " ".join(ln.text for ln in lines[art.line.index : nums[0].line.index] if ln.text)
        intro = regex.sub(r"^\W*Điều\s+\d+\s*[.:]\s*", "", intro)
        req = REQUEST_RE.search(intro)
        if not req:
            continue
        who = [a for a in split_agencies(req.group("who")) if a]
        items = _items(markers, lines, nums[0].line.index, stop)
        for t in items:
            if not t["lead"]:
                t["lead"] = who
        out += items
    return out


def _next_text(lines: list[Line], i: int) -> Line | None:
    return next((ln for ln in lines[i + 1 : i + 3] if ln.text), None)


def find_tasks(lines: list[Line], start: int, end: int, doc_end: int | None = None, plan: bool = True) -> list[dict]:
    """Tasks between start and end (the body); task sections of a plan attached after the signature (a
    decision approving a plan) are looked for up to doc_end."""
    doc_end = doc_end or end
    all_markers = [mk for ln in lines[start:doc_end] if ln.text and (mk := _marker(ln, _next_text(lines, ln.index)))]
    markers = [m for m in all_markers if m.line.index < end]
    romans = [m for m in markers if m.kind == "roman"]
    # A plan attached after the signature ("QUYẾT ĐỊNH … phê duyệt Kế hoạch", then "KẾ HOẠCH" and its sections).
    plan_at = next((ln.index for ln in lines[end:doc_end] if is_caps(ln.text)
                    and fold(ln.text.strip("* ")) in {"ke hoach", "chuong trinh", "de an", "chuong trinh hanh dong"}), None)
    if not romans and plan_at is not None:
        markers = [m for m in all_markers if m.line.index > plan_at]
        romans = [m for m in markers if m.kind == "roman"]
        end, plan = doc_end, True
    if romans:
        sections = []
        for i, r in enumerate(romans):
            stop = romans[i + 1].line.index if i + 1 < len(romans) else end
            title = r.title
            nxt = lines[r.line.index + 1].text if r.line.index + 1 < len(lines) else ""
            if nxt and is_caps(nxt) and not _marker(lines[r.line.index + 1]):
                title += " " + nxt  # a heading wrapped over two lines
            f = fold(title)
            if plan:
                if any(k in f for k in TASK_SECTION) and not any(f.startswith(k) for k in NOT_TASK_SECTION):
                    sections.append((r, stop))
            elif not any(k in f for k in NOT_TASK_SECTION + ("to chuc thuc hien",)):
                sections.append((r, stop))
        if sections:
            prefix = len(sections) > 1
            out: list[dict] = []
            for r, stop in sections:
                out += _items(markers, lines, r.line.index + 1, stop, f"{r.label}." if prefix else "")
            return out
    return _items(markers, lines, start, end)
