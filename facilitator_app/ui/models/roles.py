"""Custom item data roles shared by the models (module constants, as Qt code expects)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1       # the row's UUID
SORT_ROLE = Qt.ItemDataRole.UserRole + 2     # a raw value proxies sort by
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3   # an enum member (attendance or session status)

Index = QModelIndex | QPersistentModelIndex
