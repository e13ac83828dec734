"""The GUI shell: sign-in, first administrator, role-filtered pages, audit page, settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog

from desk.core.permissions import Role
from desk.services import audit, users
from desk.services.context import Desk
from desk.store import paths
from desk.ui.main_window import MainWindow
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.signin import SignInDialog
from desk.ui.table_model import Column, RowTableModel
from desk.ui.terminal_settings import TerminalSettings


def test_first_start_creates_the_administrator(qtbot, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(sqlite_url, TerminalSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.desk is not None, timeout=10000)
    assert dialog.pages.currentIndex() == 1  # no users yet: the administrator form
    dialog.station_name.setText("幸福路社区工作站")
    dialog.admin_name.setText("管理员")
    dialog.admin_password.setText("first-admin-pw")
    dialog.admin_repeat.setText("first-admin-pw")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result_actor.role is Role.ADMIN
    from desk.services.station import get_station

    assert get_station(dialog.desk).name == "幸福路社区工作站"
    dialog.desk.db.dispose()


def test_sign_in_refuses_a_wrong_password_with_a_sentence(qtbot, ui_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog("unused", TerminalSettings(), desk=ui_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=5000)
    dialog.username.setText("admin")
    dialog.password.setText("wrong")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong" in dialog.status.text() or "错误" in dialog.status.text(), timeout=5000)
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.password.setText("admin-password")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result_actor.username == "admin"
    assert TerminalSettings().last_username == "admin"


def test_database_error_is_shown_in_the_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("")
    dialog = SignInDialog("sqlite:///" + (blocker / "x.sqlite3").as_posix(), TerminalSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "cannot be written" in dialog.status.text(), timeout=10000)
    assert not dialog.sign_in_button.isEnabled()


@pytest.mark.parametrize(
    ("role", "visible", "hidden"),
    [
        (Role.CLERK, {"home"}, {"users", "audit", "station"}),
        (Role.MANAGER, {"home", "users", "audit", "station"}, set()),
        (Role.MEDIATOR, {"home"}, {"users", "audit"}),
    ],
)
def test_navigation_shows_only_what_the_role_may_use(qtbot, context_for, role: Role, visible: set[str],  # type: ignore[no-untyped-def]
                                                      hidden: set[str]) -> None:
    window = MainWindow(context_for(role))
    qtbot.addWidget(window)
    keys = set(window.page_keys())
    assert visible <= keys and not (hidden & keys)


def test_audit_page_lists_records_and_checks_the_chain(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    users.add_user(context.desk, context.actor, "newclerk", "新职员", "clerk", "long-enough-pw")
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("audit")
    page.refresh()
    qtbot.waitUntil(lambda: not page.pager.reads.pending, timeout=5000)  # read off the GUI thread
    actions = [page.model.row_at(i).action for i in range(page.model.rowCount())]
    assert "user.add" in actions
    page.check_chain()
    qtbot.waitUntil(lambda: page.check.isEnabled(), timeout=5000)
    assert str(audit.verify(context.desk.db).checked) in page.chain_result.text()


def test_users_page_adds_a_user(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.users import AddUserDialog

    context = context_for(Role.ADMIN)
    dialog = AddUserDialog(context)
    qtbot.addWidget(dialog)
    dialog.username.setText("x")  # too short: the message names what to fix, nothing saved
    dialog.display_name.setText("王五")
    dialog.password.setText("long-enough-pw")
    dialog._save()
    assert "2 to 40" in dialog.errors.message.text() or "2 至 40" in dialog.errors.message.text()
    dialog.username.setText("wangwu")
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "wangwu" in [u.username for u in users.list_users(context.desk, context.actor)]


def test_station_page_saves_and_refuses_blank_name(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.station import StationPage

    context = context_for(Role.MANAGER)
    page = StationPage(context)
    qtbot.addWidget(page)
    page.inputs["name"].setText("   ")
    page.save()
    assert page.errors.message.text()
    page.inputs["name"].setText("新站名")
    page.save()
    assert context.station.name == "新站名"


def test_settings_dialog_saves_terminal_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = TerminalSettings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.window_number.setValue(3)
    dialog.language.setCurrentIndex(1)
    dialog.save()
    again = TerminalSettings()
    assert again.window_number == 3 and again.language == "en"
    assert again.path.read_text(encoding="utf-8").count("window_number") == 1  # an INI a technician can read


def test_row_table_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: RowTableModel[tuple[str, int]] = RowTableModel([
        Column("name", lambda r: r[0]),
        Column("n", lambda r: str(r[1]), sort_key=lambda r: r[1], align_right=True,
               color=lambda r: "#c62828" if r[1] > 5 else None),
    ])
    model.set_rows([("b", 10), ("a", 2), ("c", 7)])
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r[1] for r in model.rows()] == [2, 7, 10]  # numeric, not text, order


def test_data_folder_matches_qt(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("GRID_DESK_DATA_DIR")
    app = QApplication.instance()
    app.setOrganizationName(paths.ORGANIZATION)
    app.setApplicationName(paths.APPLICATION)
    qt_path = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(qt_path) == paths.data_folder()


def test_missing_qt_libraries_get_an_install_line(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ctypes

    from desk.ui import platform_check

    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    real = ctypes.CDLL

    def fake(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "libxcb-cursor.so.0":
            raise OSError("not found")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(platform_check.ctypes, "CDLL", fake)
    problem = platform_check.platform_problem()
    assert problem is not None and "sudo apt-get install libxcb-cursor0" in problem
    monkeypatch.delenv("DISPLAY")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert "xvfb-run" in (platform_check.platform_problem() or "")


def test_every_registered_page_can_be_imported() -> None:
    import importlib

    from desk.ui.pages import PAGES

    for spec in PAGES:
        module_name, class_name = spec.target.split(":")
        assert hasattr(importlib.import_module(module_name), class_name), spec.target


def test_station_settings_form_is_built_from_the_declaration(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSpinBox

    from desk.core.station_settings import BY_KEY, SETTINGS
    from desk.services.station import get_setting
    from desk.ui.pages.station import StationPage

    context = context_for(Role.MANAGER)
    page = StationPage(context)
    qtbot.addWidget(page)
    form = page.settings
    assert list(form.inputs) == [s.key for s in SETTINGS if s.in_editor]
    assert "backup.second_folder" not in form.inputs  # it has its own control, which checks the folder
    limit = form.inputs["auth.max_failed_attempts"]
    assert isinstance(limit, QSpinBox) and limit.value() == BY_KEY["auth.max_failed_attempts"].default
    assert (limit.minimum(), limit.maximum()) == (3, 20)
    limit.setValue(8)
    form.save()
    assert form.saved.text() and not form.errors.message.text()
    assert get_setting(context.desk, "auth.max_failed_attempts") == 8
    limit.setValue(9)
    form.inputs["mediation.case_number_format"].setText("第{serial}号")  # no {year}: refused, nothing saved
    form.save()
    assert "{year}" in form.errors.message.text() or "year" in form.errors.message.text()
    assert get_setting(context.desk, "auth.max_failed_attempts") == 8


def test_a_clerk_sees_no_editable_station_setting(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.station_settings import StationSettingsForm

    form = StationSettingsForm(context_for(Role.CLERK))
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()


def test_the_manager_sees_who_looked_at_an_applicant(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from desk.services.intake import applicants
    from tests.services.intake_support import PERSON_ID, person

    context = context_for(Role.MANAGER)
    applicant = person(context.desk, context.actor)
    applicants.reveal_id_number(context.desk, context.actor, applicant.id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("access_log")
    page.subject.setCurrentIndex(page.subject.findData("applicant"))
    qtbot.keyClicks(page.subject_id, str(applicant.id))
    qtbot.keyClick(page.subject_id, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.pager.reads.pending, timeout=5000)  # read off the GUI thread
    shown = [(page.model.row_at(i).action, page.model.row_at(i).username) for i in range(page.model.rowCount())]
    assert ("applicant.view_full_id", context.actor.username) in shown
    assert all(PERSON_ID not in page.model.row_at(i).detail for i in range(page.model.rowCount()))


def test_the_window_fills_the_screen_the_first_time_and_comes_back_where_it_was(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    assert context.settings.window_geometry is None
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show_on_screen()
    qtbot.waitExposed(first)
    assert first.isMaximized()  # no fixed 1280×800 that a 1366×768 screen cuts off
    first.showNormal()
    first.setGeometry(40, 30, 700, 500)  # within the test screen (800×600); the window may widen to its minimum
    qtbot.wait(10)
    left_at = first.size()
    first.close()
    assert context.settings.window_geometry is not None
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show_on_screen()
    qtbot.waitExposed(again)
    assert not again.isMaximized() and again.size() == left_at
