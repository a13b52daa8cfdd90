"""Above the check-in round: the session, the check-in it uses, the button that manages check-ins,
and a note saying what to do (or why there is nothing to fill in)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.services.checkins import short_name
from facilitator_app.ui.formatting import label_of, long_date
from facilitator_app.ui.naming import named
from facilitator_app.ui.panels.checkin_round_view import keys_hint
from facilitator_app.ui.widgets.labels import title_label, two_line_label


class CheckinHeading(QWidget):
    """The title, the check-in used and the note; ``manage`` sits at the right of the title."""

    def __init__(self, manage: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title_label("checkinsTitle", self.tr("Session"))
        self._instrument = named(QLabel(), "checkinsInstrument")
        self._instrument.setAccessibleName(self.tr("Check-in used"))
        # A long check-in name is cut rather than widening the panel past a small window (full text as its tip).
        self._instrument.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._note = two_line_label("checkinsNote", self.tr("About this round"))

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self._title)
        titles.addWidget(self._instrument)
        top.addLayout(titles, 1)
        top.addWidget(manage, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._note)

    def show_nothing(self) -> None:
        self._title.setText(self.tr("No session selected"))
        self._instrument.setText("")
        self._note.setText(self.tr("Choose a session on the left to record its check-in round."))

    def show_round(self, meeting: MeetingRecord, group_name: str, defn: InstrumentDefinition | None,
                   current: InstrumentDefinition | None, recordable: bool, anyone: bool) -> None:
        """The round of ``meeting`` with ``defn`` (``current``: what the group uses now); ``anyone``:
        someone is marked as attending."""
        status = "" if meeting.status in (MeetingStatus.PLANNED,
                                          MeetingStatus.HELD) else self.tr(" · {label}").format(
                                              label=label_of(meeting.status))
        self._title.setText(self.tr("Check-ins · {long_date}{status}").format(long_date=long_date(meeting.date),
                                                                              status=status))
        if defn is None:
            self._instrument.setText(self.tr("No scored check-in"))
            self._note.setText(self.tr("{group_name} has no scored check-in, so there is nothing to fill in here: "
                                       "people simply say how they are. To use one, choose it in Group > Edit "
                                       "group.").format(group_name=group_name))
            return
        label = self.tr("{short_name} · {period}").format(short_name=short_name(defn),
                                                          period=defn.period) if defn.period else short_name(defn)
        if current is None or defn.id != current.id:
            label += f" (as recorded; the group now uses {short_name(current) if current else 'none'})"
        self._instrument.setText(label)
        self._instrument.setToolTip(label)
        if not recordable:
            self._note.setText(self.tr("This session is marked “{label}”, so nothing is recorded for it. If that "
                                       "was a mistake, set it back to planned in the Session menu.").format(
                                           label=label_of(meeting.status)))
        elif not anyone:
            self._note.setText(self.tr("Nobody is marked as attending this session yet. Take attendance first "
                                       "(Ctrl+1): everyone who came appears here for the round."))
        else:
            self._note.setText(keys_hint(len(defn.items)))
