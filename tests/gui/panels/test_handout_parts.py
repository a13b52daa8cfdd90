"""The Handouts tab's parts on their own: the filter bar keeps the chosen topic across reloads,
the "Given at" list selects the session on screen, and the session line says what ticking does."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QLabel

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.services.handouts import GivenAt
from facilitator_app.ui.panels.handout_filter_bar import ALL_TOPICS, HandoutFilterBar
from facilitator_app.ui.panels.handout_given_at import GivenAtList
from facilitator_app.ui.panels.handout_session_wording import session_text


def meeting(status: MeetingStatus, group_id: uuid.UUID) -> MeetingRecord:
    return MeetingRecord(id=uuid.uuid4(), group_id=group_id, date=date(2026, 12, 1), start_time=None,
                         end_time=None, venue="", topic="", status=status, visitor_count=0, co_facilitators="")


def test_the_filter_bar_keeps_the_chosen_topic_and_says_when_it_is_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = HandoutFilterBar()
    qtbot.addWidget(bar)
    chosen: list[str] = []
    bar.topic_changed.connect(chosen.append)
    assert bar.fill_topics(["grounding", "sleep"]) and chosen == []  # filling announces nothing
    bar.set_topic("sleep")
    assert chosen == ["sleep"] and bar.chosen_topic() == "sleep"
    assert bar.fill_topics(["boundaries", "sleep"]) and bar.chosen_topic() == "sleep"
    assert not bar.fill_topics(["boundaries"])
    assert bar.chosen_topic() == "" and bar.topic.currentText() == ALL_TOPICS
    assert chosen == ["sleep"]


def test_clearing_the_filter_bar_shows_the_whole_library(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = HandoutFilterBar()
    qtbot.addWidget(bar)
    texts: list[str] = []
    topics: list[str] = []
    bar.text_changed.connect(texts.append)
    bar.topic_changed.connect(topics.append)
    bar.fill_topics(["sleep"])
    bar.text.setText("breath")
    bar.set_topic("sleep")
    bar.clear()
    assert texts == ["breath", ""] and topics == ["sleep", ""]


def test_given_at_selects_the_session_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    given = GivenAtList()
    qtbot.addWidget(given)
    given.show()
    older, newer = uuid.uuid4(), uuid.uuid4()
    given.show_givings([GivenAt(newer, "Tuesday Evening", date(2026, 12, 1)),
                        GivenAt(older, "Tuesday Evening", date(2026, 11, 24))], current=older)
    assert given.list.count() == 2 and given.list.currentRow() == 1
    opened: list[object] = []
    given.session_requested.connect(opened.append)
    given.list.itemActivated.emit(given.list.item(0))
    assert opened == [newer]
    given.show_givings([], current=older)
    empty = given.findChild(QLabel, "handoutSessionsEmpty")
    assert not given.list.isVisible() and empty.isVisible() and empty.text() == "Not given at any session yet."


def test_the_session_line_says_what_ticking_does() -> None:
    group_id = uuid.uuid4()
    assert session_text(None, None).startswith("No session selected.")
    held = session_text(meeting(MeetingStatus.HELD, group_id), None)
    assert held.startswith("Tick the handouts given at the session on ") and " of " not in held
    cancelled = session_text(meeting(MeetingStatus.CANCELLED, group_id), None)
    assert "marked “Cancelled”, so no handouts can be ticked" in cancelled
