"""The manager sees the last good backup, its age, and a warning when the second folder is gone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desk.core.permissions import Role
from desk.services import backups
from desk.services.context import Actor, Desk
from desk.store import backup
from desk.ui.main_window import MainWindow
from desk.ui.pages.home import HomePage
from desk.ui.pages.station import StationPage

MANAGER = Actor(None, "manager", "站长", Role.MANAGER, 1, "test")  # who may take a backup


def test_home_page_shows_the_last_backup_and_its_age(qtbot, context_for, ui_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    path = ui_desk.db.sqlite_path
    assert path is not None
    backup.take_backup(path, "daily", now=ui_desk.now() - timedelta(hours=5))
    page = HomePage(context_for(Role.MANAGER))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "hours" in page.backups.last.text() or "小时" in page.backups.last.text(), timeout=5000)
    assert "5" in page.backups.last.text()
    assert page.backups.last.text().startswith("2026-11-20 04:30")  # station time of the backup
    assert not page.backups.warning.isVisible()


def test_clerk_home_page_has_no_backup_rows(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    page = HomePage(context_for(Role.CLERK))
    qtbot.addWidget(page)
    assert page.backups is None


def test_unreachable_second_folder_is_a_warning_for_the_manager(  # type: ignore[no-untyped-def]
        qtbot, context_for, ui_desk: Desk, tmp_path: Path) -> None:
    context = context_for(Role.MANAGER)
    usb = tmp_path / "usb"
    usb.mkdir()
    page = StationPage(context)
    qtbot.addWidget(page)
    page.second_folder.setText(str(tmp_path / "not-there"))
    page.save_second_folder()
    assert "does not exist" in page.folder_errors.message.text() or "不存在" in page.folder_errors.message.text()
    page.second_folder.setText(str(usb))
    page.save_second_folder()
    assert backups.second_folder(ui_desk) == usb
    made = backups.take_now(ui_desk, MANAGER)
    assert made.second_copy == usb / (made.path.name + ".enc")  # encrypted: it leaves the database folder

    usb.rename(tmp_path / "unplugged")
    window = MainWindow(context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.backup_warning.text() != "", timeout=5000)
    assert str(usb) in window.backup_warning.text()
    home = window.open_page("home")
    assert isinstance(home, HomePage) and home.backups is not None
    window.show()
    qtbot.waitUntil(lambda: home.backups is not None and home.backups.warning.isVisible(), timeout=5000)
    assert str(usb) in home.backups.warning.text()
    assert "minutes" in home.backups.last.text() or "分钟" in home.backups.last.text()


def test_the_manager_backs_up_from_the_home_page(qtbot, context_for, ui_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """No backup yet: the warning says to press the button (not to open a terminal), and pressing it
    takes one."""
    from PySide6.QtCore import Qt

    path = ui_desk.db.sqlite_path
    assert path is not None and backup.newest_backup(path) is None
    page = HomePage(context_for(Role.MANAGER))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.backups.warning.isVisible(), timeout=5000)
    assert "Back up now" in page.backups.warning.text() and "python" not in page.backups.warning.text()
    qtbot.mouseClick(page.backups.back_up_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backup.newest_backup(path) is not None and page.backups.back_up_now.isEnabled(),
                    timeout=10000)
    qtbot.waitUntil(lambda: not page.backups.warning.isVisible(), timeout=5000)
