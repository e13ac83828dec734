"""An unattended device acts with only the rights it needs (enforced in the services)."""

from __future__ import annotations

import pytest

from desk.core.errors import PermissionDenied
from desk.core.permissions import Permission
from desk.services.context import Desk, require
from desk.ui.queue.standalone import device_actor


def test_the_kiosk_may_issue_numbers_but_not_call_or_serve_them() -> None:
    kiosk = device_actor("kiosk", "Kiosk")
    require(kiosk, Permission.QUEUE_ISSUE)
    for refused in (Permission.QUEUE_SERVE, Permission.QUEUE_CALL_SPECIFIC, Permission.INTAKE_VIEW):
        with pytest.raises(PermissionDenied):
            require(kiosk, refused)


def test_the_display_changes_nothing(sqlite_desk: Desk) -> None:
    from desk.services.queue.issuing import issue_ticket

    display = device_actor("display", "Hall display")
    with pytest.raises(PermissionDenied):
        issue_ticket(sqlite_desk, display, 1)
