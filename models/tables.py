"""The relational store's tables (SQLModel). Works on SQLite and PostgreSQL alike: JSON columns use
sqlalchemy.JSON, dates are real DATE columns, and every foreign key a merge rewrites is deleted explicitly
by pipeline.store (no reliance on ON DELETE CASCADE, which SQLite only honours with a pragma)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _json(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=nullable))


def _text(index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(Text, nullable=True, index=index))


class IngestionRun(SQLModel, table=True):
    __tablename__ = "ingestion_runs"
    id: Optional[int] = Field(default=None, primary_key=True)
    started_at: dt.datetime
    finished_at: Optional[dt.datetime] = None
    args: Optional[dict] = _json()
    stats: Optional[dict] = _json()


class IngestionError(SQLModel, table=True):
    __tablename__ = "ingestion_errors"
    id: Optional[int] = Field(default=None, primary_key=True)
    run_id: Optional[int] = Field(default=None, foreign_key="ingestion_runs.id", index=True)
    source: str = Field(sa_column=Column(Text, nullable=False))
    sha256: Optional[str] = Field(default=None, max_length=64, index=True)
    reason: str = Field(sa_column=Column(Text, nullable=False))
    at: dt.datetime


class Agency(SQLModel, table=True):
    __tablename__ = "agencies"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(Text, nullable=False))
    key: str = Field(max_length=255, unique=True, index=True)  # textnorm.fold(name)
    codes: Optional[list] = _json()
    aliases: Optional[list] = _json()
    parent: Optional[str] = _text()


class Document(SQLModel, table=True):
    __tablename__ = "documents"
    id: Optional[int] = Field(default=None, primary_key=True)
    doc_type: Optional[str] = _text()
    number: Optional[str] = _text()
    symbol: Optional[str] = _text()
    code: Optional[str] = _text(index=True)
    code_key: Optional[str] = Field(default=None, max_length=255, index=True)  # resolve.code_key(code)
    issuer: Optional[str] = _text()
    issuer_parent: Optional[str] = _text()
    place: Optional[str] = _text()
    issued_on: Optional[dt.date] = None
    subject: Optional[str] = _text()
    signer_authority: Optional[str] = _text()
    signer_title: Optional[str] = _text()
    signer_name: Optional[str] = _text()
    attached_copy_of: Optional[str] = _text()
    ocr_confidence: Optional[float] = None
    provenance: Optional[dict] = _json()  # field → {"source": sha256, "confidence", parser provenance}


class Source(SQLModel, table=True):
    __tablename__ = "sources"
    id: Optional[int] = Field(default=None, primary_key=True)
    path: str = Field(sa_column=Column(Text, nullable=False))
    sha256: str = Field(max_length=64, unique=True, index=True)
    pages: Optional[int] = None
    ocr_confidence: Optional[float] = None
    methods: Optional[list] = _json()
    run_id: Optional[int] = Field(default=None, foreign_key="ingestion_runs.id", index=True)
    ingested_at: dt.datetime


class DocumentSource(SQLModel, table=True):
    """One reading of a document in one source file (a file may hold several documents, a document may
    arrive in several files); `reading` keeps that source's full parse so a merge can re-choose fields."""
    __tablename__ = "document_sources"
    __table_args__ = (UniqueConstraint("source_id", "position"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    source_id: int = Field(foreign_key="sources.id", index=True)
    position: int = 0
    ocr_confidence: Optional[float] = None
    reading: Optional[dict] = _json()


class Receipt(SQLModel, table=True):
    __tablename__ = "receipts"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    source_id: Optional[int] = Field(default=None, foreign_key="sources.id")
    position: int = 0
    office: Optional[str] = _text()
    arrival_number: Optional[str] = _text()
    arrival_date: Optional[dt.date] = None


class DocumentAgency(SQLModel, table=True):
    """A "Kính gửi" (role recipient) or "Nơi nhận" (role distribution) entry, in order."""
    __tablename__ = "document_agencies"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    role: str = Field(max_length=16)
    position: int = 0
    text: str = Field(sa_column=Column(Text, nullable=False))
    agency_id: Optional[int] = Field(default=None, foreign_key="agencies.id")


class Task(SQLModel, table=True):
    __tablename__ = "tasks"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    parent_id: Optional[int] = Field(default=None, foreign_key="tasks.id")
    label: Optional[str] = _text()
    text: Optional[str] = _text()
    timeline: Optional[str] = _text()
    position: int = 0


class TaskAgency(SQLModel, table=True):
    __tablename__ = "task_agencies"
    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="tasks.id", index=True)
    role: str = Field(max_length=16)  # lead | coordinator
    position: int = 0
    text: str = Field(sa_column=Column(Text, nullable=False))
    agency_id: Optional[int] = Field(default=None, foreign_key="agencies.id")


class LegalRef(SQLModel, table=True):
    __tablename__ = "legal_refs"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    position: int = 0
    type: Optional[str] = _text()
    code: Optional[str] = _text(index=True)
    code_key: Optional[str] = Field(default=None, max_length=255, index=True)
    date: Optional[dt.date] = None
    issuer: Optional[str] = _text()
    title: Optional[str] = _text()
    resolved_document_id: Optional[int] = Field(default=None, foreign_key="documents.id", index=True)


class Deadline(SQLModel, table=True):
    __tablename__ = "deadlines"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    position: int = 0
    date: Optional[dt.date] = None
    what: Optional[str] = _text()


class ImplementationLink(SQLModel, table=True):
    """A document (kind "forward") or one of its tasks (kind "task") implementing a directive's item;
    kind "none" records a task for which no directive item fits."""
    __tablename__ = "implementation_links"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    task_id: Optional[int] = Field(default=None, foreign_key="tasks.id", index=True)
    directive_id: Optional[int] = Field(default=None, foreign_key="documents.id", index=True)
    item_task_id: Optional[int] = Field(default=None, foreign_key="tasks.id")
    item_label: Optional[str] = _text()
    kind: str = Field(max_length=16)  # task | forward | none
    score: Optional[float] = None
    method: Optional[str] = _text()
    evidence: Optional[list] = _json()
    lead: Optional[list] = _json()
    rank: int = 0


ALL_TABLES = [IngestionRun, IngestionError, Agency, Document, Source, DocumentSource, Receipt, DocumentAgency,
              Task, TaskAgency, LegalRef, Deadline, ImplementationLink]
