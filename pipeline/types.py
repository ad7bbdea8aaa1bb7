"""Plain data objects the stages hand to each other (no stage reaches into another's internals)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Page:
    """One page as read: text from a text layer, from OCR, or from a text file."""

    number: int  # 1-based
    text: str
    method: str  # "text" | "text-layer" | "ocr"
    confidence: float | None = None  # mean word confidence 0..100 for OCR
    stamp_text: str = ""  # OCR of the coloured-ink (stamp) layer, when separated
    width: int | None = None
    height: int | None = None


@dataclass
class ReadResult:
    source: str  # path as given
    sha256: str
    pages: list[Page] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\f".join(p.text for p in self.pages)


@dataclass
class Receipt:
    """The "ĐẾN" receipt stamp of an office that received the document."""

    office: str | None = None
    arrival_number: str | None = None
    arrival_date: str | None = None  # ISO date
    routed_to: str | None = None
    file_code: str | None = None  # "Số và ký hiệu HS"
    raw: str = ""
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CleanText:
    """Body text after cleanup; pages separated by form feeds; stamps taken out."""

    text: str
    receipts: list[Receipt] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # lines taken out (seal ring, handwriting noise)


class VanbanError(Exception):
    """An error a clerk can act on: names the file and the reason in a sentence."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
