"""Permissions proven in one table: every public service function, called as each role and device,
is refused exactly when the table says so (issue 11, item 6).

The table names what each function needs; who may call it follows from the role table in
desk.core.permissions (and a device's narrowed rights). A call is "refused" when it raises
PermissionDenied; anything else (a result, or a sentence about the made-up input) means the
permission check let it through. A new public function with no row here fails the test, and so
does a function that looks at its input before it checks the caller's right.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import enum
import inspect
import shutil
import types
import typing
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from desk.core.errors import PermissionDenied
from desk.core.permissions import Permission as P
from desk.core.permissions import Role
from desk.documents.intake_receipt import RECEIPT_KIND
from desk.services.context import Actor, Desk
from desk.store.engine import Database
from tests.conftest import FakeClock
from tests.services.test_fuzz_entry_points import actors, entry_points, qualname
from tests.services.test_fuzz_entry_points import seeded_sqlite as seeded_sqlite  # the fixture, shared

PUBLIC = "anyone, devices included"  # what it returns is safe for the kiosk and the hall display
NO_ACTOR = "takes no actor"  # read by devices before anybody signs in; returns only masked or public data

TABLE: dict[str, tuple[P, ...] | str] = {
    "access_log.list_access": (P.AUDIT_VIEW,),
    "audit.list_records": (P.AUDIT_VIEW,),
    "auth.sign_in": NO_ACTOR,
    "auth.sign_out": PUBLIC,
    "backups.backup_status": (P.STATION_EDIT,),
    "backups.second_folder": NO_ACTOR,
    "backups.set_second_folder": (P.STATION_EDIT,),
    "backups.take_now": (P.BACKUP,),
    "changes.change_mark": NO_ACTOR,
    "home.my_day": PUBLIC,  # each role gets its own figures; a device gets none
    "changes.changes_since": NO_ACTOR,
    "intake.applicants.applicant_input": (P.INTAKE_VIEW,),
    "intake.applicants.get_applicant": (P.INTAKE_VIEW,),
    "intake.applicants.reveal_id_number": (P.INTAKE_VIEW, P.ID_VIEW_FULL),
    "intake.applicants.reveal_phone": (P.INTAKE_VIEW,),
    "intake.applicants.save_applicant": (P.INTAKE_ACCEPT,),
    "intake.applicants.search_applicants": (P.INTAKE_VIEW,),
    "intake.applicants.update_applicant": (P.INTAKE_ACCEPT,),
    "intake.calendar.current_calendar": NO_ACTOR,
    "intake.calendar.list_days": PUBLIC,
    "intake.calendar.list_years": PUBLIC,
    "intake.calendar.set_day": (P.CALENDAR_MANAGE,),
    "intake.calendar.set_year": (P.CALENDAR_MANAGE,),
    "intake.case_documents.document_for_case": (P.INTAKE_VIEW,),
    "intake.case_documents.issue_case_document": (P.INTAKE_ACCEPT,),
    "intake.case_documents.issue_pledge_letter": (P.INTAKE_ACCEPT,),
    "intake.case_queries.colleagues": (P.INTAKE_ACCEPT,),
    "intake.case_queries.deadline_summary": (P.INTAKE_VIEW,),
    "intake.case_queries.find_by_receipt": (P.INTAKE_VIEW,),
    "intake.case_queries.get_case": (P.INTAKE_VIEW,),
    "intake.case_queries.list_cases": (P.INTAKE_VIEW,),
    "intake.clock.extend_deadline": (P.INTAKE_EXTEND,),
    "intake.clock.pause_clock": (P.INTAKE_ACCEPT,),
    "intake.clock.resume_clock": (P.INTAKE_ACCEPT,),
    "intake.supervision.remind": (P.INTAKE_SUPERVISE,),
    "intake.supervision.supervision_list": (P.INTAKE_SUPERVISE,),
    "intake.cases.complete": (P.INTAKE_ACCEPT,),
    "intake.cases.deliver": (P.INTAKE_ACCEPT,),
    "intake.cases.hand_over": (P.INTAKE_ACCEPT,),
    "intake.cases.receive_materials": (P.INTAKE_ACCEPT,),
    "intake.cases.start_processing": (P.INTAKE_ACCEPT,),
    "intake.cases.take_in": (P.INTAKE_ACCEPT,),
    "intake.cases.withdraw": (P.INTAKE_ACCEPT,),
    "intake.catalogue.get_item": PUBLIC,
    "intake.catalogue.list_categories": PUBLIC,
    "intake.catalogue.save_item": (P.CATALOGUE_MANAGE,),
    "intake.catalogue.search_items": PUBLIC,
    "intake.catalogue.set_item_active": (P.CATALOGUE_MANAGE,),
    "intake.catalogue_io.export_json": (P.CATALOGUE_MANAGE,),
    "intake.catalogue_io.export_xlsx": (P.CATALOGUE_MANAGE,),
    "intake.catalogue_io.import_catalogue": (P.CATALOGUE_MANAGE,),
    "intake.consultations.channel_counts": (P.REPORT_VIEW,),
    "intake.consultations.list_consultations": (P.CONSULT_LOG,),
    "intake.consultations.log_consultation": (P.CONSULT_LOG,),
    "intake.proxies.record_envelope": (P.INTAKE_ACCEPT,),
    "intake.proxies.reveal_proxy_id": (P.INTAKE_VIEW, P.ID_VIEW_FULL),
    "intake.proxies.set_proxy": (P.INTAKE_ACCEPT,),
    "intake.pledges.receive_pledged_materials": (P.INTAKE_ACCEPT,),
    "intake.ratings.level_counts": (P.REPORT_VIEW,),
    "intake.ratings.list_ratings": (P.RATING_FOLLOW_UP,),
    "intake.ratings.rate": (P.INTAKE_ACCEPT,),
    "intake.ratings.record_follow_up": (P.RATING_FOLLOW_UP,),
    "issued_documents.check_reproduction": (P.DOCUMENT_REPRINT,),
    "issued_documents.issue": (P.INTAKE_VIEW,),
    "issued_documents.list_issued": (P.DOCUMENT_REPRINT,),
    "issued_documents.original_pdf": (P.DOCUMENT_REPRINT,),
    "issued_documents.reprint": (P.DOCUMENT_REPRINT,),
    "issued_documents.reprint_checked": (P.DOCUMENT_REPRINT,),
    "mediation.agreements.agreement_for_print": (P.MEDIATION_READ,),
    "mediation.agreements.record_judicial_application": (P.MEDIATION_WRITE,),
    "mediation.agreements.record_signed": (P.MEDIATION_WRITE,),
    "mediation.agreements.save_agreement": (P.MEDIATION_WRITE,),
    "mediation.bookings.bookings_between": (P.ROOM_BOOK,),
    "mediation.bookings.cancel_booking": (P.ROOM_BOOK, P.MEDIATION_WRITE),
    "mediation.bookings.create_booking": (P.ROOM_BOOK,),
    "mediation.bookings.move_booking": (P.ROOM_BOOK, P.MEDIATION_WRITE),
    "mediation.casefile.case_file": (P.MEDIATION_READ,),
    "mediation.casefile.cover_for_print": (P.MEDIATION_READ,),
    "mediation.casefile.set_file_item": (P.MEDIATION_WRITE,),
    "mediation.cases.case_revisions": (P.MEDIATION_READ,),
    "mediation.cases.close_case": (P.MEDIATION_WRITE,),
    "mediation.cases.get_case": (P.MEDIATION_READ,),
    "mediation.cases.list_cases": (P.MEDIATION_READ,),
    "mediation.cases.register_case": (P.MEDIATION_REGISTER_REQUEST,),
    "mediation.cases.remove_party": (P.MEDIATION_WRITE,),
    "mediation.cases.reopen_case": (P.MEDIATION_WRITE,),
    "mediation.cases.save_party": (P.MEDIATION_WRITE,),
    "mediation.cases.update_case": (P.MEDIATION_WRITE,),
    "mediation.duty_roster.add_exception": (P.MEDIATION_MANAGE,),
    "mediation.duty_roster.add_shift": (P.MEDIATION_MANAGE,),
    "mediation.duty_roster.duty_roster": (P.ROOM_BOOK,),
    "mediation.duty_roster.list_exceptions": (P.ROOM_BOOK,),
    "mediation.duty_roster.list_shifts": (P.ROOM_BOOK,),
    "mediation.duty_roster.remove_exception": (P.MEDIATION_MANAGE,),
    "mediation.duty_roster.remove_shift": (P.MEDIATION_MANAGE,),
    "mediation.followups.add_followup": (P.MEDIATION_WRITE,),
    "mediation.forms.print_form": (P.MEDIATION_READ,),
    "mediation.numbering.numbering": PUBLIC,
    "mediation.numbering.preview_next_number": PUBLIC,
    "mediation.numbering.set_numbering": (P.MEDIATION_MANAGE,),
    "mediation.printing.print_agreement": (P.MEDIATION_READ,),
    "mediation.printing.copies_state": (P.MEDIATION_READ,),
    "mediation.printing.print_cover": (P.MEDIATION_READ,),
    "mediation.records.add_session": (P.MEDIATION_WRITE,),
    "mediation.rooms_roster.add_closure": (P.MEDIATION_MANAGE,),
    "mediation.rooms_roster.list_closures": (P.ROOM_BOOK,),
    "mediation.rooms_roster.list_rooms": (P.ROOM_BOOK,),
    "mediation.rooms_roster.list_staff": (P.ROOM_BOOK,),
    "mediation.rooms_roster.remove_closure": (P.MEDIATION_MANAGE,),
    "mediation.rooms_roster.save_room": (P.MEDIATION_MANAGE,),
    "mediation.rooms_roster.save_staff": (P.MEDIATION_MANAGE,),
    "queue.board.calls_since": NO_ACTOR,
    "queue.board.hall_board": NO_ACTOR,
    "queue.board.last_event_id": NO_ACTOR,
    "queue.board.service_queues": NO_ACTOR,
    "queue.board.waiting_tickets": NO_ACTOR,
    "queue.calling.call_next": (P.QUEUE_SERVE,),
    "queue.calling.call_number": (P.QUEUE_SERVE, P.QUEUE_CALL_SPECIFIC),
    "queue.calling.recall": (P.QUEUE_SERVE,),
    "queue.calling.recall_missed": (P.QUEUE_SERVE,),
    "queue.config.get_queue_settings": NO_ACTOR,
    "queue.config.list_services": NO_ACTOR,
    "queue.config.save_queue_settings": (P.QUEUE_MANAGE,),
    "queue.config.save_service": (P.QUEUE_MANAGE,),
    "queue.config.set_window_services": (P.QUEUE_MANAGE,),
    "queue.config.window_services": NO_ACTOR,
    "queue.issuing.issue_ticket": (P.QUEUE_ISSUE,),
    "queue.serving.finish_service": (P.QUEUE_SERVE,),
    "queue.serving.mark_no_show": (P.QUEUE_SERVE,),
    "queue.serving.start_service": (P.QUEUE_SERVE,),
    "queue.serving.ticket_history": (P.QUEUE_SERVE,),
    "queue.serving.transfer": (P.QUEUE_SERVE,),
    "queue.serving.transfer_targets": (P.QUEUE_SERVE,),
    "queue.window_state.pause_window": (P.QUEUE_SERVE,),
    "queue.window_state.resume_window": (P.QUEUE_SERVE,),
    "queue.window_state.take_window": (P.QUEUE_SERVE,),
    "queue.window_state.leave_window": (P.QUEUE_SERVE,),
    "queue.help.ask_for_help": (P.QUEUE_ISSUE,),
    "queue.help.open_help_requests": (P.QUEUE_SERVE,),
    "queue.help.answer_help": (P.QUEUE_SERVE,),
    "queue.window_state.window_status": PUBLIC,
    "report.closing.add_note": (P.DAY_CLOSE,),
    "report.closing.close_day": (P.DAY_CLOSE,),
    "report.closing.delete_note": (P.DAY_CLOSE,),
    "report.closing.edit_note": (P.DAY_CLOSE,),
    "report.export.export_pdf": (P.REPORT_VIEW,),
    "report.export.station_header": NO_ACTOR,
    "report.log.daily_log": (P.REPORT_VIEW,),
    "report.log.frozen_figures": (P.REPORT_VIEW,),
    "station.get_setting": NO_ACTOR,
    "station.get_station": NO_ACTOR,
    "station.list_settings": PUBLIC,
    "station.set_setting": (P.STATION_EDIT,),
    "station.set_settings": (P.STATION_EDIT,),
    "station.update_station": (P.STATION_EDIT,),
    "users.add_user": (P.USERS_MANAGE,),
    "users.create_first_admin": NO_ACTOR,
    "users.has_users": NO_ACTOR,
    "users.list_users": (P.USERS_MANAGE,),
    "users.set_active": (P.USERS_MANAGE,),
    "users.set_password": (P.USERS_MANAGE,),
    "users.set_role": (P.USERS_MANAGE,),
    "users.unlock": (P.USERS_MANAGE,),
    "windows.add_window": (P.QUEUE_MANAGE,),
    "windows.list_windows": NO_ACTOR,
    "windows.remove_window": (P.QUEUE_MANAGE,),
    "windows.update_window": (P.QUEUE_MANAGE,),
}

# Arguments that reach the permission check that matters (the made-up ones would stop earlier).
OVERRIDES: dict[str, dict[str, Any]] = {
    "issued_documents.issue": {"kind": RECEIPT_KIND},  # a receipt needs INTAKE_VIEW
    # No such document: the check under test is DOCUMENT_REPRINT itself. The demo's first document is a
    # queue slip, whose own kind permission (QUEUE_ISSUE) test_issued_documents checks.
    **{f"issued_documents.{name}": {"doc_id": 10**6}
       for name in ("check_reproduction", "original_pdf", "reprint", "reprint_checked")},
    "station.set_setting": {"key": "auth.max_failed_attempts", "value": 5},
    "station.set_settings": {"changes": {"auth.max_failed_attempts": 5}},
    "mediation.bookings.cancel_booking": {"booking_id": 1},  # the demo's first booking is a case's session
    "mediation.bookings.move_booking": {"booking_id": 1},
}


def _neutral(tp: Any) -> Any:
    """A plain, harmless value of the annotated type (the input rule lets it through)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        present = [a for a in args if a is not type(None)]
        return _neutral(present[0]) if present else None
    simple = {bool: False, int: 1, float: 1.0, str: "x", bytes: b"x",
              datetime: datetime(2026, 11, 20, 2, tzinfo=timezone.utc), date: date(2026, 11, 20),
              Path: Path("/nonexistent-grid-desk-permissions/x")}
    if tp in simple:
        return simple[tp]
    if tp in (Any, object):
        return "x"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return list(tp)[0]
    if origin in (list, collections.abc.Sequence):
        return []
    if origin is tuple:
        return ()
    if origin is dict:
        return {}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        return tp(**{f.name: _neutral(hints[f.name]) for f in dataclasses.fields(tp)
                     if f.init and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING})
    return None  # e.g. a DailyLog built by the program itself: the permission check comes first


def _arguments(fn: Callable[..., Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(fn)
    made = {name: _neutral(hints[name]) for name, p in inspect.signature(fn).parameters.items()
            if name not in ("desk", "actor") and p.default is p.empty and p.kind is not p.VAR_KEYWORD}
    return {**made, **OVERRIDES.get(qualname(fn), {})}


def _cast(desk: Desk) -> dict[str, Actor]:
    cast = actors(desk)
    cast["display"] = Actor(None, "display", "叫号屏", Role.CLERK, 1, "display", only=frozenset())
    return cast


def _expected_refused(actor: Actor, needs: tuple[P, ...]) -> bool:
    return not all(actor.can(permission) for permission in needs)


def test_every_public_service_function_has_a_row() -> None:
    names = {qualname(fn) for fn in entry_points()}
    assert sorted(names - set(TABLE)) == [], "add these to TABLE with the permission they need"
    assert sorted(set(TABLE) - names) == [], "these rows name functions that no longer exist"


def test_functions_without_an_actor_are_declared_so() -> None:
    for fn in entry_points():
        takes_actor = "actor" in inspect.signature(fn).parameters
        assert (TABLE[qualname(fn)] == NO_ACTOR) == (not takes_actor), qualname(fn)


def test_each_role_and_device_is_refused_exactly_as_the_table_says(seeded_sqlite: Path, tmp_path: Path) -> None:
    mismatches: list[str] = []
    checked = 0
    for fn in entry_points():
        name = qualname(fn)
        needs = TABLE[name]
        if needs == NO_ACTOR:
            continue
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(seeded_sqlite, path)
        desk = Desk(Database("sqlite:///" + path.as_posix()), clock=FakeClock())
        try:
            for who, actor in _cast(desk).items():
                try:
                    fn(desk, actor, **_arguments(fn))
                    refused = False
                except PermissionDenied:
                    refused = True
                except Exception:  # noqa: BLE001 - a sentence about the made-up input: the check let it through
                    refused = False
                expected = False if needs == PUBLIC else _expected_refused(actor, needs)  # type: ignore[arg-type]
                checked += 1
                if refused != expected:
                    mismatches.append(f"{name} as {who}: {'refused' if refused else 'allowed'}, "
                                      f"table says {'refused' if expected else 'allowed'}")
        finally:
            desk.db.dispose()
    print(f"\npermission table: {checked} calls checked, {len(mismatches)} mismatches")
    assert mismatches == []
