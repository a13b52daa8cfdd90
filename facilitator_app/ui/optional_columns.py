"""Narrow tables drop their least needed columns instead of scrolling sideways.

A table whose main column stretches (a title, a name) stays readable in a small window when
the columns that only repeat what is shown elsewhere step aside while there is no room for
them, and come back when the window grows. Nothing is lost: a hidden column's data is still
in the model, for screen readers and for the panel's details.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class OptionalColumns(QObject):
    """Hides ``optional`` columns of ``view`` (the last listed goes first) while showing them would
    leave the ``stretch`` column narrower than ``stretch_min`` pixels; shows them again when there is room."""

    def __init__(self, view: QTableView, stretch: int, stretch_min: int, optional: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._stretch_min = stretch_min
        self._optional = tuple(optional)
        header = view.horizontalHeader()
        self._widths = {column: header.sectionSize(column) for column in self._optional}
        header.sectionResized.connect(self._on_header_section_resized)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.refit()

    def hidden(self) -> list[int]:
        return [c for c in self._optional if self._view.horizontalHeader().isSectionHidden(c)]

    def refit(self) -> None:
        header = self._view.horizontalHeader()
        columns = range(header.count())
        kept = [c for c in columns if c != self._stretch and c not in self._optional]
        room = self._view.viewport().width() - self._stretch_min - sum(header.sectionSize(c) for c in kept)
        for column in self._optional:  # the most needed first: each takes its width while there is room
            width = self._widths[column]
            show = width <= room
            if show:
                room -= width
            if header.isSectionHidden(column) == show:
                header.setSectionHidden(column, not show)
                if show:
                    header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type first: while the view is being destroyed its viewport still sends events, and
        # asking the half-destroyed view anything then crashes.
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.refit()
        return super().eventFilter(watched, event)

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        # A width the facilitator dragged is the one to come back with (hiding reports 0: ignored).
        if column in self._widths and new > 0:
            self._widths[column] = new
