"""Issue 13 on the Station page, with real clicks and keys: service windows are added, renamed, retired
and deleted; the five settings nothing used to write are typed and saved; the case-number format shows
the next number it would give."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from desk.core.permissions import Role
from desk.services import windows
from desk.services.mediation import cases
from desk.services.station import get_setting
from desk.ui.context import UiContext
from desk.ui.pages.station import StationPage
from tests.services.mediation_setup import sample_case, sample_parties

LEFT = Qt.MouseButton.LeftButton


def _type(qtbot: QtBot, widget: QLineEdit | QSpinBox, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace what is there
    qtbot.keyClicks(widget, text)


def _click_row(qtbot: QtBot, page: StationPage, row: int) -> None:
    view = page.windows.view
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(view.model().index(row, 1)).center())


def test_windows_are_added_renamed_retired_and_deleted(qtbot: QtBot,
                                                       context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MANAGER)
    page = StationPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 680)
    page.show()
    section = page.windows
    assert section.model.rowCount() == 0 and not section.rename_button.isEnabled()
    _type(qtbot, section.number, "7")
    _type(qtbot, section.name, "Pension and medical insurance")
    qtbot.mouseClick(section.add_button, LEFT)
    assert "7" in section.done.text() and not section.errors.message.text()
    assert [(w.number, w.name, w.active) for w in windows.list_windows(context.desk)] == [
        (7, "Pension and medical insurance", True)]
    qtbot.mouseClick(section.add_button, LEFT)  # the same number again: refused at the number
    assert section.errors.message.text() and len(windows.list_windows(context.desk)) == 1
    _click_row(qtbot, page, 0)
    assert section.rename_button.isEnabled() and section.number.value() == 7
    _type(qtbot, section.name, "Window for pensions")
    qtbot.mouseClick(section.rename_button, LEFT)
    assert windows.list_windows(context.desk)[0].name == "Window for pensions"
    qtbot.mouseClick(section.retire_button, LEFT)
    assert windows.list_windows(context.desk, active_only=True) == []
    assert section.model.index(0, 2).data() == "retired" and section.retire_button.text() == "Bring back"
    qtbot.mouseClick(section.retire_button, LEFT)
    assert windows.list_windows(context.desk, active_only=True)[0].number == 7
    qtbot.mouseClick(section.delete_button, LEFT)  # never served a ticket: it can go
    assert windows.list_windows(context.desk) == [] and section.model.rowCount() == 0


def test_a_clerk_cannot_change_windows(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    from desk.ui.pages.station_windows import WindowsSection

    section = WindowsSection(context_for(Role.CLERK))
    qtbot.addWidget(section)
    assert not section.add_button.isEnabled() and not section.name.isEnabled()


def test_the_five_unwritten_settings_are_typed_and_saved(qtbot: QtBot,
                                                         context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MANAGER)
    page = StationPage(context)
    qtbot.addWidget(page)
    page.show()
    form = page.settings
    typed = {"intake.follow_up_working_days": ("10", 10), "auth.max_failed_attempts": ("6", 6),
             "auth.lockout_minutes": ("3", 3),
             "intake.progress_text": ("Ask at window 1 with your receipt number", None),
             "intake.progress_url": ("https://example.gov.cn/progress?no={receipt_no}", None)}
    for key, (text, _number) in typed.items():
        widget = form.inputs[key]
        assert widget.isEnabled(), key
        _type(qtbot, widget, text)
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.saved.text() and not form.errors.message.text()
    for key, (text, number) in typed.items():
        assert get_setting(context.desk, key) == (text if number is None else number), key


def test_case_number_format_shows_the_next_number(qtbot: QtBot, context_for: Callable[[Role], UiContext]) -> None:
    context = context_for(Role.MANAGER)
    cases.register_case(context.desk, context.actor, sample_case(), sample_parties())  # serial 1 of 2026 used
    page = StationPage(context)
    qtbot.addWidget(page)
    page.show()
    form = page.settings
    assert form.number_preview.text() == "（2026）人调字第2号"
    _type(qtbot, form.inputs["mediation.committee_abbr"], "XFL")
    _type(qtbot, form.inputs["mediation.case_number_format"], "({year}){abbr}-{serial}")
    assert form.number_preview.text() == "(2026)XFL-2"
    _type(qtbot, form.inputs["mediation.case_number_format"], "No.{serial}")  # no year: said at once
    assert "year" in form.number_preview.text()
    _type(qtbot, form.inputs["mediation.case_number_format"], "({year}){abbr}-{serial}")
    qtbot.mouseClick(form.save_button, LEFT)
    assert cases.register_case(context.desk, context.actor, sample_case(), sample_parties()).number == "(2026)XFL-2"
    form.refresh()
    assert form.number_preview.text() == "(2026)XFL-3"
