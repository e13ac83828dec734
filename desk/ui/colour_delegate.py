"""Draw a cell's text in the model's ForegroundRole colour even under the qt-material stylesheet,
whose ``* { color: … }`` rule otherwise wins over the model (overdue must be red, due soon amber)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class ColourTextDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(brush, QBrush):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.setPen(brush.color())
        font = opt.font  # type: ignore[attr-defined]
        font.setBold(True)
        painter.setFont(font)
        alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
        flags = int(alignment) if alignment is not None else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(rect.adjusted(3, 0, -3, 0), flags, text)
        painter.restore()
