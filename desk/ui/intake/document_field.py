"""An identity document in one row: its type (居民身份证 by default, 护照, 通行证...), the number, and
the document's name when it is another one (军官证). Used where a proxy's document is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desk.core.id_documents import ID_TYPES, MAX_OTHER_NAME, OTHER, RESIDENT_ID


class DocumentField(QWidget):
    def __init__(self, parent: QWidget | None = None, *, name: str = "id_number") -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName(f"{name}_type")
        for code, label in ID_TYPES.items():
            self.kind.addItem(label, code)
        self.other = QLineEdit()
        self.other.setObjectName(f"{name}_type_other")
        self.other.setPlaceholderText(self.tr("Name, e.g. 军官证"))
        self.other.setMaxLength(MAX_OTHER_NAME)
        self.number = QLineEdit()
        self.number.setObjectName(name)
        layout.addWidget(self.kind)
        layout.addWidget(self.other)
        layout.addWidget(self.number, 1)
        self.other.setVisible(False)
        self.kind.currentIndexChanged.connect(lambda _index: self.other.setVisible(self.id_type() == OTHER))

    def id_type(self) -> str:
        return str(self.kind.currentData() or RESIDENT_ID)

    def other_name(self) -> str:
        return self.other.text() if self.id_type() == OTHER else ""

    def clear(self) -> None:
        self.kind.setCurrentIndex(0)
        self.other.clear()
        self.number.clear()
