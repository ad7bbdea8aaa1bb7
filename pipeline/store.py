"""The relational store: one transaction per input file, idempotent by sha256, documents merged across sources.

    store = Store("sqlite:///vanban.db")          # or postgresql+psycopg://…; the schema is upgraded by Alembic
    run = store.start_run({"inputs": [...]})
    store.ingest(result, run)                     # result = {"source", "sha256", "pages", "documents": [...]}
    store.finish_run(run, {"files": 3})

A document that arrives again (same code, issuer and issue date: an attached copy, a second scan) keeps one
row in `documents`; every reading is kept in `document_sources.reading`, and each field of the row is the best
reading of that field (an original before an attached copy, then the higher OCR confidence, then the more
complete reading, then the earlier one). After every file the references are resolved in both directions
(pipeline.resolve) and the documents concerned are linked again (pipeline.link).
"""
from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, func
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlmodel import Session, delete, select

from models import (ALL_TABLES, Agency, Deadline, Document, DocumentAgency, DocumentSource, ImplementationLink,
                    IngestionError, IngestionRun, LegalRef, Receipt, Source, Task, TaskAgency)
from pipeline import resolve
from pipeline.textnorm import fold
from pipeline.types import VanbanError

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
SCALAR_FIELDS = ["doc_type", "number", "symbol", "code", "issuer", "issuer_parent", "place", "issued_on", "subject",
                 "signer"]
LIST_FIELDS = ["recipients", "distribution", "tasks", "legal_refs", "deadlines"]


def default_url() -> str:
    return os.environ.get("DATABASE_URL") or "sqlite:///vanban.db"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _clean(value: Any) -> Any:
    """JSON-safe and storable on PostgreSQL (no NUL characters, dates as ISO strings)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _filled(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_filled(v) for v in value.values())
    return value not in (None, "", [], {})


@lru_cache(maxsize=1)
def _alembic_config() -> Config:
    cfg = Config(str(MODELS_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(MODELS_DIR / "migrations"))
    return cfg


class Store:
    """The store behind one SQLAlchemy URL; the schema is brought to Alembic's head on opening."""

    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        try:
            parsed = make_url(self.url)
        except ArgumentError:
            raise VanbanError(self.url, "is not a database URL; give one like sqlite:///vanban.db or "
                                        "postgresql+psycopg://user@host/dbname") from None
        self.backend = parsed.get_backend_name()
        kwargs: dict[str, Any] = {}
        if self.backend == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 60}
        self.engine = create_engine(self.url, **kwargs)
        if self.backend == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            with self.engine.begin() as conn:
                cfg = _alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as e:
            raise VanbanError(self.url, f"cannot be opened as the store ({e.orig}); check the URL, that the "
                                        "server runs and that the user may create tables") from None
        self._seed_agencies()
        self._agencies = self._load_agencies()

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    # ---------------------------------------------------------------- runs and errors
    def start_run(self, args: dict) -> int:
        with self.session() as s, s.begin():
            run = IngestionRun(started_at=_now(), args=_clean(args))
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, stats: dict) -> None:
        with self.session() as s, s.begin():
            run = s.get(IngestionRun, run_id)
            if run is not None:
                run.finished_at = _now()
                run.stats = _clean(stats)

    def record_error(self, source: str, sha256: str | None, reason: str, run_id: int | None = None) -> None:
        with self.session() as s, s.begin():
            s.add(IngestionError(run_id=run_id, source=_clean(str(source)), sha256=sha256, reason=_clean(reason),
                                 at=_now()))

    # ---------------------------------------------------------------- reading
    def has_source(self, sha256: str) -> bool:
        with self.session() as s:
            return s.exec(select(Source.id).where(Source.sha256 == sha256)).first() is not None

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {t.__tablename__: s.exec(select(func.count()).select_from(t)).one() for t in ALL_TABLES}

    def find(self, code: str) -> list[int]:
        """Ids of the stored documents whose code matches `code` (spacing, dashes and case aside)."""
        with self.session() as s:
            return list(s.exec(select(Document.id).where(Document.code_key == resolve.code_key(code))
                               .order_by(Document.id)))

    def document(self, doc_id: int) -> dict[str, Any]:
        """One stored document in the JSON schema of the pipeline (plus "id" and "sources")."""
        with self.session() as s:
            return document_dict(s, doc_id)

    # ---------------------------------------------------------------- writing
    def ingest(self, result: dict, run_id: int | None = None) -> list[int]:
        """Store one file's result in one transaction; the same sha256 again adds nothing."""
        sha = result.get("sha256")
        if not sha:
            raise VanbanError(result.get("source", "?"), "has no sha256 in its result; it cannot be stored")
        try:
            with self.session() as s, s.begin():
                return self._ingest(s, result, run_id)
        except IntegrityError:  # another writer stored the same file meanwhile
            with self.session() as s:
                src = s.exec(select(Source).where(Source.sha256 == sha)).first()
                if src is None:
                    raise
                return _source_documents(s, src.id)

    def _ingest(self, s: Session, result: dict, run_id: int | None) -> list[int]:
        sha = result["sha256"]
        existing = s.exec(select(Source).where(Source.sha256 == sha)).first()
        if existing is not None:
            return _source_documents(s, existing.id)
        conf = result.get("ocr_confidence")
        src = Source(path=_clean(str(result.get("source", ""))), sha256=sha, pages=result.get("pages"),
                     ocr_confidence=conf, methods=_clean(result.get("methods")), run_id=run_id, ingested_at=_now())
        s.add(src)
        s.flush()
        ids: list[int] = []
        for pos, raw in enumerate(result.get("documents") or []):
            doc = _clean(raw)
            target = _same_document(s, doc)
            if target is None:
                target = Document()
                s.add(target)
                s.flush()
            s.add(DocumentSource(document_id=target.id, source_id=src.id, position=pos, ocr_confidence=conf,
                                 reading=doc))
            s.flush()
            self._rebuild(s, target)
            ids.append(target.id)
        from pipeline import link  # link imports store helpers; imported here to keep the module graph simple
        affected = resolve.resolve_documents(s, ids)
        link.relink(s, affected | set(ids))
        return ids

    def _rebuild(self, s: Session, doc: Document) -> None:
        """Choose every field of `doc` from its readings and rewrite its child rows."""
        rows = list(s.exec(select(DocumentSource, Source).join(Source, DocumentSource.source_id == Source.id)
                           .where(DocumentSource.document_id == doc.id).order_by(DocumentSource.id)))
        readings = [(ds.reading or {}, ds.ocr_confidence, src.sha256, i) for i, (ds, src) in enumerate(rows)]
        merged, prov = merge_readings(readings)
        for f in ("doc_type", "number", "symbol", "code", "issuer", "issuer_parent", "place", "subject",
                  "attached_copy_of"):
            setattr(doc, f, merged.get(f))
        doc.code_key = resolve.code_key(doc.code)
        doc.issued_on = _date(merged.get("issued_on"))
        signer = merged.get("signer") or {}
        doc.signer_authority, doc.signer_title, doc.signer_name = (signer.get("authority"), signer.get("title"),
                                                                   signer.get("name"))
        confs = [c for _, c, _, _ in readings if c is not None]
        doc.ocr_confidence = max(confs) if confs else None
        doc.provenance = prov
        s.add(doc)
        _delete_children(s, doc.id)
        self._write_children(s, doc.id, merged, {sha: src.id for (ds, src) in rows for sha in [src.sha256]})

    def _write_children(self, s: Session, doc_id: int, d: dict, source_ids: dict[str, int]) -> None:
        for role in ("recipients", "distribution"):
            for i, text in enumerate(d.get(role) or []):
                if _filled(text):
                    s.add(DocumentAgency(document_id=doc_id, role=role[:-1] if role == "recipients" else role,
                                         position=i, text=str(text), agency_id=self._agency_id(s, str(text))))
        by_label: dict[str, int] = {}
        for i, t in enumerate(d.get("tasks") or []):
            label = t.get("label")
            parent = by_label.get(label.rsplit(".", 1)[0]) if label and "." in label else None
            row = Task(document_id=doc_id, parent_id=parent, label=label, text=t.get("text"),
                       timeline=t.get("timeline"), position=i)
            s.add(row)
            s.flush()
            if label:
                by_label.setdefault(label, row.id)
            for role, key in (("lead", "lead"), ("coordinator", "coordinators")):
                for j, text in enumerate(t.get(key) or []):
                    s.add(TaskAgency(task_id=row.id, role=role, position=j, text=str(text),
                                     agency_id=self._agency_id(s, str(text))))
        for i, r in enumerate(d.get("legal_refs") or []):
            s.add(LegalRef(document_id=doc_id, position=i, type=r.get("type"), code=r.get("code"),
                           code_key=resolve.code_key(r.get("code")), date=_date(r.get("date")),
                           issuer=r.get("issuer"), title=r.get("title")))
        for i, dl in enumerate(d.get("deadlines") or []):
            s.add(Deadline(document_id=doc_id, position=i, date=_date(dl.get("date")), what=dl.get("what")))
        for i, rc in enumerate(d.get("receipts") or []):
            s.add(Receipt(document_id=doc_id, source_id=source_ids.get(rc.get("_source")), position=i,
                          office=rc.get("office"), arrival_number=rc.get("arrival_number"),
                          arrival_date=_date(rc.get("arrival_date"))))
        s.flush()

    # ---------------------------------------------------------------- agencies
    def _seed_agencies(self) -> None:
        from pipeline.parse import gazetteer
        try:
            self._seed_agencies_with(gazetteer.agencies())
        except IntegrityError:  # another process seeded the same new store at the same moment
            pass

    def _seed_agencies_with(self, agencies: list) -> None:
        with self.session() as s, s.begin():
            if s.exec(select(func.count()).select_from(Agency)).one():
                return
            seen: dict[str, Agency] = {}
            for a in agencies:
                key = fold(a.name)
                row = seen.get(key)
                if row is None:
                    row = seen[key] = Agency(name=a.name, key=key, codes=[], aliases=[], parent=a.parent)
                row.codes = sorted({*row.codes, a.code})
                row.aliases = sorted({*row.aliases, *a.aliases})
            s.add_all(seen.values())

    def _load_agencies(self) -> dict[str, int]:
        table: dict[str, int] = {}
        with self.session() as s:
            for a in s.exec(select(Agency).order_by(Agency.id)):
                for name in [a.name, *(a.aliases or [])]:
                    table.setdefault(_agency_key(name), a.id)
        return table

    def _agency_id(self, s: Session, text: str) -> int | None:
        return self._agencies.get(_agency_key(text))


def _agency_key(text: str) -> str:
    from pipeline.parse import gazetteer
    return fold(gazetteer.expand(text.strip(" .;,:-")))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def _source_documents(s: Session, source_id: int) -> list[int]:
    return [ds.document_id for ds in s.exec(select(DocumentSource).where(DocumentSource.source_id == source_id)
                                            .order_by(DocumentSource.position))]


def _same_document(s: Session, doc: dict) -> Document | None:
    """The stored document `doc` is another reading of: same code, same issue date, compatible issuer."""
    key = resolve.code_key(doc.get("code"))
    if not key:
        return None
    issued = _date(doc.get("issued_on"))
    for cand in s.exec(select(Document).where(Document.code_key == key).order_by(Document.id)):
        if issued and cand.issued_on and issued != cand.issued_on:
            continue
        if not (issued and cand.issued_on) and not resolve.same_issuer(doc.get("issuer"), cand.issuer, strict=True):
            continue
        if resolve.same_issuer(doc.get("issuer"), cand.issuer):
            return cand
    return None


def _delete_children(s: Session, doc_id: int) -> None:
    task_ids = list(s.exec(select(Task.id).where(Task.document_id == doc_id)))
    if task_ids:
        s.exec(delete(ImplementationLink).where(ImplementationLink.task_id.in_(task_ids)))
        s.exec(delete(ImplementationLink).where(ImplementationLink.item_task_id.in_(task_ids)))
        s.exec(delete(TaskAgency).where(TaskAgency.task_id.in_(task_ids)))
        s.exec(delete(Task).where(Task.document_id == doc_id).where(Task.parent_id.is_not(None)))
        s.exec(delete(Task).where(Task.document_id == doc_id))
    for table in (DocumentAgency, LegalRef, Deadline, Receipt):
        s.exec(delete(table).where(table.document_id == doc_id))
    s.flush()


def merge_readings(readings: list[tuple[dict, float | None, str, int]]) -> tuple[dict, dict]:
    """The best value of every field over the readings (reading, ocr_confidence, sha256, order) of one
    document, with its provenance. Receipts are the union over the readings (each stamp is on one scan)."""
    def rank(r, value) -> tuple:
        reading, conf, _sha, order = r
        size = len(value) if isinstance(value, list) else 1
        complete = sum(_filled(reading.get(f)) for f in SCALAR_FIELDS + LIST_FIELDS)
        return (not reading.get("attached_copy_of"), conf if conf is not None else -1.0, size, complete, -order)

    merged: dict[str, Any] = {}
    prov: dict[str, Any] = {}
    for f in SCALAR_FIELDS + LIST_FIELDS:
        cands = [r for r in readings if _filled(r[0].get(f))]
        if not cands:
            merged[f] = [] if f in LIST_FIELDS else None
            continue
        best = max(cands, key=lambda r: rank(r, r[0][f]))
        merged[f] = best[0][f]
        p = {"source": best[2], "confidence": best[1]}
        parser_prov = (best[0].get("provenance") or {}).get(f)
        if parser_prov is not None:
            p["parser"] = parser_prov
        prov[f] = p
    # An original among the readings makes the row the original, not a copy.
    copies = [r[0].get("attached_copy_of") for r in readings]
    merged["attached_copy_of"] = None if any(not c for c in copies) else copies[0]
    receipts, seen = [], set()
    for reading, _conf, sha, _ in readings:  # a stamp seen on an earlier scan is not counted again
        keys = []
        for rc in reading.get("receipts") or []:
            k = (fold(rc.get("office") or ""), str(rc.get("arrival_number") or ""), rc.get("arrival_date"))
            keys.append(k)
            if k not in seen:
                receipts.append({**rc, "_source": sha})
        seen.update(keys)
    merged["receipts"] = receipts
    return merged, prov


def document_dict(s: Session, doc_id: int) -> dict[str, Any]:
    d = s.get(Document, doc_id)
    if d is None:
        raise KeyError(doc_id)
    out: dict[str, Any] = {"id": d.id}
    for f in ("doc_type", "number", "symbol", "code", "issuer", "issuer_parent", "place"):
        out[f] = getattr(d, f)
    out["issued_on"] = _iso(d.issued_on)
    out["subject"] = d.subject
    ags = list(s.exec(select(DocumentAgency).where(DocumentAgency.document_id == doc_id)
                      .order_by(DocumentAgency.role, DocumentAgency.position)))
    out["recipients"] = [a.text for a in ags if a.role == "recipient"]
    out["distribution"] = [a.text for a in ags if a.role == "distribution"]
    out["signer"] = {"authority": d.signer_authority, "title": d.signer_title, "name": d.signer_name}
    out["tasks"] = []
    for t in s.exec(select(Task).where(Task.document_id == doc_id).order_by(Task.position)):
        tas = list(s.exec(select(TaskAgency).where(TaskAgency.task_id == t.id).order_by(TaskAgency.position)))
        out["tasks"].append({"label": t.label, "text": t.text, "lead": [a.text for a in tas if a.role == "lead"],
                             "coordinators": [a.text for a in tas if a.role == "coordinator"],
                             "timeline": t.timeline})
    out["legal_refs"] = [{"type": r.type, "code": r.code, "date": _iso(r.date), "issuer": r.issuer, "title": r.title,
                          "resolved": r.resolved_document_id}
                         for r in s.exec(select(LegalRef).where(LegalRef.document_id == doc_id)
                                         .order_by(LegalRef.position))]
    out["deadlines"] = [{"date": _iso(x.date), "what": x.what}
                        for x in s.exec(select(Deadline).where(Deadline.document_id == doc_id)
                                        .order_by(Deadline.position))]
    out["receipts"] = [{"office": r.office, "arrival_number": r.arrival_number, "arrival_date": _iso(r.arrival_date)}
                       for r in s.exec(select(Receipt).where(Receipt.document_id == doc_id).order_by(Receipt.position))]
    out["attached_copy_of"] = d.attached_copy_of
    out["ocr_confidence"] = d.ocr_confidence
    out["sources"] = [src.path for _, src in s.exec(
        select(DocumentSource, Source).join(Source, DocumentSource.source_id == Source.id)
        .where(DocumentSource.document_id == doc_id).order_by(DocumentSource.id))]
    return out


def iter_documents(s: Session, ids: Iterable[int]) -> list[Document]:
    return [d for d in (s.get(Document, i) for i in ids) if d is not None]
