"""Where imported members go (a group, or none) and whether rejected rows may be skipped."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator_app.domain.records import GroupRecord
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named

NO_GROUP = QT_TRANSLATE_NOOP("ImportDestination", "No group")
GOOD_ROWS_TEXT = QT_TRANSLATE_NOOP("ImportDestination", "Import the good rows and s&kip the others")


class ImportDestination(QWidget):
    """"Add them to group:" with the groups by name, and the "good rows" box under it."""

    def __init__(self, groups: Sequence[GroupRecord], current_group_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_combo = named(QComboBox(), "importGroup")
        self.group_combo.addItem(translate("ImportDestination", NO_GROUP), None)
        for group in sorted(groups, key=lambda g: g.name.casefold()):
            self.group_combo.addItem(group.name, group.id)
        # By value: findData() compares Python objects by identity, and records are rebuilt on every read.
        found = [i for i in range(self.group_combo.count())
                 if current_group_id is not None and self.group_combo.itemData(i) == current_group_id]
        self.group_combo.setCurrentIndex(found[0] if found else 0)
        describe_widget(self.group_combo, self.tr("Add them to group"),
                        self.tr("The group the imported members join. Choose No group to add them to the store only."))
        group_label = QLabel(self.tr("Add them to &group:"))
        group_label.setBuddy(self.group_combo)
        group_row = QHBoxLayout()
        group_row.addWidget(group_label)
        group_row.addWidget(self.group_combo, 1)

        self.good_rows_check = named(QCheckBox(translate("ImportDestination", GOOD_ROWS_TEXT)), "importGoodRows")
        describe_widget(self.good_rows_check, self.tr("Import the good rows and skip the others"),
                        self.tr("Import every row that can be read, and leave out the rejected ones."))
        self.good_rows_check.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(group_row)
        layout.addWidget(self.good_rows_check)

    def selected_group_id(self) -> uuid.UUID | None:
        """The group chosen for the imported members (None: no group)."""
        data = self.group_combo.currentData()
        return data if isinstance(data, uuid.UUID) else None
