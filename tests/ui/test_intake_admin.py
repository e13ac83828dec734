"""Catalogue, calendar, consultations, ratings pages and the rating pad."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from desk.core.permissions import Role
from desk.services.intake import calendar, consultations, ratings
from desk.ui.intake.calendar_page import CalendarPage
from desk.ui.intake.catalogue_page import CataloguePage
from desk.ui.intake.consultations_page import ConsultationsPage
from desk.ui.intake.item_dialog import ItemDialog
from desk.ui.intake.rating_dialog import RatingDialog
from desk.ui.intake.ratings_page import RatingsPage


def test_catalogue_page_lists_and_the_item_dialog_checks(qtbot, qtmodeltester, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    page = CataloguePage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 19
    page.search.setText("zxba")
    assert [r.code for r in page.model.rows()] == ["CG-01"]
    dialog = ItemDialog(context, page, page.model.rows()[0])
    qtbot.addWidget(dialog)
    assert dialog.materials.rowCount() == len(page.model.rows()[0].materials)
    dialog.code.setText("装修")
    dialog.save()
    assert dialog.code.styleSheet() and dialog.errors.message.text()
    dialog.code.setText("CG-01")
    dialog.promised.setValue(6)
    dialog.save()
    page.refresh()
    assert page.model.rows()[0].promised_days == 6


def test_calendar_page_edits_days_and_years(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    page = CalendarPage(context)
    qtbot.addWidget(page)
    assert page.selected_year() == 2026 and page.days.rowCount() == 39
    page.day.setDate(QDate(2027, 1, 1))
    page.kind.setCurrentIndex(page.kind.findData("off"))
    page.name.setText("元旦")
    page.save_day()
    page.year.setValue(2027)
    page.save_year(True)
    assert calendar.current_calendar(context.desk).covers(2027)
    assert not calendar.current_calendar(context.desk).is_workday(date(2027, 1, 1))


def test_a_clerk_cannot_change_the_calendar(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    page = CalendarPage(context)
    qtbot.addWidget(page)
    page.name.setText("假日")
    page.save_day()
    assert "may not" in page.errors.message.text()


def test_consultation_log_checks_and_saves(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.CLERK)
    page = ConsultationsPage(context)
    qtbot.addWidget(page)
    page.answer.setPlainText("可以")
    page.save()
    assert page.topic.styleSheet() and consultations.list_consultations(context.desk, context.actor) == []
    page.topic.setText("老年证需要什么材料")
    page.answer.setPlainText("身份证原件和一寸照片。")
    page.caller_phone.setText("123")
    page.save()
    assert page.caller_phone.styleSheet()
    page.caller_phone.setText("13900000000")
    page.save()
    assert page.model.rowCount() == 1 and page.topic.text() == ""


def test_rating_pad_and_follow_up(qtbot, context_for, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context = context_for(Role.MANAGER)
    happy = RatingDialog(context)
    qtbot.addWidget(happy)
    happy.buttons[5].click()  # one touch saves a satisfied rating
    assert happy.saved is not None and happy.saved.level == 5
    unhappy = RatingDialog(context)
    qtbot.addWidget(unhappy)
    unhappy.buttons[1].click()
    assert unhappy.saved is None and unhappy.comment.isVisibleTo(unhappy)
    unhappy.comment.setPlainText("等了一个小时")
    unhappy.submit.click()
    assert unhappy.saved is not None and unhappy.saved.follow_up_status == "open"
    page = RatingsPage(context)
    qtbot.addWidget(page)
    assert page.model.rows()[0].follow_up_status == "open"
    page.table.selectRow(0)
    monkeypatch.setattr("desk.ui.intake.ratings_page.QInputDialog.getMultiLineText",
                        lambda *_args: ("已回访，群众表示理解。", True))
    page.record_outcome()
    assert ratings.list_ratings(context.desk, context.actor, open_only=True) == []


def test_the_item_dialog_marks_容缺_materials(qtbot, context_for) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from desk.services.intake import catalogue
    from desk.ui.intake.item_dialog import DEFERRABLE

    context = context_for(Role.MANAGER)
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.search.setText("zxba")
    dialog = ItemDialog(context, page, page.model.rows()[0])
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.materials
    assert table.horizontalHeaderItem(DEFERRABLE).text() == "容缺"

    def press_space_on(row: int) -> None:
        rect = table.visualItemRect(table.item(row, DEFERRABLE))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        table.setCurrentCell(row, DEFERRABLE)
        qtbot.keyClick(table, Qt.Key.Key_Space)

    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    press_space_on(5)  # 施工方案 is optional: an optional material is never 容缺
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "容缺" in dialog.errors.message.text() and dialog.isVisible()
    press_space_on(5)
    press_space_on(4)  # 施工合同: required, may be brought later
    assert table.item(4, DEFERRABLE).checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    item = catalogue.get_item(context.desk, context.actor, page.model.rows()[0].id)
    assert [m.name for m in item.materials if m.deferrable] == ["施工合同"]
