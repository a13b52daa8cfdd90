"""The export dialog's "what will leave": the free text going into the document, as it will read.

Each passage (a topic, a note's section, a word shared, a handout's title) is one line of a list
(object name ``scrubPreview``), with every name the scrubber replaced between « and », and a line
above it counting them. The passages come from the kind's ``passages(services, options)`` hook
(``export.kinds.KindSpec.preview``), worked out again whenever an option that changes them does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from facilitator_app.errors import AppError
from facilitator_app.export.privacy import NameLevel
from facilitator_app.export.scrubber import Passage
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.language import translate
from facilitator_app.ui.naming import named

PreviewHook = Callable[[Any], Sequence[Passage]]
MAX_SHOWN = 500   # lines in the list: a CSV of every check-in can have thousands of words
VISIBLE_LINES = 5


def summary_text(passages: Sequence[Passage], level: NameLevel) -> str:
    """The line above the list: how many passages leave and how many names were replaced."""
    if not passages:
        return translate("ExportPreview", "No free text (notes, topics, words, titles) leaves with this document.")
    count = len(passages)
    leaving = translate("ExportPreview", "%n passage(s) of free text will leave", "", count)
    if level is NameLevel.FULL:
        return translate("ExportPreview", "{leaving}, as written (full names).").format(leaving=leaving)
    replaced = sum(p.replaced for p in passages)
    if not replaced:
        return translate("ExportPreview", "{leaving}; no member's name was found in them.").format(leaving=leaving)
    return translate("ExportPreview", "{leaving}; %n name(s) replaced, marked « ».", "", replaced).format(
        leaving=leaving)


class ScrubPreview(QWidget):
    """A summary line and the list of passages; ``refresh(options, level)`` recomputes them."""

    def __init__(self, hook: PreviewHook | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hook = hook
        self.passages: tuple[Passage, ...] = ()
        self.summary = named(QLabel(), "scrubPreviewSummary")
        self.summary.setWordWrap(True)
        self.list = named(QListWidget(), "scrubPreview")
        describe_widget(self.list, self.tr("What will leave"),
                        self.tr("The free text going into the document, one passage a line, as it will read; "
                                "names replaced at the chosen level are between « and »"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * VISIBLE_LINES + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)

    def refresh(self, options: Callable[[], Any], level: NameLevel) -> None:
        """Work the passages out again for the options as they stand (never raises an AppError)."""
        if self._hook is None:
            self.show_passages((), level)
            return
        try:
            passages = tuple(self._hook(options()))
        except AppError as exc:
            self.passages = ()
            self.list.clear()
            self.summary.setText(self.tr("No preview: {message}").format(message=exc.message))
            return
        self.show_passages(passages, level)

    def show_passages(self, passages: Sequence[Passage], level: NameLevel) -> None:
        self.passages = tuple(passages)
        self.summary.setText(summary_text(self.passages, level))
        self.list.clear()
        for passage in self.passages[:MAX_SHOWN]:
            item = QListWidgetItem(self.tr("{field}: {marked}").format(field=passage.field, marked=passage.marked()))
            if replaced := passage.replaced:
                item.setToolTip(translate("ScrubPreview", "%n name(s) replaced", "", replaced))
            self.list.addItem(item)
        if len(self.passages) > MAX_SHOWN:
            self.list.addItem(self.tr("… and {value} more").format(value=len(self.passages) - MAX_SHOWN))

    def lines(self) -> list[str]:
        """The list's lines, as shown."""
        return [self.list.item(row).text() for row in range(self.list.count())]
