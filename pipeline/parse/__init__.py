"""The Vietnamese-aware parser: cleaned text → the fields a document office registers.

`parse_text(text)` returns one dict per document in the text (schema in README.md). Every value keeps its
provenance in `doc["provenance"][field]`: raw text, page (1-based, pages separated by form feeds) and
character span in the text given.

The extractors run as components of a blank spaCy `vi` pipeline (see :mod:`pipeline.parse.nlp`), which
also exposes each field as a labelled span in `doc.spans["fields"]`.
"""
from __future__ import annotations

from typing import Any, Iterable

from pipeline.parse import blocks, gazetteer, header, refs, tasks
from pipeline.parse.lines import is_caps, split_lines
from pipeline.textnorm import normalize
from pipeline.types import Receipt

# A submission's numbered parts are its grounds and what it proposes, a report's its findings and proposals: neither
# hands work to its recipient (gold/README, tasks), however its sections are numbered (111/TTr-BTC, 1702/BC-BKHCN).
NO_TASKS = ("Tờ trình", "Báo cáo")
FIELDS = ["doc_type", "number", "symbol", "code", "issuer", "issuer_parent", "place", "issued_on", "subject",
          "recipients", "distribution", "signer", "tasks", "legal_refs", "deadlines", "receipts", "attached_copy_of"]


def _prov(text: str, offset: int, raw: str, start: int, end: int) -> dict[str, Any]:
    s, e = offset + start, offset + end
    return {"raw": raw, "page": text.count("\f", 0, s) + 1, "span": [s, e]}


def _last_line(lines: list, found: list, default: int | None) -> int | None:
    """The index of the line the last of `found` starts on (default when there is none)."""
    return max((ln.index for ln in lines for f in found if ln.start <= f.start <= ln.end), default=default)


def parse_document(text: str, *, offset: int = 0, full_text: str | None = None) -> dict[str, Any]:
    """Fields of one document. `offset` places spans within `full_text` (the whole scan's text)."""
    full = full_text if full_text is not None else text
    lines = split_lines(text)
    h = header.parse_header(text, lines)
    doc: dict[str, Any] = {k: None for k in FIELDS}
    prov: dict[str, Any] = {}
    for name, f in h.fields.items():
        if name == "code":
            doc["number"], doc["symbol"], doc["code"] = f.value
            for k in ("number", "symbol", "code"):
                prov[k] = _prov(full, offset, f.raw, f.start, f.end)
        else:
            doc[name] = f.value
            prov[name] = _prov(full, offset, f.raw, f.start, f.end)
    dist, dist_at = blocks.find_distribution(lines, h.end_index)
    body_end = dist_at if dist_at is not None else len(lines)
    rec = blocks.find_recipients(lines, h.end_index, body_end, doc["doc_type"] == "Công văn")
    doc["recipients"] = [r.value for r in rec]
    doc["distribution"] = [d.value for d in dist]
    prov["recipients"] = [_prov(full, offset, r.raw, r.start, r.end) for r in rec]
    prov["distribution"] = [_prov(full, offset, d.raw, d.start, d.end) for d in dist]
    sign_at = dist_at if dist_at is not None else max(h.end_index, len(lines) - 40)
    above = next((k for k in range(dist_at - 1, max(dist_at - 3, 0) - 1, -1) if lines[k].text), None) if dist_at else None
    list_end = None
    if above is not None and blocks.authority_line(lines[above].text):
        # the authority above the label, its title beside it ("TL. BỘ TRƯỞNG" / "Nơi nhận: VỤ TRƯỞNG …"), maybe a
        # blank line between them ("KT. BỘ TRƯỞNG" / "" / "Noi nhận: THỨ TRƯỞNG"); the signer's block ends with the
        # list, the name at most just under it
        sign_at, list_end = above, _last_line(lines, dist, dist_at)
    signer, sf = blocks.find_signer(lines, sign_at, list_end=list_end)
    if dist_at is not None and not (signer["name"] and (signer["authority"] or signer["title"])):
        # signer printed above the distribution list
        alt, alt_f = blocks.find_signer(lines[: dist_at], max(h.end_index, dist_at - 15))
        if not alt["name"] and not signer["name"] and (alt["authority"] or alt["title"]):
            # the authority and title above the label, the name read beside an entry of the list below it
            alt_f = blocks.name_beside_entries(lines, dist_at)
            alt["name"] = alt_f.value if alt_f else None
        if alt["name"] and not signer["name"]:
            signer, sf = alt, alt_f
        elif signer["name"] and not signer["authority"] and not signer["title"] and (alt["authority"] or alt["title"]):
            # the name alone under the list, the authority and title above the label ("KT. CỤC TRƯỞNG" / "SA PHÓ CỤC
            # TRƯỞNG" / "Nơi nhận:" / … / "Mai Sơn")
            signer = {**alt, "name": signer["name"]}
    doc["signer"] = signer
    if sf:
        prov["signer"] = _prov(full, offset, sf.raw, sf.start, sf.end)
    rec_end = _last_line(lines, rec, h.end_index - 1) + 1
    items = [] if doc["doc_type"] in NO_TASKS else tasks.find_tasks(
        lines, rec_end, body_end, len(lines),
        plan=doc["doc_type"] in ("Kế hoạch", "Chương trình", "Đề án", "Phương án", "Quyết định"),
        dispatch=doc["doc_type"] == "Công văn")
    task_spans = []
    for t in items:
        s, e = t.pop("_span")
        task_spans.append((s, e, t))
        t["provenance"] = _prov(full, offset, "", s, e)
    doc["tasks"] = items
    body_off = lines[h.end_index].start if h.end_index < len(lines) else 0
    body = text[body_off : lines[body_end - 1].end if body_end else len(text)]
    legal = refs.find_legal_refs(text, doc["code"])
    prov["legal_refs"] = []
    for r in legal:
        s, e = r.pop("_span")
        prov["legal_refs"].append(_prov(full, offset, r.pop("_raw"), s, e))
    doc["legal_refs"] = legal
    if doc["issued_on"] and header.answers_later_letter(body, doc["issued_on"]):
        doc["issued_on"] = None  # a misread date before the letter it answers: none rather than a wrong one
        prov.pop("issued_on", None)
    dl = refs.find_deadlines(text[body_off:], doc["issued_on"])
    prov["deadlines"] = []
    for d in dl:
        s, e = d.pop("_span")
        if not d["what"]:
            # a date alone in a task table's cell ("Trước ngày 30/11/2025"): what is due is that row's task
            d["what"] = next((t["text"] for ts, te, t in task_spans if ts <= body_off + s < te), None)
        prov["deadlines"].append(_prov(full, offset, d.pop("_raw"), body_off + s, body_off + e))
    doc["deadlines"] = dl
    doc["receipts"] = []
    doc["provenance"] = prov
    return doc


def parse_text(text: str, *, receipts: Iterable[Receipt] = ()) -> list[dict[str, Any]]:
    """All documents in a cleaned text, through the spaCy pipeline (pipeline.parse.nlp).
    Receipt stamps (from cleanup) go to the first document."""
    from pipeline.parse.nlp import pipeline

    docs = pipeline()(normalize(text))._.documents
    if docs:
        docs[0]["receipts"] = [
            {"office": _office(r.office), "arrival_number": r.arrival_number, "arrival_date": r.arrival_date}
            for r in receipts
        ]
    return docs


def _office(name: str | None) -> str | None:
    """A receiving office as the stamp prints it, in capitals ("UBND THÀNH PHỐ THUẬN AN"), written in full and in normal
    capitalisation as the schema asks ("Ủy ban nhân dân thành phố Thuận An")."""

    return gazetteer.agency_case(name) if name and is_caps(name) and gazetteer.starts_agency(name, loose=True) else name


def parse_segments(text: str) -> list[dict[str, Any]]:
    """Split a normalised text into documents and parse each."""
    from pipeline.segment import page_fields, split_columns, split_documents  # segment imports the grammar

    docs = []
    text = split_columns(text)  # same length: offsets hold
    for start, end, attached in split_documents(text):
        doc = parse_document(text[start:end], offset=start, full_text=text)
        if attached and doc["code"]:
            doc["attached_copy_of"] = doc["code"]
        docs.append(doc)
    docs = [d for d in docs if d["code"] or d["subject"] or d["tasks"]] or docs[:1]
    if docs:
        _fill_from_page(docs[0], page_fields(text))
    return docs


def _fill_from_page(doc: dict[str, Any], page: dict[str, str]) -> None:
    """Fields the document's own text lost, from its web page's metadata table: the number and symbol, the date of
    issue and the signer's name. The document's own reading always wins."""
    import regex

    from pipeline.parse import grammar

    if not doc["code"] and (m := regex.fullmatch(grammar.CODE, page.get("so hieu", ""))):
        doc["number"], doc["symbol"], doc["code"] = grammar.match_code(m)
    if not doc["issued_on"] and (m := regex.fullmatch(grammar.DATE, page.get("ngay ban hanh", ""))):
        doc["issued_on"] = grammar.match_date(m)
    signer = doc.get("signer") or {}
    name = page.get("nguoi ky", "")
    if signer and not signer.get("name") and regex.fullmatch(r"\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,4}", name):
        signer["name"] = name

