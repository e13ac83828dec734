"""Who may touch which table on PostgreSQL: table -> Grid Desk group -> privileges.

``"; "`` separates statements (a column grant beside a table grant); ``SELECT (*except col)`` means
every column but those. A group missing from a table's entry holds nothing on it. Every model table
must have an entry (``tests/pg/test_pg_roles.py`` fails otherwise): a new capability decides here.
"""

from __future__ import annotations

from desk.store.pgroles import GROUPS, STAFF

S, SI, SIU, SIUD = "SELECT", "SELECT, INSERT", "SELECT, INSERT, UPDATE", "SELECT, INSERT, UPDATE, DELETE"
MANAGERS = ("manager", "admin")
INTAKE = ("clerk", "manager", "admin")
MEDIATORS = ("mediator", "manager", "admin")

# What a hall terminal may see of a ticket: never the citizen's name or phone, nor the clerk.
PUBLIC_TICKET_COLUMNS = (
    "id, station_id, day, prefix, serial, number, service_id, issued_service_id, priority, status, counter_id, "
    "target_counter_id, source, call_count, issued_at, called_at, started_at, finished_at, no_show_at, "
    "transferred_at"
)

# What signing in and changing one's own password write on one's own row (row-level security limits the row).
SIGN_IN_COLUMNS = ("password_hash, failed_attempts, locked_until, last_failed_at, lockouts, last_sign_in, "
                   "must_change_password")


def _each(groups: tuple[str, ...], privileges: str) -> dict[str, str]:
    return {group: privileges for group in groups}


def _merge(*parts: dict[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for part in parts:
        for group, privileges in part.items():
            merged[group] = f"{merged[group]}; {privileges}" if group in merged else privileges
    return merged


# table -> group -> privileges ("; " separates statements, e.g. a column grant beside a table grant).
# A group missing from a table's entry holds nothing on it.
PLAN: dict[str, dict[str, str]] = {
    "alembic_version": _each(GROUPS, S),
    # foundation
    "station": _merge(_each(GROUPS, S), _each(MANAGERS, "UPDATE")),
    "station_setting": _merge(_each(GROUPS, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    # Staff read colleagues' names; updates are limited by row-level security (see _RLS).
    "app_user": _merge(_each(STAFF, S), _each(("clerk", "mediator"), f"UPDATE ({SIGN_IN_COLUMNS})"),
                       _each(MANAGERS, "INSERT, UPDATE")),
    # The chain head: every writer moves it (SELECT ... FOR UPDATE needs UPDATE); the display polls it.
    "audit_head": _merge(_each(("admin", "manager", "clerk", "mediator", "kiosk"), "SELECT, UPDATE (last_seq, last_hash)"),
                         {"display": S}),
    # Who looked at whose personal data: appended by whoever read it, read by managers, never changed.
    "access_record": _merge(_each(("clerk", "mediator"), "INSERT; SELECT (id)"), _each(MANAGERS, SI)),
    # Operation ids (safe retries): every writer records its own and prunes day-old ones.
    "operation_log": _each(("admin", "manager", "clerk", "mediator", "kiosk"), "SELECT, INSERT, DELETE"),
    # Audit records are appended, never changed; only managers read them.
    "audit_record": _merge(_each(("clerk", "mediator", "kiosk"), "INSERT; SELECT (id)"), _each(MANAGERS, SI)),
    # The salt of the row digests: nobody's; read only inside the owner's griddesk_row_digests (SECURITY DEFINER).
    "audit_secret": {},
    # calendar and catalogue
    "calendar_day": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "calendar_year": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "service_category": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "service_item": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "service_material": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    # one-window intake: clerks and managers; mediators never see it
    "intake_counter": _each(INTAKE, SIU),
    # A clerk writes ID numbers and looks them up (griddesk_applicants_by_id_number) but never reads one;
    # screens show id_masked. Managers and administrators read them (audited reveals).
    "applicant": _merge(_each(MANAGERS, SIU), {"clerk": "INSERT, UPDATE; SELECT (*except id_number)"}),
    "applicant_key": _each(INTAKE, SIUD),
    "intake_case": _merge(_each(MANAGERS, SIU), {"clerk": "INSERT, UPDATE; SELECT (*except proxy_id_number)"}),
    "intake_case_event": _each(INTAKE, SI),
    "intake_case_clock": _each(INTAKE, SIU),  # a clerk pauses and resumes (Art. 45); a manager extends
    "intake_case_material": _each(INTAKE, SIUD),
    "consultation": _each(("clerk", "mediator", "manager", "admin"), SIU),
    "rating": _each(INTAKE, SIU),
    # documents (receipts, notices, agreements) are issued and reprinted by staff
    # The kiosk keeps each slip it prints (the payload only), so a slip can be found and reprinted.
    "issued_document": _merge(_each(STAFF, SI), {"kiosk": "INSERT; SELECT (id)"}),
    "issued_document_reprint": _each(STAFF, SI),
    # daily log
    "daily_note": _each(MANAGERS, SIUD),
    "report_day_close": _each(MANAGERS, SIU),
    # queue: the kiosk issues numbers, the display reads calls and counts without names or phones
    "counter": _merge(_each(GROUPS, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "queue_service": _merge(_each(GROUPS, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "queue_window_service": _merge(_each(STAFF, S), _each(MANAGERS, "INSERT, UPDATE, DELETE")),
    "queue_window_state": _merge(_each(INTAKE, SIU), {"display": S}),
    "queue_day_counter": _merge(_each((*INTAKE, "kiosk"), SIU), {"display": S}),
    "queue_ticket": _merge(_each(INTAKE, SIU), {"kiosk": f"INSERT; SELECT ({PUBLIC_TICKET_COLUMNS})",
                                                "display": f"SELECT ({PUBLIC_TICKET_COLUMNS})"}),
    "queue_ticket_event": _merge(_each(INTAKE, SI), {"kiosk": "INSERT; SELECT (id)", "display": S}),
    # the kiosk's 呼叫工作人员: it asks (and sees its own open request); staff answer
    "queue_help_request": _merge(_each(INTAKE, SIU), {"kiosk": "INSERT; SELECT"}),
    # mediation: rooms and bookings are shared (clerks book rooms); cases are the mediators'
    "med_room": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_room_closure": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_staff": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_shift": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_shift_exception": _merge(_each(STAFF, S), _each(MEDIATORS, "INSERT, UPDATE, DELETE")),
    "med_booking": _each(STAFF, SIU),
    "med_booking_staff": _each(STAFF, SIUD),
    # A clerk may register a mediation request (受理登记) but never read a case back.
    "med_case_counter": _each((*MEDIATORS, "clerk"), SIU),
    "med_case": _merge(_each(MEDIATORS, SIU), {"clerk": "INSERT; SELECT (id)"}),
    "med_party": _merge(_each(MEDIATORS, SIUD), {"clerk": "INSERT; SELECT (id)"}),
    "med_session": _each(MEDIATORS, SIUD),
    "med_agreement": _each(MEDIATORS, SIUD),
    "med_agreement_term": _each(MEDIATORS, SIUD),
    "med_followup": _each(MEDIATORS, SIUD),
    "med_file_item": _each(MEDIATORS, SIUD),
}
