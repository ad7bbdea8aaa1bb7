"""Reference resolution: a legal reference ("Công văn số 1481/BYT-BMTE ngày 14/3/2025 của Bộ Y tế") points to
the stored document with that code. Codes are compared on a key that ignores case, diacritics, spaces,
dashes and leading zeros; when several stored documents share a code (every province has a "65/KH-UBND"),
the reference's date and then its issuer choose, and an undecidable reference stays unresolved.

Resolution runs both ways after each file: the new documents' references, and every stored reference whose
code matches a new document."""
from __future__ import annotations

import regex
from rapidfuzz import fuzz
from sqlmodel import Session, select

from models import Document, LegalRef
from pipeline.textnorm import fold

_NOT_KEY = regex.compile(r"[^0-9a-z/]")
_SEP = regex.compile(r"[\s\-–—_.]+")


def code_key(code: str | None) -> str | None:
    """Matching key of a document code: "28-CT/TW", "28 CT/TW", "28-ct/tw" → "28ct/tw"; "01/NQ-CP" → "1/nqcp"."""
    if not code:
        return None
    key = _NOT_KEY.sub("", _SEP.sub("", fold(code)))
    key = regex.sub(r"(^|/)0+(?=\d)", r"\1", key)
    return key or None


def same_issuer(a: str | None, b: str | None, strict: bool = False) -> bool:
    """Two spellings of one issuer. Unknown on either side counts as the same unless `strict`."""
    if not a or not b:
        return not strict
    fa, fb = fold(a), fold(b)
    return fa == fb or fuzz.token_set_ratio(fa, fb) >= 90 or fuzz.ratio(fa, fb) >= 85


def _number(key: str | None) -> str | None:
    m = regex.match(r"(\d+)(?=/|[a-z])", key or "")
    return m.group(1) if m else None


def _misread(s: Session, ref: LegalRef) -> list[Document]:
    """Stored documents whose code differs from the reference's by an OCR slip in the symbol
    ("1481/BYT-BMTF"): same number, same issue date, symbols nearly equal. Only with a date to confirm."""
    num = _number(ref.code_key)
    if not num or not ref.date:
        return []
    out = []
    for d in s.exec(select(Document).where(Document.code_key.like(f"{num}%")).where(Document.issued_on == ref.date)):
        if d.id != ref.document_id and _number(d.code_key) == num and fuzz.ratio(d.code_key, ref.code_key) >= 85:
            out.append(d)
    return out


def match(s: Session, ref: LegalRef) -> int | None:
    """The id of the stored document `ref` points to, or None when none or several fit equally."""
    if not ref.code_key:
        return None
    cands = [d for d in s.exec(select(Document).where(Document.code_key == ref.code_key).order_by(Document.id))
             if d.id != ref.document_id]
    if not cands:
        cands = _misread(s, ref)
    if ref.date:
        dated = [d for d in cands if d.issued_on == ref.date]
        if dated:
            cands = dated
        else:
            cands = [d for d in cands if d.issued_on is None]
    if len(cands) > 1 and ref.issuer:
        same = [d for d in cands if d.issuer and same_issuer(ref.issuer, d.issuer, strict=True)]
        if same:
            cands = same
    if len(cands) > 1:  # several readings of one code: only if they are all the same document
        first = cands[0]
        if all(d.issued_on == first.issued_on and same_issuer(d.issuer, first.issuer) for d in cands):
            return first.id
        return None
    return cands[0].id if cands else None


def resolve_documents(s: Session, doc_ids: list[int] | set[int]) -> set[int]:
    """Resolve the references of `doc_ids` and every stored reference that points to their codes.
    Returns the ids of the documents whose references changed (their links need recomputing)."""
    ids = set(doc_ids)
    if not ids:
        return set()
    keys = {d.code_key for d in s.exec(select(Document).where(Document.id.in_(ids))) if d.code_key}
    refs = list(s.exec(select(LegalRef).where(LegalRef.document_id.in_(ids))))
    seen = {r.id for r in refs}
    numbers = {n for n in map(_number, keys) if n}
    for q in ([select(LegalRef).where(LegalRef.code_key.in_(keys))] if keys else []) + \
             [select(LegalRef).where(LegalRef.code_key.like(f"{n}%")).where(LegalRef.resolved_document_id.is_(None))
              .where(LegalRef.date.is_not(None)) for n in sorted(numbers)]:
        for r in s.exec(q):
            if r.id not in seen and (r.code_key in keys or _number(r.code_key) in numbers):
                seen.add(r.id)
                refs.append(r)
    changed: set[int] = set()
    for ref in refs:
        target = match(s, ref)
        if target != ref.resolved_document_id:
            ref.resolved_document_id = target
            s.add(ref)
            changed.add(ref.document_id)
    s.flush()
    return changed
