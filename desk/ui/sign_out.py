"""Before a clerk signs out: a citizen still at this terminal's window is not left hanging unnoticed.

The clerk chooses: finish the number and sign out, sign out leaving the number at the window (a
colleague carries on), or stay signed in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.core.permissions import Permission
from desk.services.queue import serving, window_state
from desk.ui.context import UiContext
from desk.ui.messages import show_error


def may_sign_out(parent: QWidget, context: UiContext) -> bool:
    """True when signing out may go ahead (after finishing the number if the clerk chose that)."""
    window = context.settings.window_number
    if not window or not context.actor.can(Permission.QUEUE_SERVE):
        return True
    try:
        current = window_state.window_status(context.desk, context.actor, window).current
    except Exception:  # noqa: BLE001 - no such window (any more): nobody can be waiting at it
        return True
    if current is None:
        return True
    number = current.number
    question = QCoreApplication.translate("SignOut", "{0} is still at window {1}. Finish it before you sign out?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("SignOut", "Sign out"),
                      question.format(number, window), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("sign_out_question")
    finish = box.addButton(QCoreApplication.translate("SignOut", "Finish {0} and sign out").format(number),
                           QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("SignOut", "Sign out, leave {0} at the window").format(number),
                         QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QCoreApplication.translate("SignOut", "Stay signed in"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    chosen = box.clickedButton()
    if chosen is keep:
        return True
    if chosen is not finish:
        return False
    try:
        serving.finish_service(context.desk, context.actor, window)
    except Exception as exc:  # noqa: BLE001 - not finished: the clerk stays signed in and sees why
        show_error(parent, exc)
        return False
    return True
