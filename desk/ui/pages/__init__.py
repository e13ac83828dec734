"""The pages of the main window, in navigation order. A capability adds its page with one entry here;
the main window shows only the pages the signed-in role may use (the services refuse the rest anyway)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desk.core.errors import QT_TRANSLATE_NOOP
from desk.core.permissions import Permission
from desk.services.context import Actor


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text in context "Navigation"
    target: str  # "module:Class"; imported only when the page is first opened (start-up speed)
    permission: Permission | None = None

    def create(self, context: object) -> QWidget:
        module_name, class_name = self.target.split(":")
        page_class = getattr(importlib.import_module(module_name), class_name)
        return page_class(context)


PAGES: list[PageSpec] = [
    PageSpec("home", QT_TRANSLATE_NOOP("Navigation", "Home"), "desk.ui.pages.home:HomePage"),
    PageSpec("queue", QT_TRANSLATE_NOOP("Navigation", "Queue"), "desk.ui.queue.workbench:QueueWorkbench",
             Permission.QUEUE_SERVE),
    PageSpec("queue_setup", QT_TRANSLATE_NOOP("Navigation", "Queue setup"),
             "desk.ui.queue.setup_page:QueueSetupPage", Permission.QUEUE_MANAGE),
    PageSpec("intake", QT_TRANSLATE_NOOP("Navigation", "One-window intake"),
             "desk.ui.intake.intake_page:IntakePage", Permission.INTAKE_ACCEPT),
    PageSpec("intake_cases", QT_TRANSLATE_NOOP("Navigation", "Cases"), "desk.ui.intake.case_list:CasesPage",
             Permission.INTAKE_VIEW),
    PageSpec("intake_supervision", QT_TRANSLATE_NOOP("Navigation", "Supervision (督办)"),
             "desk.ui.intake.supervision_page:SupervisionPage", Permission.INTAKE_SUPERVISE),
    PageSpec("consultations", QT_TRANSLATE_NOOP("Navigation", "Consultations"),
             "desk.ui.intake.consultations_page:ConsultationsPage", Permission.CONSULT_LOG),
    PageSpec("ratings", QT_TRANSLATE_NOOP("Navigation", "Ratings and follow-ups"),
             "desk.ui.intake.ratings_page:RatingsPage", Permission.RATING_FOLLOW_UP),
    PageSpec("catalogue", QT_TRANSLATE_NOOP("Navigation", "Service catalogue"),
             "desk.ui.intake.catalogue_page:CataloguePage", Permission.CATALOGUE_MANAGE),
    PageSpec("calendar", QT_TRANSLATE_NOOP("Navigation", "Working-day calendar"),
             "desk.ui.intake.calendar_page:CalendarPage", Permission.CALENDAR_MANAGE),
    PageSpec("mediation_rooms", QT_TRANSLATE_NOOP("Navigation", "Mediation rooms"),
             "desk.ui.mediation.bookings_page:BookingsPage", Permission.ROOM_BOOK),
    PageSpec("mediation_cases", QT_TRANSLATE_NOOP("Navigation", "Mediation cases"),
             "desk.ui.mediation.cases_page:MediationCasesPage", Permission.MEDIATION_REGISTER_REQUEST),
    PageSpec("mediation_roster", QT_TRANSLATE_NOOP("Navigation", "Duty roster"),
             "desk.ui.mediation.roster_page:RosterPage", Permission.ROOM_BOOK),
    PageSpec("users", QT_TRANSLATE_NOOP("Navigation", "Users"), "desk.ui.pages.users:UsersPage",
             Permission.USERS_MANAGE),
    PageSpec("station", QT_TRANSLATE_NOOP("Navigation", "Station"), "desk.ui.pages.station:StationPage",
             Permission.STATION_EDIT),
    PageSpec("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"), "desk.ui.pages.audit:AuditPage",
             Permission.AUDIT_VIEW),
    PageSpec("access_log", QT_TRANSLATE_NOOP("Navigation", "Personal-data reads"),
             "desk.ui.pages.access_log:AccessLogPage", Permission.AUDIT_VIEW),
    PageSpec("documents", QT_TRANSLATE_NOOP("Navigation", "Issued documents"),
             "desk.ui.pages.documents:DocumentsPage", Permission.DOCUMENT_REPRINT),
    PageSpec("daily_log", QT_TRANSLATE_NOOP("Navigation", "Daily log"), "desk.ui.report.page:DailyLogPage",
             Permission.REPORT_VIEW),
]


def pages_for(actor: Actor) -> list[PageSpec]:
    return [page for page in PAGES if page.permission is None or actor.can(page.permission)]
