"""Above the Handouts library: the text filter and the topic filter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named

ALL_TOPICS = QT_TRANSLATE_NOOP("HandoutFilterBar", "All topics")


class HandoutFilterBar(QWidget):
    """``text_changed`` carries the words typed; ``topic_changed`` the topic ("" for every topic)."""

    text_changed = Signal(str)
    topic_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = named(QLineEdit(), "handoutFilter")
        self.text.setPlaceholderText(self.tr("Type to filter by title, topic or description"))
        self.text.setAccessibleName(self.tr("Filter the handouts"))
        self.text.setToolTip(self.tr("Shows only handouts whose title, topics, description or file name contain "
                                     "every word you type (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.text.setAcceptDrops(False)  # a file dropped here is imported, not typed in as a path
        self.text.textChanged.connect(self.text_changed)

        self.topic = named(QComboBox(), "handoutTopicFilter")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setToolTip(self.tr("Shows only the handouts with this topic"))
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.topic.setMinimumContentsLength(12)
        self.topic.addItem(translate("HandoutFilterBar", ALL_TOPICS))
        self.topic.currentIndexChanged.connect(self._on_topic_current_index_changed)
        topic_label = QLabel(self.tr("Topic:"))
        topic_label.setBuddy(self.topic)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(topic_label)
        layout.addWidget(self.topic)

    def chosen_topic(self) -> str:
        return "" if self.topic.currentIndex() <= 0 else self.topic.currentText()

    def set_topic(self, topic: str) -> None:
        """Choose ``topic`` ("" for every topic)."""
        index = self.topic.findText(topic) if topic else 0
        self.topic.setCurrentIndex(max(index, 0))

    def fill_topics(self, topics: Sequence[str]) -> bool:
        """Offer ``topics``, keeping the one chosen; False when it is gone from every handout."""
        current = self.chosen_topic()
        with QSignalBlocker(self.topic):
            self.topic.clear()
            self.topic.addItem(translate("HandoutFilterBar", ALL_TOPICS))
            self.topic.addItems(list(topics))
            self.set_topic(current)
        return not current or self.topic.currentIndex() > 0

    def clear(self) -> None:
        """Show the whole library."""
        self.text.clear()
        self.set_topic("")

    def _on_topic_current_index_changed(self, _index: int) -> None:
        self.topic_changed.emit(self.chosen_topic())
