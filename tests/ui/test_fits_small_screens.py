"""Every page and every dialog fits a 1366×768 office screen and 1080p at 150 % (1280×720 logical),
each less a 40 px task bar, in Chinese and in English, with the real theme, on a demo station.

A page or dialog that needs more than that pushes its buttons off screen where nobody can reach them
(the mediation case page once forced the window to 914 px). Long content scrolls instead. A label or
button narrower than its text shows the text cut off; that is checked in every dialog and page.

``GRID_DESK_SHOTS=/some/folder`` also saves a picture of each page (at 1280×680) and dialog, to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QTabWidget, QWidget

from desk.cli.common import cli_actor
from desk.core.permissions import Role
from desk.demo import DemoRun, populate
from desk.services.auth import sign_in
from desk.services.context import Desk
from desk.services.intake import case_queries, catalogue
from desk.services.mediation import cases as med_cases
from desk.services.mediation import rooms_roster
from desk.services.mediation.rows import PartyInput
from desk.services.queue.config import list_services
from desk.ui.context import UiContext
from desk.ui.i18n import install_translators
from desk.ui.main_window import MainWindow
from desk.ui.terminal_settings import TerminalSettings
from desk.ui.theme import apply_theme
from tests.conftest import FakeClock, admin_actor, make_actor
from tests.ui.conftest import ui_context

SCREENS = [(1366, 728), (1280, 680)]  # 1366×768 and 1920×1080 at 150 %, less a task bar
LIMIT_W, LIMIT_H = min(w for w, _h in SCREENS), min(h for _w, h in SCREENS)
SHOTS = os.environ.get("GRID_DESK_SHOTS")
COUNTER_PAGES = {"queue", "intake"}  # used all day at the counter: everything on screen without scrolling
DIALOG_CLASS = re.compile(r"^class (\w+)\((QDialog|_ServiceDialog|FormDialog)\)", re.MULTILINE)


@pytest.fixture
def demo_desk(sqlite_desk: Desk, clock: FakeClock) -> Desk:
    """A demo station (a week of history): real lists, real cases, the longest demo names."""
    clock.now = datetime(2026, 11, 20, 2, 15, tzinfo=timezone.utc)  # a Friday, 10:15 in the station
    populate(DemoRun(sqlite_desk, cli_actor(), date(2026, 11, 20), days=5))
    sqlite_desk.test_admin = sign_in(sqlite_desk, "admin", "griddesk-demo").actor  # type: ignore[attr-defined]
    return sqlite_desk


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    apply_theme(qapp)  # the theme decides padding, fonts and upper-casing: measure what users see
    yield request.param
    qapp.setStyleSheet("")
    install_translators(qapp, "en")


def _settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()


def _text_need(widget: QWidget) -> QSize | None:
    """The room a widget's text needs, or None when it has none that could be cut off."""
    if isinstance(widget, QLabel):
        plain = widget.text() and not widget.wordWrap() and widget.pixmap().isNull()
        return widget.minimumSizeHint() if plain else None
    if isinstance(widget, QAbstractButton):
        return widget.minimumSizeHint() if widget.text() else None
    if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        # the hint in an empty field says what to type; cut off mid-word it says little
        return QSize(widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 16, 0)
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Labels, buttons and empty fields' hints shown narrower or lower than their text needs."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        need = _text_need(widget)
        if need is not None and (widget.width() < need.width() or widget.height() < need.height()):
            text = widget.placeholderText() if isinstance(widget, QLineEdit) else widget.text()  # type: ignore[attr-defined]
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()}x{widget.height()} "
                         f"< {need.width()}x{need.height()}")
    return found


def too_big(widget: QWidget) -> str | None:
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if need.width() > LIMIT_W or need.height() > LIMIT_H:
        return f"needs at least {need.width()}×{need.height()}, more than {LIMIT_W}×{LIMIT_H}"
    return None


def _save(widget: QWidget, language: str, name: str) -> None:
    if SHOTS:
        folder = Path(SHOTS) / language
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


def _show_a_decided_visit(page: QWidget, context: UiContext) -> None:
    """The intake page at its fullest: an applicant chosen, materials listed, the decision banner shown."""
    from desk.services.intake.applicants import search_applicants

    items = page.items  # type: ignore[attr-defined]
    items.setCurrentRow(max(range(items.count()), key=lambda i: len(getattr(
        items.item(i).data(Qt.ItemDataRole.UserRole), "materials", ()) or ())))
    companies = search_applicants(context.desk, context.actor, "示范市")  # the demo's longest names
    assert companies, "the demo station has no company applicant"
    page.applicant.set_applicant(max(companies, key=lambda a: len(a.name)))  # type: ignore[attr-defined]
    case = case_queries.list_cases(context.desk, context.actor)[0]
    page.banner.show_case(case_queries.get_case(context.desk, context.actor, case.id))  # type: ignore[attr-defined]
    page._set_form_open(False)  # type: ignore[attr-defined] # as after a decision


def _open_a_case(window: MainWindow) -> None:
    """The mediation page is at its tallest with a case open (every tab filled in)."""
    page = window.open_page("mediation_cases")
    view, model = getattr(page, "view", None), getattr(page, "model", None)  # a clerk's page has neither
    if view is not None and model is not None and model.rowCount():
        view.selectRow(0)


def test_every_page_fits_the_screen(demo_desk: Desk, language: str, qtbot, qapp) -> None:  # type: ignore[no-untyped-def, unused-ignore]
    """Each role's window, every page it may open (every tab of a page), at 1280×680."""
    problems: list[str] = []
    for role in (Role.ADMIN, Role.MANAGER, Role.CLERK, Role.MEDIATOR):
        actor = admin_actor(demo_desk) if role is Role.ADMIN else make_actor(demo_desk, f"fit{role.value}", role)
        context = ui_context(demo_desk, actor)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(LIMIT_W, LIMIT_H)
        window.show()
        try:
            for key in window.page_keys():
                problems += [f"{role.value} {problem}" for problem in _page_problems(window, key, language, qapp)]
        finally:
            context.changes.stop()
            window.close()
    assert not problems, "\n".join(problems)


def _page_problems(window: MainWindow, key: str, language: str, qapp: QApplication) -> list[str]:
    page = window.open_page(key)
    if key == "mediation_cases":
        _open_a_case(window)
    problems = []
    tabs = page.findChildren(QTabWidget)
    states = max((t.count() for t in tabs), default=0) or (2 if key == "intake" else 1)
    for index in range(states):
        for tab in tabs:
            if index < tab.count():
                tab.setCurrentIndex(index)
        if key == "intake" and index == 1:
            _show_a_decided_visit(page, window.context)
        _settle(qapp)
        problem = too_big(window)
        if problem:
            problems.append(f"page {key} (tab {index}): the window {problem}")
        window.resize(LIMIT_W, LIMIT_H)
        _settle(qapp)
        room = window.stack.size()
        if page.minimumSizeHint().width() > room.width():  # long pages scroll down, never sideways
            problems.append(f"page {key} (tab {index}): needs {page.minimumSizeHint().width()} px wide, "
                            f"the window gives it {room.width()}")
        if key in COUNTER_PAGES and index == 0 and page.minimumSizeHint().height() > room.height():
            problems.append(f"page {key}: needs {page.minimumSizeHint().height()} px high, the window gives it "
                            f"{room.height()}; the clerk would scroll for the buttons with a citizen waiting")
        if key == "intake" and index == 1:  # decided: what is left to do is on screen (the spent row may scroll)
            banner = page.banner  # type: ignore[attr-defined]
            for button in (banner.reprint_button, banner.rate_button, banner.next_button):
                corner = button.mapTo(window.stack, button.rect().bottomRight())
                if not button.isVisible() or corner.y() > room.height() or corner.x() > room.width():
                    problems.append(f"page intake, decided: {button.text()!r} is off screen")
        problems += [f"page {key} (tab {index}): {text}" for text in clipped_texts(page)]
        _save(window, language, f"{window.context.actor.role.value}-{key}" + (f"-{index}" if tabs else ""))
    return problems


def _a4_pdf() -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawString(72, 760, "Grid Desk")
    canvas.save()
    return out.getvalue()


def _dialogs(context: UiContext, clerk: UiContext) -> dict[str, Callable[[], QDialog]]:
    """Every dialog of the desk, filled from the demo station."""
    from desk.services.intake.applicants import search_applicants
    from desk.services.intake.calendar import current_calendar
    from desk.ui.intake.applicant_dialog import ApplicantDialog
    from desk.ui.intake.case_detail import CaseDialog
    from desk.ui.intake.clock_dialogs import ExtensionDialog, PauseDialog
    from desk.ui.intake.item_dialog import ItemDialog
    from desk.ui.intake.pledge_dialog import PledgeDialog
    from desk.ui.intake.rating_dialog import RatingDialog
    from desk.ui.intake.refusal_dialog import RefusalDialog
    from desk.ui.mediation.booking_dialog import BookingDialog
    from desk.ui.mediation.case_detail import CloseCaseDialog
    from desk.ui.mediation.case_tabs import SessionDialog
    from desk.ui.mediation.edit_case_dialog import EditCaseDialog
    from desk.ui.mediation.followup_casefile_tabs import FollowUpDialog
    from desk.ui.mediation.party_dialog import PartyDialog
    from desk.ui.mediation.print_forms import CoverDialog, PrintFormsDialog
    from desk.ui.mediation.register_dialog import RegisterCaseDialog
    from desk.ui.mediation.roster_dialogs import (
        closure_dialog,
        exception_dialog,
        room_dialog,
        shift_dialog,
        staff_dialog,
    )
    from desk.ui.mediation.roster_removal import RemovalDialog
    from desk.ui.mediation.signing_dialogs import JudicialDialog, SignedDialog
    from desk.ui.pages.users import AddUserDialog
    from desk.ui.password_dialog import ChangePasswordDialog
    from desk.ui.printing import PreviewDialog
    from desk.ui.queue.workbench_dialogs import CallNumberDialog, TransferDialog, WalkInDialog
    from desk.ui.settings_dialog import SettingsDialog
    from desk.ui.signin import SignInDialog

    desk, actor = context.desk, context.actor
    med_case = max(med_cases.list_cases(desk, actor), key=lambda r: len(r.parties) + len(r.title))
    detail = med_cases.get_case(desk, actor, med_case.id)
    rooms = rooms_roster.list_rooms(desk, actor)
    staff = rooms_roster.list_staff(desk, actor)
    intake_case = case_queries.list_cases(desk, actor)[0]
    intake_detail = case_queries.get_case(desk, actor, intake_case.id)
    holder = QWidget()  # the intake clock dialogs need a parent
    item = max(catalogue.search_items(desk, actor), key=lambda i: len(i.name))
    applicant = search_applicants(desk, actor, "示范")[0] if search_applicants(desk, actor, "示范") else None
    services = list_services(desk, actor.station_id, active_only=True)
    pdf = _a4_pdf()
    party = PartyInput(name="示范市幸福家园物业管理服务有限公司第一分公司", side="respondent", kind="organisation",
                       uscc="91110000MA01ABCD2X", address="示范市幸福路街道幸福家园小区十二号楼一单元物业服务中心",
                       legal_rep="欧阳建国", agent="司马晓梅")
    return {
        "ApplicantDialog": lambda: ApplicantDialog(context, existing=applicant, guess="110101198001010011"),
        "CaseDialog": lambda: CaseDialog(context, intake_case.id),
        "ExtensionDialog": lambda: ExtensionDialog(holder, intake_detail, context.today()),
        "PauseDialog": lambda: PauseDialog(holder, context.today()),
        "EditCaseDialog": lambda: EditCaseDialog(context, detail),
        "PrintFormsDialog": lambda: PrintFormsDialog(context, detail.id),
        "CoverDialog": lambda: CoverDialog(["调解记录", "回访记录", "人民调解协议书（示范市幸福物业管理有限公司）"]),
        "RemovalDialog": lambda: RemovalDialog(
            "周期排班", lambda: [(s.id, f"{s.name}（{s.organisation}）") for s in staff], lambda _id: None),
        "ItemDialog": lambda: ItemDialog(context, None, item),
        "RatingDialog": lambda: RatingDialog(context, case_id=intake_case.id),
        # The longest 容缺 material names a clerk may list (the demo catalogue's own are shorter).
        "PledgeDialog": lambda: PledgeDialog(clerk, current_calendar(desk), [
            "施工单位营业执照副本复印件（加盖示范市幸福家园物业管理有限公司公章）",
            "装饰装修施工合同（与示范市幸福家园物业管理有限公司签订，含工期及安全责任条款）"]),
        "RefusalDialog": lambda: RefusalDialog(None, lambda *_a: None),
        "BookingDialog": lambda: BookingDialog(context, rooms, staff, room_id=rooms[0].id, day=context.today(),
                                               start_min=9 * 60),
        "CloseCaseDialog": lambda: CloseCaseDialog(context, detail.id),
        "SessionDialog": lambda: SessionDialog(context, detail.id, "session"),
        "FollowUpDialog": lambda: FollowUpDialog(context, detail),
        "PartyDialog": lambda: PartyDialog(context.today(), party),
        "RegisterCaseDialog": lambda: RegisterCaseDialog(context),
        "FormDialog": lambda: staff_dialog(context, None, staff[0]),  # type: ignore[arg-type]
        "FormDialog shift": lambda: shift_dialog(context, staff, None),  # type: ignore[arg-type]
        "FormDialog exception": lambda: exception_dialog(context, staff, None),  # type: ignore[arg-type]
        "FormDialog room": lambda: room_dialog(context, None, rooms[0]),  # type: ignore[arg-type]
        "FormDialog closure": lambda: closure_dialog(context, None),  # type: ignore[arg-type]
        "SignedDialog": lambda: SignedDialog(context, detail.id),
        "JudicialDialog": lambda: JudicialDialog(context, detail.id),
        "AddUserDialog": lambda: AddUserDialog(context),
        "ChangePasswordDialog": lambda: ChangePasswordDialog(context),
        "PreviewDialog": lambda: PreviewDialog(pdf, "intake.receipt", "受理通知书"),
        "TransferDialog": lambda: TransferDialog(
            "A012", services, lambda _service: [SimpleNamespace(number=n) for n in (1, 2, 3, 12)], lambda *_a: None),
        "CallNumberDialog": lambda: CallNumberDialog(QApplication.translate("QueueWorkbench", "Call a number"),
                                                     lambda _n: None),
        "WalkInDialog": lambda: WalkInDialog(services, lambda *_a: None),
        "SettingsDialog": lambda: SettingsDialog(TerminalSettings()),
        "SignInDialog": lambda: SignInDialog("unused", TerminalSettings(), desk=desk),
    }


def test_the_catalogue_names_every_dialog() -> None:
    """A new dialog must be added to ``_dialogs`` so it is measured too."""
    root = Path(__file__).resolve().parents[2] / "desk" / "ui"
    declared = {m.group(1) for path in root.rglob("*.py") for m in DIALOG_CLASS.finditer(path.read_text("utf-8"))}
    declared.discard("_ServiceDialog")  # the base of the workbench's dialogs, never shown itself
    measured = set(re.findall(r'^ +"(\w+)[^"]*": lambda', Path(__file__).read_text("utf-8"), re.MULTILINE))
    assert declared <= measured, f"dialogs not measured: {sorted(declared - measured)}"


def test_every_dialog_fits_and_shows_its_text(demo_desk: Desk, language: str, qtbot, qapp) -> None:  # type: ignore[no-untyped-def, unused-ignore]
    context = ui_context(demo_desk, admin_actor(demo_desk))
    clerk = ui_context(demo_desk, make_actor(demo_desk, "fitclerk", Role.CLERK))
    problems = []
    try:
        for name, make in _dialogs(context, clerk).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()  # at the size Qt opens it with
            _settle(qapp)
            problem = too_big(dialog)
            if problem:
                problems.append(f"{name} {problem}")
            problems += [f"{name}: {text}" for text in clipped_texts(dialog)]
            _save(dialog, language, name)
            dialog.close()
    finally:
        context.changes.stop()
        clerk.changes.stop()
    assert not problems, "\n".join(problems)


def test_the_theme_writes_words_as_they_are(language: str, qtbot) -> None:  # type: ignore[no-untyped-def, unused-ignore]
    """qt-material upper-cased buttons, tabs and group titles after Qt had measured their text, so
    English was cut off ("ERVIC" for "Service"); it also greyed group titles to 40 %."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QGroupBox, QPushButton, QTabBar

    for widget in (QPushButton("Very dissatisfied"), QGroupBox("1. Service item"), QTabBar()):
        qtbot.addWidget(widget)
        widget.ensurePolished()
        assert widget.font().capitalization() == QFont.Capitalization.MixedCase, type(widget).__name__
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert re.search(r"QGroupBox::title \{ color: #555555; \}", sheet)  # 6.9:1 on the light themes
