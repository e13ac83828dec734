"""Audit and access-log codes as people read them: the action's label and the record's kind with the
reference a person knows it by (desk.core.audit_labels), never "med_case 15"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core.audit_labels import ACTION_LABELS, ENTITY_LABELS
from desk.core.errors import QT_TRANSLATE_NOOP

# The access log's "what was shown" notes, as the services write them (stable English in the records).
_DETAILS = {
    "full ID number": QT_TRANSLATE_NOOP("AccessDetail", "full ID number"),
    "full phone number": QT_TRANSLATE_NOOP("AccessDetail", "full phone number"),
    "proxy's full ID number": QT_TRANSLATE_NOOP("AccessDetail", "proxy's full ID number"),
}
_SEARCH = "search: "


def action_label(code: str) -> str:
    """The action's label; an unknown code (a newer version's record) is shown as it is."""
    label = ACTION_LABELS.get(code)
    return QCoreApplication.translate("AuditAction", label) if label else code


def record_label(entity: str, entity_id: str, reference: str = "") -> str:
    """"Intake case SL2026112000001"; a record without a reference shows its kind and its number."""
    if not entity:
        return ""
    label = ENTITY_LABELS.get(entity)
    kind = QCoreApplication.translate("AuditEntity", label) if label else entity
    if reference:
        return f"{kind} {reference}"
    if not entity_id:
        return kind
    return f"{kind} " + QCoreApplication.translate("AuditEntity", "no. {0}").format(entity_id)


def detail_label(detail: str) -> str:
    """An access record's note in the reader's language ("search: 张" -> "查询：张")."""
    if detail.startswith(_SEARCH):
        return QCoreApplication.translate("AccessDetail", "searched for: {0}").format(detail[len(_SEARCH):])
    known = _DETAILS.get(detail)
    return QCoreApplication.translate("AccessDetail", known) if known else detail
