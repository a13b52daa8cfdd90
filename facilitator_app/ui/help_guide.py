"""Help > Getting started (F1): a short guide to one evening with the app, before, at the door, the
round and after, naming the keys that do each step.

It is a window beside the main one, not in its way: it stays open while the facilitator tries what
it says, closes with Esc or Close, and fits a 960x600 screen at any text size (the text scrolls).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from facilitator_app.ui.naming import named


class GettingStartedDialog(QDialog):
    """The guide to one evening; non-modal, Esc or Close closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.setWindowTitle(self.tr("Getting started"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

        self.text = named(QTextBrowser(), "gettingStartedText")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Getting started guide"))
        self.text.setAccessibleDescription(self.tr("A short guide to one evening. Use the arrow keys and "
                                                   "Page Down to read on; Esc closes it."))
        self.text.setToolTip(self.tr("Arrow keys and Page Up / Page Down scroll; Esc closes the guide"))
        self.text.setHtml(self._html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("gettingStartedClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the guide (Esc)"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.fit_to((self.parentWidget() or self).screen().availableGeometry().size())

    def fit_to(self, available: QSize) -> None:
        """About 30 lines of 70 characters, never more than most of ``available`` (the screen)."""
        metrics = self.text.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * 72 + 60, metrics.lineSpacing() * 30 + 80)
        self.resize(min(wanted.width(), available.width() - 80), min(wanted.height(), available.height() - 80))

    def sections(self) -> list[tuple[str, list[str]]]:
        """(heading, paragraphs) in reading order; every sentence is translated whole."""
        return [
            (self.tr("One evening with Facilitator"), [
                self.tr("This is a short walk through one group evening: getting ready, welcoming people "
                        "at the door, the check-in round, and the few minutes afterwards. Everything stays "
                        "on this computer. Nothing is sent anywhere."),
            ]),
            (self.tr("Before the evening"), [
                self.tr("Choose your group on the left and the evening's session under it (Alt+P goes to the "
                        "groups, Alt+I to the sessions). No session yet? Group > Schedule sessions "
                        "(Ctrl+Shift+S) plans the next few weeks for you."),
                self.tr("If you like paper at the door, Group > Print sign-in sheet prints one with "
                        "everyone's names. A handout for tonight can wait in the Handouts tab (Ctrl+4)."),
            ]),
            (self.tr("At the door"), [
                self.tr("Open the Attendance tab (Ctrl+1). Move through the names with the Up and Down "
                        "keys and press P for present, L for late, O for left early, E for excused or "
                        "A for absent. Space goes through them in turn, Delete clears a mark."),
                self.tr("Someone new? Press Ctrl+W, type the name they would like to use and press Enter: "
                        "they are added and marked present. Visitors who would rather stay anonymous are "
                        "just a number (Alt+V). Ctrl+Shift+P marks everyone present at once."),
                self.tr("Made a slip? Ctrl+Z undoes it, Ctrl+Shift+Z puts it back."),
            ]),
            (self.tr("The round"), [
                self.tr("In the Check-ins tab (Ctrl+2) type each person's number and press Enter to move "
                        "on to the next person. Tab goes to the optional word. Anyone may pass: press X, "
                        "and a pass is kept as a pass, never as a zero."),
                self.tr("A gentle flag beside a name is only a prompt that you might check in with that "
                        "person quietly later. It is not a judgement about anyone."),
            ]),
            (self.tr("After the evening"), [
                self.tr("Jot a few notes in the Notes tab (Ctrl+3): themes, what helped, anything to follow "
                        "up. Refer to people by their initials; Ctrl+I puts a member's initials where you "
                        "are typing. Notes are saved as you type."),
                self.tr("Ctrl+P prints a summary of the session. Ctrl+B makes a backup now (one is also "
                        "made when you close the window)."),
                self.tr("Stepping away from the laptop? Ctrl+L locks the window, and it locks by itself "
                        "after a few quiet minutes (File > Lock after)."),
            ]),
            (self.tr("Making it comfortable"), [
                self.tr("View > Text size makes the writing larger (Ctrl+=) or smaller (Ctrl+-); Ctrl+0 "
                        "goes back to normal. View > High contrast (Ctrl+Shift+H) gives stronger colours. "
                        "Date fields open their calendar with F4 or Alt+Down."),
                self.tr("F1 opens this guide again. Help > Keyboard shortcuts (Ctrl+/) lists every key."),
            ]),
        ]

    def _html(self) -> str:
        parts = []
        for index, (heading, paragraphs) in enumerate(self.sections()):
            tag = "h2" if index == 0 else "h3"
            parts.append(f"<{tag}>{escape(heading)}</{tag}>")
            parts += [f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs]
        return "".join(parts)

    def plain_text(self) -> str:
        """What the guide says, as a screen reader reads it."""
        return self.text.toPlainText()
