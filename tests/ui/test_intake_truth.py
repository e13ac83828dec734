"""The intake screen tells the truth: a real date before an item is chosen, nothing of the last citizen
after "next visit", and a refusal reason that survives the service's refusal. Real key presses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desk.ui.intake.intake_page import IntakePage
from desk.ui.intake.refusal_dialog import RefusalDialog
from tests.ui.test_intake_decision import CTRL, _cases, _fill, page  # noqa: F401 - the page fixture
from tests.ui.test_no_english_in_chinese import chinese, english_words  # noqa: F401 - the chinese fixture

REASON = "申请事项属于区民政局职权范围，本站不能受理，请携带材料前往区民政局办理。"


def test_the_materials_date_is_a_real_default_before_an_item_is_chosen(page: IntakePage) -> None:  # noqa: F811
    assert page.item is None
    shown = page.bring_by.date().toPython()
    assert shown != date(2000, 1, 1)
    assert shown > page.context.today()


def test_next_visit_leaves_no_decision_open_for_the_previous_citizen(qtbot, page: IntakePage) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _fill(qtbot, page)
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return, CTRL)
    assert page.rate_button.isEnabled()
    qtbot.mouseClick(page.next_applicant_button, Qt.MouseButton.LeftButton)
    assert page.item is None and page.applicant.current is None
    assert not page.accept_button.isEnabled() and not page.missing_button.isEnabled()
    assert not (page.rate_button.isVisible() and page.rate_button.isEnabled())
    # Ctrl+Enter on the empty form saves nothing for the previous citizen.
    qtbot.keyClick(page.item_search, Qt.Key.Key_Return, CTRL)
    assert len(_cases(page)) == 1


def _in_refusal_dialog(steps) -> None:  # type: ignore[no-untyped-def]
    """Run ``steps(dialog)`` once the refusal dialog is open (it is modal: the test waits for it)."""
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RefusalDialog):
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(20, look)
            return
        steps(dialog)

    QTimer.singleShot(0, look)


def test_a_refused_reason_keeps_the_typed_text(qtbot, page: IntakePage) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _fill(qtbot, page)
    seen: dict[str, object] = {}

    def steps(dialog: RefusalDialog) -> None:
        dialog.reason.setPlainText(REASON)  # Chinese comes through the input method, not key by key
        # No legal basis: the service refuses; the dialog stays with the reason as typed.
        qtbot.keyClick(dialog.legal_basis, Qt.Key.Key_Return)
        seen["open_after_error"] = dialog.isVisible()
        seen["reason_after_error"] = dialog.reason.toPlainText()
        seen["error"] = dialog.errors.message.text()
        seen["focus_on_basis"] = dialog.focusWidget() is dialog.legal_basis
        dialog.legal_basis.setText("《中华人民共和国行政许可法》第三十二条第一款第（二）项")
        qtbot.keyClick(dialog.legal_basis, Qt.Key.Key_Return)

    _in_refusal_dialog(steps)
    qtbot.keyClick(page.item_search, Qt.Key.Key_R, CTRL)
    assert seen["open_after_error"] is True
    assert seen["reason_after_error"] == REASON
    assert seen["error"] and seen["focus_on_basis"] is True
    rows = _cases(page)
    assert [r.status for r in rows] == ["refused"]
    assert rows[0].receipt_no in page.done_label.text()


def test_a_decision_is_told_in_words_not_states(qtbot, page: IntakePage, chinese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """In Chinese: "已受理：受理编号 SL…", not "已保存为 SL…（accepted）"; the hints read Chinese too."""
    page.clear()  # the page was built before the translators were installed: its texts came then
    _fill(qtbot, page, tick={1})
    qtbot.keyClick(page.item_search, Qt.Key.Key_M, CTRL)
    shown = [page.done_label.text(), page.message.text(), page.ticket_label.text()]
    assert shown[0]
    for state in ("accepted", "waiting_materials", "refused", "waiting"):
        assert all(state not in text for text in shown)
    assert [english_words(text) for text in shown if english_words(text)] == []
