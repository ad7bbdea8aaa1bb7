"""SQLModel tables of the vanban store; the schema is created and upgraded by Alembic (models/migrations)."""
from models.tables import (ALL_TABLES, Agency, Deadline, Document, DocumentAgency, DocumentSource,  # noqa: F401
                           ImplementationLink, IngestionError, IngestionRun, LegalRef, Receipt, Source, Task,
                           TaskAgency)
from sqlmodel import SQLModel

metadata = SQLModel.metadata

__all__ = ["ALL_TABLES", "Agency", "Deadline", "Document", "DocumentAgency", "DocumentSource", "ImplementationLink",
           "IngestionError", "IngestionRun", "LegalRef", "Receipt", "Source", "Task", "TaskAgency", "metadata"]
