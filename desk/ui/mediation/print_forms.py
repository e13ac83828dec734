"""打印文书: every form of a case, printed from its page; and the case file cover, with a warning first.

The cover's contents list marks a required document that is not in the file "必须归档，尚缺"; the
mediator is told which ones before the paper is printed, and may complete the file first (cancel)
or print anyway.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.mediation import casefile, cases, forms, printing
from desk.services.mediation.casefile import CoverInput
from desk.services.mediation.forms import PrintableForm
from desk.ui.context import UiContext
from desk.ui.mediation.signing_dialogs import open_pdf, preview_agreement
from desk.ui.messages import show_error
from desk.ui.worker import Job, run_in_background

RETENTION = ["长期", "永久", "短期", "10年", "30年"]


class CoverDialog(QDialog):
    """Retention period for the cover; when required documents are missing, says which, before printing."""

    def __init__(self, missing: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case file cover"))
        form = QFormLayout(self)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        if missing:
            self.warning.setText(self.tr(
                "These documents must be archived and are not in the file yet:\n{0}\n\nThe contents list will mark "
                "each of them \"必须归档，尚缺\". Cancel to complete the file first, or print anyway.").format(
                "\n".join(f"· {name}" for name in missing)))
            self.warning.setStyleSheet("color: #c62828")
        else:
            self.warning.setText(self.tr("All required documents are in the file."))
        form.addRow(self.warning)
        self.retention = QComboBox()
        self.retention.addItems(RETENTION)
        form.addRow(self.tr("Retention period"), self.retention)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(self.tr("Print anyway") if missing else self.tr("Print"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)


def print_cover(parent: QWidget, context: UiContext, case_id: int) -> Job | None:
    """Warn about missing documents, ask the retention period, then issue and preview the cover. Issuing
    draws every document of the file to count its pages (most of a second for a large case), so it runs
    off the GUI thread; the preview opens when it is done."""
    try:
        contents = casefile.case_file(context.desk, context.actor, case_id)
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc)
        return None
    dialog = CoverDialog([e.name for e in contents.missing], parent)
    if not dialog.exec():
        return None
    cover = CoverInput(context.actor.display_name, context.today(), dialog.retention.currentText())

    def owner() -> QWidget | None:  # the print menu may have been closed meanwhile: its case page then
        widget: QWidget | None = parent
        while widget is not None and shiboken6.isValid(widget) and not widget.isVisible():
            widget = widget.parentWidget()
        return widget if widget is not None and shiboken6.isValid(widget) else None

    return run_in_background(lambda _progress: printing.print_cover(context.desk, context.actor, case_id, cover),
                             lambda issued: open_pdf(owner(), issued), lambda exc: show_error(owner(), exc))


class PrintFormsDialog(QDialog):
    """The case's 打印文书 list: pick a form (or one record's), press Print."""

    def __init__(self, context: UiContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.case_id = context, case_id
        self.setWindowTitle(self.tr("Print documents"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The forms of this case, filled from what it holds:")))
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_selected)
        self.list.itemActivated.connect(lambda _item: self.print_selected())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(460, 360)
        self.load()

    def load(self) -> None:
        self.list.clear()
        try:
            menu = forms.printable_forms(cases.get_case(self.context.desk, self.context.actor, self.case_id))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        for entry in menu:
            item = QListWidgetItem(f"{entry.title}　{entry.detail}".strip())
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def print_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        entry: PrintableForm = item.data(Qt.ItemDataRole.UserRole)
        if entry.form == "agreement":
            preview_agreement(self, self.context, self.case_id)
        elif entry.form == "cover":
            print_cover(self, self.context, self.case_id)
        else:
            try:
                issued = forms.print_form(self.context.desk, self.context.actor, self.case_id, entry.form,
                                          entry.record_id)
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)
                return
            open_pdf(self, issued)
