"""The export dialog's "what will leave" (``scrubPreview``): the free text as it will read, with
the names replaced at the chosen level marked, worked out again as the options change; in every
kind's Export… and Print… dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QListWidget, QWidget

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import MeetingRecord, MemberRecord, NoteSections
from facilitator_app.export.kinds import KINDS, ExportKind, KindSpec
from facilitator_app.export.privacy import NameLevel
from facilitator_app.services.container import Services
from facilitator_app.services.meetings import MeetingDetails
from facilitator_app.services.members import MemberDraft
from facilitator_app.ui.dialogs.export_dialog import ExportDialog
from facilitator_app.ui.export_actions import ExportActions
from tests.unit.export.pdfs import MAIN_GROUP, copy_of, sample_file, services_on


@pytest.fixture
def planted(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[tuple[Services, MeetingRecord,
                                                                                       MemberRecord]]:
    path = copy_of(sample_file(tmp_path_factory), tmp_path / "store")
    with services_on(path) as services:
        group = services.groups.find_group(MAIN_GROUP)
        meeting = services.meetings.find_meeting(group.id, None)
        assert meeting.status is MeetingStatus.HELD
        zed = services.members.add_member(MemberDraft(preferred_name="Zed", full_name="Zarthex Ólafsdóttir"),
                                          group_id=group.id, joined_on=meeting.date)
        services.meetings.update_details(meeting.id, MeetingDetails(topic="Welcome back, Zarthex Ólafsdóttir"))
        services.notes.save_note(meeting.id, NoteSections(themes="Zarthex asked for a call."))
        services.checkins.record(meeting.id, zed.id, MOOD.id, [6], word="missing zarthex")
        yield services, services.meetings.get_meeting(meeting.id), services.members.get_member(zed.id)


@pytest.fixture
def actions(qtbot, planted: tuple[Services, MeetingRecord, MemberRecord],  # type: ignore[no-untyped-def]
            tmp_path: Path) -> Iterator[ExportActions]:
    services, meeting, member = planted
    window = QWidget()
    qtbot.addWidget(window)
    group = services.groups.get_group(meeting.group_id)
    made = ExportActions(services, window, lambda: group, lambda: meeting, lambda: member,
                         documents_dir=tmp_path)
    yield made
    assert made.shutdown(10_000)


def opened(actions: ExportActions, kind: ExportKind, for_print: bool = False,
           look: object = None) -> dict[str, object]:
    """Open the kind's dialog as the window does; ``look(dialog)`` runs while it is open."""
    seen: dict[str, object] = {}

    def ask(dialog: ExportDialog) -> None:
        seen["dialog"] = dialog
        seen["lines"] = _lines(dialog)
        seen["summary"] = dialog.findChild(QLabel, "scrubPreviewSummary").text()
        if callable(look):
            look(dialog)
        return None

    actions.ask = ask
    (actions.print_from_dialog if for_print else actions.export_from_dialog)(kind)
    return seen


def _lines(dialog: ExportDialog) -> list[str]:
    found = dialog.findChild(QListWidget, "scrubPreview")
    assert found is not None
    return [found.item(row).text() for row in range(found.count())]


def _choose_level(dialog: ExportDialog, level: NameLevel) -> None:
    combo = dialog.findChild(QComboBox, "exportNameLevel")
    combo.setCurrentIndex(combo.findData(level.value))


def test_the_session_summary_shows_what_will_leave_at_each_level(actions: ExportActions) -> None:
    def look(dialog: ExportDialog) -> None:
        words = dialog.findChild(QCheckBox, "exportIncludeWords")
        notes = dialog.findChild(QCheckBox, "exportIncludeNotes")
        # Initials (suggested): the topic and the word, names as initials and marked.
        lines = _lines(dialog)
        assert "Topic: Welcome back, «Z.Ó.»" in lines and "Word shared: missing «Z.Ó.»" in lines
        assert not words.isEnabled() and not any(line.startswith("Note:") for line in lines)
        notes.setChecked(True)
        assert "Note: Themes: «Z.Ó.» asked for a call." in _lines(dialog)
        _choose_level(dialog, NameLevel.NONE)
        lines = _lines(dialog)
        assert words.isEnabled() and "Topic: Welcome back, «[name]»" in lines
        assert not any(line.startswith("Word shared") for line in lines)   # left out unless asked for
        words.setChecked(True)
        assert "Word shared: missing «[name]»" in _lines(dialog)
        _choose_level(dialog, NameLevel.FULL)
        assert "Topic: Welcome back, Zarthex Ólafsdóttir" in _lines(dialog)
        assert "as written" in dialog.findChild(QLabel, "scrubPreviewSummary").text()
        all_text = "\n".join(_lines(dialog))
        assert "«" not in all_text

    seen = opened(actions, ExportKind.SESSION_SUMMARY, look=look)
    assert "names replaced, marked « »" in str(seen["summary"])


def test_printing_shows_the_preview_too(actions: ExportActions) -> None:
    seen = opened(actions, ExportKind.SESSION_SUMMARY, for_print=True)
    assert "Topic: Welcome back, «Z.Ó.»" in seen["lines"]   # type: ignore[operator]


@pytest.mark.parametrize("spec", KINDS, ids=lambda spec: spec.cli_name)
def test_every_kind_has_the_preview_and_never_shows_the_name_below_full(actions: ExportActions,
                                                                        spec: KindSpec) -> None:
    seen = opened(actions, spec.kind)
    assert seen["summary"]
    text = "\n".join(seen["lines"]).lower()   # type: ignore[arg-type]
    if spec.default_level is not NameLevel.FULL:
        assert "zarthex" not in text and "ólafsdóttir" not in text


def test_the_window_says_how_many_names_an_export_replaced(qtbot, actions: ExportActions) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    actions.status_message.connect(said.append)
    actions.ask = lambda dialog: dialog.request()
    actions.open_file = lambda path: True   # "open it afterwards" is ticked by default
    with qtbot.waitSignal(actions.export_finished, timeout=20_000) as finished:
        actions.export_from_dialog(ExportKind.SESSION_SUMMARY)
    replaced = finished.args[1].replaced
    assert replaced >= 2   # the topic's full name and the word, at initials
    assert said[-1].endswith(f"; {replaced} names replaced in free text")
