"""The Check-ins panel driven as a facilitator would: the keyboard, object names and a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QListView

from facilitator_app.domain.enums import AttendanceStatus, FlagRule, MeetingStatus
from facilitator_app.domain.instruments import MOOD, WHO5, InstrumentItem
from facilitator_app.services.checkins import InstrumentDraft
from facilitator_app.services.container import Services
from facilitator_app.services.quiet_words import rules_text, when
from facilitator_app.ui.dialogs.instrument_dialog import HIGHEST, LOWEST, TEXT, InstrumentDialog
from facilitator_app.ui.models.checkins_model import CheckinsModel, Kind
from facilitator_app.ui.models.follow_up_model import FollowUpModel
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.panels.checkins_panel import CheckinsPanel
from facilitator_app.ui.widgets.trend_chart import TrendChart
from tests.helpers.checkin_round import (
    STAYED_AWAY,
    World,
    key,
    make_world,
    mood_history,
    open_session,
    shown_panel,
    stored,
)
from tests.helpers.fixtures import weekly_draft


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, services: Services, undo_stack: QUndoStack) -> Iterator[CheckinsPanel]:  # type: ignore[no-untyped-def]
    yield from shown_panel(qtbot, services, undo_stack)


# --- models ---------------------------------------------------------------------------------------

def test_checkins_model_passes_the_model_tester(qtmodeltester, services: Services, world: World) -> None:  # type: ignore[no-untyped-def]
    meeting = world.meetings[0]
    services.checkins.record(meeting.id, world.people["Zoë"].id, MOOD.id, [7], word="hopeful")
    services.checkins.record(meeting.id, world.people["Søren"].id, MOOD.id, [], passed=True)
    model = CheckinsModel(saver=lambda _member, _entry: True)
    model.set_round(services.checkins.round(meeting.id), MOOD)
    qtmodeltester.check(model)
    assert [c.header for c in model.columns()] == ["Name", "Score", "Word", "Passed"]
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith("How are you today?")
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert list(rows) == ["Łukasz", "Søren", "Zoë"]
    assert model.index(rows["Zoë"], 1).data() == "7"
    assert model.index(rows["Zoë"], 2).data() == "hopeful"
    assert model.index(rows["Søren"], 1).data() == "passed"      # a pass, never a 0
    assert model.index(rows["Søren"], 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(rows["Łukasz"], 1).data() == ""
    assert model.index(rows["Zoë"], 0).data(ID_ROLE) == world.people["Zoë"].id
    assert model.counts() == (1, 1, 1)

    # The same round with WHO-5: a column per question, the total and the percentage.
    services.checkins.record(meeting.id, world.people["Łukasz"].id, WHO5.id, [3, 2, 4, 1, 2])
    model.set_round(services.checkins.round(meeting.id), WHO5)
    qtmodeltester.check(model)
    assert [c.header for c in model.columns()] == ["Name", "Q1", "Q2", "Q3", "Q4", "Q5", "Total", "%", "Word",
                                                    "Passed"]
    assert "I woke up feeling fresh and rested" in model.headerData(4, Qt.Orientation.Horizontal,
                                                                    Qt.ItemDataRole.ToolTipRole)
    row = rows["Łukasz"]
    assert [model.index(row, c).data() for c in range(1, 8)] == ["3", "2", "4", "1", "2", "12", "48%"]
    assert model.index(rows["Søren"], 6).data() == ""   # Søren's pass was with Mood: not this instrument's


def test_checkins_model_replaces_a_round_of_the_same_instrument_in_place(qtmodeltester, qtbot,  # type: ignore[no-untyped-def]
                                                                         services: Services, world: World) -> None:
    """Another session of the same group: rows change in place (no reset), with rows added or
    removed as the round grows or shrinks, and the model stays valid throughout."""
    meeting = world.meetings[0]
    services.checkins.record(meeting.id, world.people["Zoë"].id, MOOD.id, [7], word="hopeful")
    services.checkins.record(meeting.id, world.people["Søren"].id, MOOD.id, [], passed=True)
    lines = services.checkins.round(meeting.id)
    model = CheckinsModel(saver=lambda _member, _entry: True)
    model.set_round(lines[:1], MOOD)
    qtmodeltester.check(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    for shown in (lines, lines[1:2], lines[:0], lines[::-1]):
        model.set_round(shown, MOOD, reset=False)
        qtmodeltester.check(model)
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
            line.member.preferred_name for line in shown]
        assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
            "7" if line.member.id == world.people["Zoë"].id else
            "passed" if line.member.id == world.people["Søren"].id else "" for line in shown]
    assert resets == []
    model.set_round(lines, WHO5, reset=False)   # other columns: a reset after all
    assert resets == [True] and model.columnCount() == 10


def test_follow_up_model_passes_the_model_tester(qtmodeltester, services: Services, world: World) -> None:  # type: ignore[no-untyped-def]
    mood_history(services, world, "Zoë", [8, 8, 8, 8, 4])
    mood_history(services, world, "Łukasz", [6, 6, 6, 6, 2])
    model = FollowUpModel()
    model.set_entries(services.checkins.gentle_follow_ups(world.group.id))
    qtmodeltester.check(model)
    day = when(world.meetings[4].date, date.today())             # "on 8 Sep"
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        f"Łukasz — Mood 2 {day}, 4 below their usual 6", f"Zoë — Mood 4 {day}, 4 below their usual 8"]
    tip = model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Łukasz might welcome a quiet word: Mood 2") and "never a diagnosis" in tip
    assert model.index(1).data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        f"Zoë might welcome a quiet word: Mood 4 {day}, 4 below their usual 8. Latest check-in ")
    assert model.index(1).data(ID_ROLE) == world.people["Zoë"].id


# --- the round by keyboard ------------------------------------------------------------------------

def test_moving_to_another_session_closes_an_open_cell_editor(qtbot, panel: CheckinsPanel,  # type: ignore[no-untyped-def]
                                                               world: World, services: Services) -> None:
    """The round is replaced in place between sessions of one group, but a cell being edited
    belongs to the round it was opened in: the switch closes it rather than keep it on another's row."""
    services.checkins.record(world.meetings[4].id, world.people["Zoë"].id, MOOD.id, [6])
    view = open_session(panel, world, 5)
    resets: list[bool] = []
    view.model().modelReset.connect(lambda: resets.append(True))
    panel.show_meeting(world.meetings[4])             # same instrument, nothing being edited: in place
    assert resets == []
    zoe = view.model().row_of(world.people["Zoë"].id)
    assert view.model().index(zoe, 1).data() == "6"
    view.edit(view.model().index(0, 1))
    assert view.state() == view.State.EditingState
    panel.show_meeting(world.meetings[5])
    assert resets == [True]
    assert view.state() != view.State.EditingState
    assert view.model().index(zoe, 1).data() == ""


def test_record_a_round_by_keyboard_with_one_pass(qtbot, panel: CheckinsPanel, world: World,  # type: ignore[no-untyped-def]
                                                  store, undo_stack: QUndoStack) -> None:
    view = open_session(panel, world, 5)
    model = view.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Łukasz", "Søren", "Zoë"]
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 1)  # first score, ready to type

    key(qtbot, "7")                     # Łukasz: 7, Tab to the word, "calm", Tab on to Søren
    key(qtbot, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 2)
    key(qtbot, "calm")
    key(qtbot, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    key(qtbot, "x")                     # Søren passes: on to Zoë
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 1)
    key(qtbot, "10")                    # Zoë, the last: 10 then Enter, and the round is done
    with qtbot.waitSignal(panel.status_message) as said:
        key(qtbot, Qt.Key.Key_Return)
    assert said.args == ["Everyone in the round has checked in or passed."]

    assert stored(store.path) == {"Łukasz": (7, "calm", 0), "Søren": (None, "", 1), "Zoë": (10, "", 0)}
    assert model.index(1, 1).data() == "passed"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 1)   # stays on Zoë's score
    key(qtbot, Qt.Key.Key_Tab)                                                  # Tab reaches her word
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 2)
    key(qtbot, Qt.Key.Key_Tab)                                                  # past the end: Tab leaves
    assert not view.hasFocus()
    assert panel.findChild(QLabel, "checkinsCounts").text() == "2 checked in · 1 passed · everyone's done"
    assert undo_stack.count() == 4      # 7, the word, the pass, the 10: each saved at once, each undoable
    undo_stack.undo()
    assert "Zoë" not in stored(store.path)
    assert model.index(2, 1).data() == ""
    undo_stack.undo()
    assert "Søren" not in stored(store.path)
    undo_stack.redo()
    assert stored(store.path)["Søren"] == (None, "", 1)


def test_who5_is_saved_once_every_question_has_an_answer(qtbot, panel: CheckinsPanel, services: Services,  # type: ignore[no-untyped-def]
                                                         store) -> None:
    world = make_world(services, instrument_id=WHO5.id, sessions=2)
    view = open_session(panel, world, 1)
    assert panel.findChild(QLabel, "checkinsInstrument").text() == "WHO-5 · over the last two weeks"
    for answer in "3241":
        key(qtbot, answer)
        key(qtbot, Qt.Key.Key_Tab)
    assert stored(store.path) == {}                  # four of five answers: a draft, not saved
    assert view.model().index(0, 6).data() == "…"
    with qtbot.waitSignal(panel.status_message) as said:
        key(qtbot, "9")                              # out of range for 0-5: the cell refuses it, and says so
    assert said.args == ["Q5 takes a number from 0 to 5."]
    key(qtbot, "2")
    key(qtbot, Qt.Key.Key_Tab)
    assert stored(store.path) == {"Łukasz": (12, "", 0)}
    assert [view.model().index(0, c).data() for c in (6, 7)] == ["12", "48%"]
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 8)   # on to the word

    # Half a check-in is not in the store: moving to another session says so.
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, "4")
    key(qtbot, Qt.Key.Key_Tab)
    assert view.model().has_draft(1)
    with qtbot.waitSignal(panel.status_message) as said:
        panel.show_meeting(world.meetings[0])
    assert said.args[0].startswith("Not saved, as some questions had no answer yet: Søren (")
    assert stored(store.path) == {"Łukasz": (12, "", 0)}


def test_a_digit_typed_on_a_name_goes_to_the_first_question(qtbot, panel: CheckinsPanel, world: World,  # type: ignore[no-untyped-def]
                                                             store) -> None:
    view = open_session(panel, world, 2)
    view.setCurrentIndex(view.model().index(1, 0))   # Søren's name
    key(qtbot, "6")
    key(qtbot, Qt.Key.Key_Tab)
    assert stored(store.path) == {"Søren": (6, "", 0)}
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)


def test_delete_clears_a_check_in(qtbot, panel: CheckinsPanel, services: Services, world: World, store) -> None:  # type: ignore[no-untyped-def]
    services.checkins.record(world.meetings[1].id, world.people["Søren"].id, MOOD.id, [5], word="tired")
    view = open_session(panel, world, 1)
    view.setCurrentIndex(view.model().index(1, 0))
    key(qtbot, Qt.Key.Key_Delete)
    assert stored(store.path) == {}
    assert view.model().index(1, 1).data() == ""


# --- follow-ups and the trend ---------------------------------------------------------------------

def test_the_follow_up_list_reacts_when_a_mood_drops(qtbot, panel: CheckinsPanel, services: Services,  # type: ignore[no-untyped-def]
                                                     world: World) -> None:
    mood_history(services, world, "Zoë", [8, 8, 8, 8])
    view = open_session(panel, world, 4)
    follow_ups = panel.findChild(QListView, "followUpList")
    empty = panel.findChild(QLabel, "followUpEmpty")
    assert follow_ups.model().rowCount() == 0
    assert empty.isVisible() and "No one" in empty.text()

    view.setCurrentIndex(view.model().index(2, 1))  # Zoë
    key(qtbot, "4")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: follow_ups.model().rowCount() == 1)
    assert follow_ups.isVisible() and not empty.isVisible()
    day = when(world.meetings[4].date, date.today())
    assert follow_ups.model().index(0).data() == f"Zoë — Mood 4 {day}, 4 below their usual 8"

    # A change made elsewhere (another window, the command line) reaches the list too.
    mood_history(services, world, "Łukasz", [7, 7, 7, 7, 3])
    assert [follow_ups.model().index(r).data() for r in range(follow_ups.model().rowCount())] == [
        f"Łukasz — Mood 3 {day}, 4 below their usual 7", f"Zoë — Mood 4 {day}, 4 below their usual 8"]

    view.setCurrentIndex(view.model().index(2, 1))
    key(qtbot, Qt.Key.Key_X)                         # Zoë's latest is now a pass: no suggestion
    assert [follow_ups.model().index(r).data() for r in range(follow_ups.model().rowCount())] == [
        f"Łukasz — Mood 3 {day}, 4 below their usual 7"]


def test_a_first_low_mood_is_listed_with_its_reason_and_the_rules(qtbot, panel: CheckinsPanel,  # type: ignore[no-untyped-def]
                                                                  services: Services) -> None:
    """A new group's first evening: Søren says "1, rough". Nothing to compare with, and still listed."""
    world = make_world(services, sessions=1)
    view = open_session(panel, world, 0)
    rules = panel.findChild(QLabel, "followUpRules")
    assert rules.isVisible() and rules.text() == rules_text(MOOD)
    assert rules.text().startswith("Listed when someone's mood is 2 or below, or 3 or more below their usual")
    follow_ups = panel.findChild(QListView, "followUpList")
    assert follow_ups.model().rowCount() == 0

    view.setCurrentIndex(view.model().index(1, 1))    # Søren
    key(qtbot, "1")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, "rough")
    key(qtbot, Qt.Key.Key_Return)
    day = when(world.meetings[0].date, date.today())
    assert [follow_ups.model().index(r).data() for r in range(follow_ups.model().rowCount())] == [
        f"Søren — Mood 1 {day}"]
    assert follow_ups.isVisible() and not panel.findChild(QLabel, "followUpEmpty").isVisible()
    assert panel.findChild(QLabel, "followUpHint").text().endswith("never a diagnosis.")

    view.setCurrentIndex(view.model().index(0, 1))    # Łukasz: a 3 is not listed
    key(qtbot, "3")
    key(qtbot, Qt.Key.Key_Return)
    assert follow_ups.model().rowCount() == 1

    who5 = make_world(services, instrument_id=WHO5.id, sessions=1, name="Thursday Daytime")
    open_session(panel, who5, 0)
    assert rules.text() == "Listed when someone's WHO-5 total is below 13 (of 25); a pass never is."
    plain = services.checkins.create_instrument(InstrumentDraft("Plain scale", (InstrumentItem("Today?", 0, 5),)))
    open_session(panel, make_world(services, instrument_id=plain.id, sessions=1, name="Saturday Walk"), 0)
    assert rules.text() == "Plain scale has no follow-up total, so nobody is listed."


def test_the_trend_chart_describes_the_selected_members_values(qtbot, panel: CheckinsPanel, services: Services,  # type: ignore[no-untyped-def]
                                                               world: World) -> None:
    mood_history(services, world, "Zoë", [8, None, 6, 3])
    mood_history(services, world, "Łukasz", [5])
    view = open_session(panel, world, 4)
    chart = panel.findChild(TrendChart, "checkinTrendChart")
    assert chart is panel.chart and chart.isVisible()
    view.setCurrentIndex(view.model().index(2, 1))   # Zoë
    description = chart.accessibleDescription()
    assert description.startswith("Zoë's Mood, last 4 check-ins")
    assert description.endswith(": 8, passed, 6, 3. Latest: 3.")
    assert [p.total for p in chart.points()] == [8, None, 6, 3]
    assert chart.toolTip() == description
    view.setCurrentIndex(view.model().index(0, 1))   # Łukasz
    assert chart.accessibleDescription().startswith("Łukasz's Mood, last 1 check-in on ")
    view.setCurrentIndex(view.model().index(1, 1))   # Søren: nothing yet
    assert chart.accessibleDescription() == "Søren has no Mood check-ins yet."
    chart.grab()   # paints without trouble, with and without points


def test_a_follow_up_entry_opens_the_members_row(qtbot, panel: CheckinsPanel, services: Services,  # type: ignore[no-untyped-def]
                                                 world: World) -> None:
    mood_history(services, world, "Zoë", [8, 8, 8, 8, 4])
    view = open_session(panel, world, 5)
    follow_ups = panel.findChild(QListView, "followUpList")
    follow_ups.setFocus()
    follow_ups.setCurrentIndex(follow_ups.model().index(0))
    qtbot.keyClick(follow_ups, Qt.Key.Key_Return)
    assert view.model().index(view.currentIndex().row(), 0).data() == "Zoë"
    assert panel.chart.accessibleDescription().startswith("Zoë's Mood")


# --- sessions where nothing is recorded -----------------------------------------------------------

def test_a_group_without_a_scored_check_in(panel: CheckinsPanel, services: Services) -> None:
    world = make_world(services, instrument_id=None, sessions=1)
    view = open_session(panel, world, 0)
    assert not view.isVisible()
    assert "no scored check-in" in panel.findChild(QLabel, "checkinsNote").text()
    assert panel.findChild(QLabel, "checkinsInstrument").text() == "No scored check-in"


def test_a_held_session_keeps_the_check_in_it_was_recorded_with(qtbot, panel: CheckinsPanel,  # type: ignore[no-untyped-def]
                                                                  services: Services, world: World, store) -> None:
    """Changing the group from Mood to WHO-5 (or to none) hides no recorded score: a session already
    checked in keeps showing Mood, and a new entry there is Mood too; a session not yet checked in uses WHO-5."""
    held = world.meetings[0]
    services.checkins.record(held.id, world.people["Łukasz"].id, MOOD.id, [7], word="calm")
    services.checkins.record(held.id, world.people["Søren"].id, MOOD.id, [], passed=True)
    services.groups.update_group(world.group.id, weekly_draft(world.group.name, instrument_id=WHO5.id))
    group = services.groups.get_group(world.group.id)
    label = panel.findChild(QLabel, "checkinsInstrument")

    panel.show_group(group)
    panel.show_meeting(world.meetings[1])                       # nobody checked in yet: the group's WHO-5
    model = panel.findChild(CheckinsModel)
    assert [c.header for c in model.columns() if c.kind is Kind.ITEM] == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    assert label.text().startswith("WHO-5") and "as recorded" not in label.text()

    view = open_session(panel, World(group, world.meetings, world.people), 0)
    model = view.model()
    assert len(model.item_columns()) == 1                       # Mood's one score, as recorded
    assert [model.index(r, 1).data() for r in range(3)] == ["7", "passed", ""]
    assert label.text() == "Mood · today (as recorded; the group now uses WHO-5)"
    view.move_to(2, 1)
    key(qtbot, "5")                                             # Zoë, late to the round: Mood as well
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Zoë" in stored(store.path))
    assert stored(store.path) == {"Łukasz": (7, "calm", 0), "Søren": (None, "", 1), "Zoë": (5, "", 0)}
    assert {c.instrument_id for c in services.checkins.list_for_meeting(held.id)} == {MOOD.id}

    services.groups.update_group(world.group.id, weekly_draft(world.group.name, instrument_id=None))
    assert view.isVisible() and [model.index(r, 1).data() for r in range(3)] == ["7", "passed", "5"]
    assert label.text() == "Mood · today (as recorded; the group now uses none)"
    narrowest = panel.minimumSizeHint().width()
    long_name = "An evening check-in with a rather long name that the organisation chose "
    custom = services.checkins.create_instrument(InstrumentDraft(long_name, (InstrumentItem("How settled?", 1, 7),)))
    services.groups.update_group(world.group.id, weekly_draft(world.group.name, instrument_id=custom.id))
    assert label.toolTip() == label.text() and long_name.strip() in label.text()
    assert panel.minimumSizeHint().width() <= narrowest           # a long name is cut, not widening the panel


def test_the_panel_follows_a_change_of_the_groups_instrument_once(panel: CheckinsPanel, services: Services,
                                                                   world: World,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Editing the group publishes GROUP and INSTRUMENT in one batch: the panel shows the new instrument,
    reloading once; and the INSTRUMENT change alone is enough (its own batch, where GROUP is skipped)."""
    label = panel.findChild(QLabel, "checkinsInstrument")
    open_session(panel, world, 1)                               # nobody checked in yet: the group's Mood
    model = panel.findChild(CheckinsModel)
    assert label.text().startswith("Mood")
    reloads: list[None] = []
    reload = panel._reload
    monkeypatch.setattr(panel, "_reload", lambda: (reloads.append(None), reload())[1])

    services.groups.update_group(world.group.id, weekly_draft(world.group.name, instrument_id=WHO5.id))
    assert label.text().startswith("WHO-5") and len(reloads) == 1
    assert [c.header for c in model.columns() if c.kind is Kind.ITEM] == ["Q1", "Q2", "Q3", "Q4", "Q5"]

    services.groups.update_group(world.group.id, weekly_draft(world.group.name, instrument_id=MOOD.id),
                                 origin=panel)
    assert label.text().startswith("Mood") and len(reloads) == 2
    assert len([c for c in model.columns() if c.kind is Kind.ITEM]) == 1


def test_a_cancelled_session_records_nothing(panel: CheckinsPanel, services: Services, world: World) -> None:
    view = open_session(panel, world, 5)
    assert view.isVisible()
    services.meetings.set_status(world.meetings[5].id, MeetingStatus.CANCELLED)
    assert not view.isVisible()
    assert "nothing is recorded" in panel.findChild(QLabel, "checkinsNote").text()
    assert "Cancelled" in panel.findChild(QLabel, "checkinsTitle").text()


def test_someone_marked_present_elsewhere_joins_the_round(panel: CheckinsPanel, services: Services,
                                                          world: World) -> None:
    view = open_session(panel, world, 5)
    assert view.model().rowCount() == 3
    services.attendance.set_status(world.meetings[5].id, world.people[STAYED_AWAY].id, AttendanceStatus.LATE)
    assert [view.model().index(r, 0).data() for r in range(view.model().rowCount())] == [
        "Aiyana", "Łukasz", "Søren", "Zoë"]


# --- the organisation's own check-ins -------------------------------------------------------------

def test_the_instrument_dialog_creates_a_custom_check_in(qtbot, panel: CheckinsPanel, services: Services) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    panel.status_message.connect(seen.append)
    problems: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InstrumentDialog)
        dialog.ok_button.click()                     # no name yet: refused, with a sentence
        problems.append(dialog.findChild(QLabel, "dialogError").text())
        qtbot.keyClicks(dialog.name_edit, "Evening calm")
        table = dialog.items_table
        table.item(0, TEXT).setText("How settled do you feel?")
        table.item(0, LOWEST).setData(Qt.ItemDataRole.EditRole, 1)
        table.item(0, HIGHEST).setData(Qt.ItemDataRole.EditRole, 7)
        dialog.add_button.click()
        table.item(1, TEXT).setText("How was your sleep?")
        table.item(1, HIGHEST).setData(Qt.ItemDataRole.EditRole, 4)
        problems.append(dialog.totals_label.text())
        dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData(FlagRule.BELOW.value))
        dialog.threshold_spin.setValue(4)
        dialog.ok_button.click()

    QTimer.singleShot(0, fill_in)
    dialog = panel.open_instrument_dialog(None)
    assert problems[0] == "Please enter a check-in name: it cannot be left blank."
    assert problems[1] == "2 questions · totals 1 to 11"
    assert dialog.result() == InstrumentDialog.DialogCode.Accepted
    [custom] = [d for d in services.checkins.instruments() if not d.builtin]
    assert (custom.name, [(i.text, i.minimum, i.maximum) for i in custom.items], custom.flag_rule,
            custom.flag_value) == ("Evening calm", [("How settled do you feel?", 1, 7), ("How was your sleep?", 0, 4)],
                                   FlagRule.BELOW, 4)
    assert seen == ["Saved “Evening calm”. Choose it for a group in Group > Edit group."]


def test_the_instrument_dialog_edits_and_explains_refusals(qtbot, services: Services, world: World) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.domain.instruments import InstrumentItem
    from facilitator_app.services.checkins import InstrumentDraft

    defn = services.checkins.create_instrument(InstrumentDraft("Sleep", (InstrumentItem("Hours of rest?", 0, 5),)))
    services.checkins.record(world.meetings[0].id, world.people["Zoë"].id, defn.id, [3])
    dialog = InstrumentDialog(lambda draft: services.checkins.update_instrument(defn.id, draft), defn)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Sleep"
    assert dialog.items_table.item(0, HIGHEST).data(Qt.ItemDataRole.EditRole) == 5
    dialog.items_table.item(0, HIGHEST).setData(Qt.ItemDataRole.EditRole, 10)
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "dialogError")
    assert not error.isHidden() and "already been used for 1 check-in" in error.text()
    dialog.items_table.item(0, HIGHEST).setData(Qt.ItemDataRole.EditRole, 5)
    dialog.items_table.item(0, TEXT).setText("How rested do you feel?")
    dialog.ok_button.click()
    assert dialog.result() == InstrumentDialog.DialogCode.Accepted
    assert services.checkins.instrument(defn.id).items[0].text == "How rested do you feel?"


def test_every_control_has_a_name_and_a_tooltip(panel: CheckinsPanel, world: World) -> None:
    open_session(panel, world, 5)
    for widget in panel.tab_chain():
        assert widget.accessibleName(), widget.objectName()
        assert widget.toolTip(), widget.objectName()
    names = {w.objectName() for w in panel.tab_chain()}
    assert {"checkinsView", "checkinTrendChart", "followUpList", "manageInstruments"} <= names
    assert panel.objectName() == "checkinsPanel"
    assert Kind.PASSED in {c.kind for c in panel.view.model().columns()}
