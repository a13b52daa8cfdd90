"""The first-run screen: an empty store gets a welcome and two ways to begin, not empty panes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator_app.ui.naming import named


class WelcomePanel(QWidget):
    create_group_requested = Signal()
    sample_data_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setAccessibleName(self.tr("Welcome"))
        heading = QLabel(self.tr("<h1>Welcome to Facilitator</h1>"))
        body = QLabel(
            self.tr("Keep your group's attendance, check-ins, notes and handouts in one place on this laptop. "
                    "Nothing is sent anywhere: the app never uses the internet."),
            wordWrap=True)
        # A fixed width lets the wrapped label compute its height (a maximum width clips it).
        body.setFixedWidth(560)
        body.setMinimumHeight(body.heightForWidth(560))
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._create = named(QPushButton(self.tr("&Create your first group")), "createFirstGroup")
        self._create.setAccessibleName(self.tr("Create your first group"))
        self._create.setToolTip(self.tr("Name your group and say when it meets"))
        self._create.setDefault(True)
        self._create.setMinimumWidth(280)
        self._create.clicked.connect(self.create_group_requested)
        self._sample = named(QPushButton(self.tr("E&xplore with sample data")), "exploreSampleData")
        self._sample.setAccessibleName(self.tr("Explore with sample data"))
        self._sample.setToolTip(self.tr(
            "Opens a separate window on invented groups and people; your store stays empty"))
        self._sample.setMinimumWidth(280)
        self._sample.clicked.connect(self.sample_data_requested)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addStretch(1)
        for widget in (heading, body, self._create, self._sample):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self._create)
