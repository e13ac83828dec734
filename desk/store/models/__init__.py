"""All ORM models. Every module in this package is imported here so ``Base.metadata`` is complete
(Alembic's model check and ``create_all`` in tests rely on that); a capability adds its tables by
adding a module, without editing this file."""

from __future__ import annotations

import importlib
import pkgutil

from desk.store.models.base import Base, UTCDateTime, utcnow
from desk.store.models.foundation import AuditHead, AuditRecord, Counter, Station, StationSetting, User

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

__all__ = [
    "AuditHead",
    "AuditRecord",
    "Base",
    "Counter",
    "Station",
    "StationSetting",
    "UTCDateTime",
    "User",
    "utcnow",
]
