"""Editors inside views: the attendance status as a drop-down for mouse users (F2 or double-click)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.ui.formatting import STATUS_KEYS, label_of
from facilitator_app.ui.models.roles import STATUS_ROLE

_Index = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    """Offers the five statuses; choosing one saves it through the model's editor."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Attendance status"))
        combo.setToolTip(self.tr("Choose how this member took part"))
        for status in AttendanceStatus:
            combo.addItem(self.tr("{label}  ({value})").format(label=label_of(status), value=STATUS_KEYS[status]),
                          status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(STATUS_ROLE)
        editor.setCurrentIndex(max(0, editor.findData(str(current))) if current else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
