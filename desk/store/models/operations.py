"""The operation log: which service writes have committed, so a retry never saves one twice."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Uuid, func
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models.base import Base, UTCDateTime


class OperationLog(Base):
    """One row per committed write transaction on PostgreSQL, keyed by the call's operation id.

    ``Database.transact`` inserts the row first, in the same transaction as the work. When the reply
    to COMMIT is lost, the retry inserts the same id again: the primary key tells it that the first
    attempt was saved (see ``desk.store.engine``). Rows are only needed for seconds; the engine
    deletes those older than a day now and then. SQLite does not use the table (a local commit
    cannot lose its reply).
    """

    __tablename__ = "operation_log"

    op_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    committed_at: Mapped[datetime] = mapped_column(UTCDateTime(), server_default=func.now())
