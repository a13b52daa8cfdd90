"""Two facilitators write the same session's note at once, each on their laptop, both on the
server: the second save does not overwrite the first; both texts are kept and the writer is told."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from facilitator_app.domain.note_versions import BOTH_MARK
from facilitator_app.domain.records import NoteSections
from facilitator_app.services.container import Services
from facilitator_app.ui.panels.notes_panel import NotesPanel
from tests.helpers.fixtures import weekly_draft


def test_two_laptops_writing_one_note_keep_both_texts(qtbot: QtBot, laptops: tuple[Services, Services]) -> None:
    ana, ben = laptops
    group = ana.groups.create_group(weekly_draft())
    meeting = ana.meetings.schedule_next(group.id, 1, start=date(2026, 1, 1))[0]
    ana.notes.save_note(meeting.id, NoteSections(themes="sleep", follow_ups="call Zoë"))
    panels = []
    for services in (ana, ben):
        panel = NotesPanel(services)
        qtbot.addWidget(panel)
        panel.show_meeting(services.meetings.get_meeting(meeting.id))
        panels.append(panel)
    said: list[str] = []
    panels[1].error_raised.connect(said.append)
    panels[0].editor("themes").setPlainText("sleep and family")
    panels[0].editor("strategies").setPlainText("breathing")
    assert panels[0].flush()
    panels[1].editor("themes").setPlainText("sleep, walking")
    panels[1].editor("free_text").setPlainText("Ben's own note")
    assert panels[1].flush()
    assert len(said) == 1 and "Someone else saved this note" in said[0]
    note = ana.notes.get_note(meeting.id)
    assert note is not None
    assert note.sections.themes == f"sleep and family\n\n{BOTH_MARK}\nsleep, walking"
    assert (note.sections.strategies, note.sections.follow_ups, note.sections.free_text) == \
        ("breathing", "call Zoë", "Ben's own note")
    assert panels[1].editor("themes").toPlainText() == note.sections.themes   # what was saved is shown
    panels[1].editor("safety_concerns").setPlainText("none")
    assert panels[1].flush() and len(said) == 1   # its next save builds on the merged note: no new conflict
