"""Roles and what each may do. Services check these; the UI only uses them to hide what would be refused.

Every capability's permissions are listed here up front so that the role table is one readable
place: a manager can see at a glance what a clerk may do.
"""

from __future__ import annotations

from enum import Enum

from desk.core.errors import QT_TRANSLATE_NOOP


class Role(str, Enum):
    CLERK = "clerk"
    MEDIATOR = "mediator"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.CLERK: QT_TRANSLATE_NOOP("Role", "Window clerk"),
    Role.MEDIATOR: QT_TRANSLATE_NOOP("Role", "Mediator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Station manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


class Permission(str, Enum):
    # foundation
    USERS_MANAGE = "users.manage"
    AUDIT_VIEW = "audit.view"
    STATION_EDIT = "station.edit"
    BACKUP = "backup.run"
    # queue
    QUEUE_ISSUE = "queue.issue"
    QUEUE_SERVE = "queue.serve"
    QUEUE_CALL_SPECIFIC = "queue.call_specific"
    QUEUE_MANAGE = "queue.manage"
    # one-window intake
    INTAKE_ACCEPT = "intake.accept"
    INTAKE_VIEW = "intake.view"
    ID_VIEW_FULL = "id.view_full"
    CATALOGUE_MANAGE = "catalogue.manage"
    CALENDAR_MANAGE = "calendar.manage"
    CONSULT_LOG = "consult.log"
    RATING_FOLLOW_UP = "rating.follow_up"
    INTAKE_EXTEND = "intake.extend"  # 行政许可法 Art. 42: the head approves an extension
    INTAKE_SUPERVISE = "intake.supervise"  # 督办: the list of late cases and reminders to the clerks
    # mediation
    ROOM_BOOK = "mediation.book"
    MEDIATION_REGISTER_REQUEST = "mediation.register_request"
    MEDIATION_READ = "mediation.read"
    MEDIATION_WRITE = "mediation.write"
    MEDIATION_MANAGE = "mediation.manage"
    # daily log
    REPORT_VIEW = "report.view"
    DAY_CLOSE = "report.close_day"
    # documents
    DOCUMENT_REPRINT = "document.reprint"


_CLERK = {
    Permission.QUEUE_ISSUE,
    Permission.QUEUE_SERVE,
    Permission.INTAKE_ACCEPT,
    Permission.INTAKE_VIEW,
    Permission.CONSULT_LOG,
    Permission.ROOM_BOOK,
    Permission.MEDIATION_REGISTER_REQUEST,
    Permission.DOCUMENT_REPRINT,
}
_MEDIATOR = {
    Permission.ROOM_BOOK,
    Permission.MEDIATION_REGISTER_REQUEST,
    Permission.MEDIATION_READ,
    Permission.MEDIATION_WRITE,
    Permission.ID_VIEW_FULL,  # agreements name parties in full (人民调解法 Art. 29)
    Permission.CONSULT_LOG,
    Permission.DOCUMENT_REPRINT,
}
_MANAGER = (
    _CLERK
    | {
        Permission.AUDIT_VIEW,
        Permission.STATION_EDIT,
        Permission.BACKUP,
        Permission.QUEUE_CALL_SPECIFIC,
        Permission.QUEUE_MANAGE,
        Permission.ID_VIEW_FULL,
        Permission.CATALOGUE_MANAGE,
        Permission.CALENDAR_MANAGE,
        Permission.RATING_FOLLOW_UP,
        Permission.INTAKE_EXTEND,
        Permission.INTAKE_SUPERVISE,
        Permission.MEDIATION_READ,
        Permission.MEDIATION_MANAGE,
        Permission.REPORT_VIEW,
        Permission.DAY_CLOSE,
        Permission.USERS_MANAGE,
    }
)
_ADMIN = set(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(_CLERK),
    Role.MEDIATOR: frozenset(_MEDIATOR),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(_ADMIN),
}


def role_allows(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
