"""The import dialog's "Which detail is in each column": one labelled choice per column of the file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from facilitator_app.services.member_import import FIELDS
from facilitator_app.ui.dialogs.import_mapping import Mapping, field_of_column
from facilitator_app.ui.dialogs.import_preview_model import field_title
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named

IGNORE = QT_TRANSLATE_NOOP("ImportColumnChoices", "Ignore this column")
VISIBLE_ROWS = 4  # all the columns when they fit in four rows; a scroll bar beyond (Google exports have dozens)


class ColumnChoices(QGroupBox):
    """A choice of member detail for each column; ``column_changed(column, key or None)`` when
    the person picks another (never when ``show_mapping`` sets them)."""

    column_changed = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Which detail is in each column"), parent)
        self.setObjectName("importMappingBox")
        describe_widget(self, self.tr("Which detail is in each column"),
                        self.tr("For each column of the file, choose the member detail it holds, or Ignore."))
        self.combos: list[QComboBox] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        inner = named(QWidget(), "importMappingColumns")
        inner.setLayout(self._grid)
        self._scroll = named(QScrollArea(), "importMappingScroll")
        self._scroll.setWidget(inner)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QVBoxLayout(self).addWidget(self._scroll)

    def set_columns(self, columns: Sequence[str]) -> None:
        """One choice per column, named after the column's header; hidden when there are none."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.combos = []
        per_row = 2 if len(columns) > VISIBLE_ROWS else 1
        for position, name in enumerate(columns):
            shown = name or self.tr("Column {value}").format(value=position + 1)
            combo = named(QComboBox(), f"importColumn{position}")
            combo.addItem(translate("ImportColumnChoices", IGNORE), None)
            for key in FIELDS:
                combo.addItem(field_title(key), key)
            describe_widget(combo, self.tr("Column {value}, {shown}").format(value=position + 1, shown=shown),
                            self.tr("Which member detail the column “{shown}” holds. Choose Ignore to leave it "
                                    "out.").format(shown=shown))
            label = QLabel(shown.replace("&", "&&") + ":")
            label.setBuddy(combo)
            label.setToolTip(self.tr("Column {value} of the file").format(value=position + 1))
            combo.currentIndexChanged.connect(
                lambda _i, c=position, box=combo: self.column_changed.emit(c, box.currentData()))
            row, pair = divmod(position, per_row)
            self._grid.addWidget(label, row, pair * 2, Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(combo, row, pair * 2 + 1)
            self.combos.append(combo)
        for pair in range(per_row):
            self._grid.setColumnStretch(pair * 2 + 1, 1)
        self.setVisible(bool(columns))
        rows = -(-len(columns) // per_row)
        row_height = max((c.sizeHint().height() for c in self.combos), default=0)
        spacing = max(self._grid.verticalSpacing(), 0)
        shown_rows = min(rows, VISIBLE_ROWS)
        self._scroll.setFixedHeight(shown_rows * row_height + max(shown_rows - 1, 0) * spacing
                                    + (row_height // 2 if rows > VISIBLE_ROWS else 0))

    def show_mapping(self, mapping: Mapping) -> None:
        """Set every choice to the detail its column feeds, without signalling a change."""
        for position, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(field_of_column(mapping, position)), 0))
            combo.blockSignals(False)
