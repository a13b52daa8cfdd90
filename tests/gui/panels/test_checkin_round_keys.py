"""The check-in round's keys, pressed as a facilitator presses them: a number and Enter per answer,
Enter on to the next person after their last answer, Tab to the optional word, X for a pass."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QListView, QTableView

from facilitator_app.app import create_main_window
from facilitator_app.domain.enums import FlagRule
from facilitator_app.domain.instruments import MOOD, PHQ2, WHO5, InstrumentItem
from facilitator_app.services.checkins import InstrumentDraft
from facilitator_app.services.container import Services, build_services
from facilitator_app.storage.store import open_store
from facilitator_app.ui.panels.checkin_round_view import keys_hint, next_cell
from facilitator_app.ui.panels.checkins_panel import CheckinsPanel
from tests.helpers.checkin_round import World, key, make_world, open_session, shown_panel, stored


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, services: Services, undo_stack: QUndoStack) -> Iterator[CheckinsPanel]:  # type: ignore[no-untyped-def]
    yield from shown_panel(qtbot, services, undo_stack)


def at(view: QTableView) -> tuple[str, str]:
    """Whose cell, and which column, the round is on."""
    index = view.currentIndex()
    return (view.model().index(index.row(), 0).data(),
            view.model().headerData(index.column(), Qt.Orientation.Horizontal))


def shift_tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)


def editor_text() -> str | None:
    editor = QApplication.focusWidget()
    return editor.text() if isinstance(editor, QLineEdit) else None


# --- the order Enter and Tab follow (no widgets) ----------------------------------------------------

def test_next_cell_goes_row_after_row_along_the_listed_columns() -> None:
    items = [1, 2, 3]                                  # three questions; the word (column 5) is not listed
    assert next_cell(items, 2, 0, 1, 1) == (0, 2)
    assert next_cell(items, 2, 0, 3, 1) == (1, 1)      # after someone's last answer: the next person's first
    assert next_cell(items, 2, 1, 3, 1) is None        # the end of the round
    assert next_cell(items, 2, 1, 1, -1) == (0, 3)
    assert next_cell(items, 2, 0, 1, -1) is None
    assert next_cell(items, 2, 0, 5, 1) == (1, 1)      # from the word, Enter goes on to the next person
    assert next_cell(items, 2, 1, 0, 1) == (1, 1)      # from the name, to that person's first answer
    assert next_cell(items, 2, 1, 0, -1) == (0, 3)
    assert next_cell([1, 5], 2, 0, 1, 1) == (0, 5)     # Tab's order includes the word
    assert next_cell([], 2, 0, 1, 1) is None
    assert next_cell(items, 0, 0, 1, 1) is None


# --- Mood: one number per person ------------------------------------------------------------------

def test_a_number_and_enter_per_person_leaves_the_words_empty(qtbot, panel: CheckinsPanel, world: World,  # type: ignore[no-untyped-def]
                                                              store) -> None:
    view = open_session(panel, world, 5)
    hint = panel.findChild(QLabel, "checkinsNote").text()
    assert hint == keys_hint(1)
    assert hint.startswith("Type a number and press Enter to go on to the next person.")
    assert "Tab reaches the optional word" in hint
    assert at(view) == ("Łukasz", "Score")

    key(qtbot, "7")
    key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path) == {"Łukasz": (7, "", 0)}        # saved at once, before the next key
    assert at(view) == ("Søren", "Score")
    key(qtbot, "5")
    key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path) == {"Łukasz": (7, "", 0), "Søren": (5, "", 0)}
    assert at(view) == ("Zoë", "Score")
    assert [view.model().index(r, 2).data() for r in range(3)] == ["", "", ""]   # every word still empty

    key(qtbot, Qt.Key.Key_Tab)                                    # Tab is the way to the word
    assert at(view) == ("Zoë", "Word")
    key(qtbot, "tired")
    key(qtbot, Qt.Key.Key_Return)                                 # a word alone waits for the score
    assert "Zoë" not in stored(store.path)
    shift_tab(qtbot)
    assert at(view) == ("Zoë", "Score")
    with qtbot.waitSignal(panel.status_message) as said:
        key(qtbot, "3")
        key(qtbot, Qt.Key.Key_Return)                             # the last person: the round is done
    assert said.args == ["Everyone in the round has checked in or passed."]
    assert stored(store.path)["Zoë"] == (3, "tired", 0)


def test_typing_a_digit_on_a_selected_cell_starts_editing_with_that_digit(qtbot, panel: CheckinsPanel,  # type: ignore[no-untyped-def]
                                                                         services: Services, world: World,
                                                                         store) -> None:
    services.checkins.record(world.meetings[5].id, world.people["Søren"].id, MOOD.id, [7], word="calm")
    view = open_session(panel, world, 5)
    view.setCurrentIndex(view.model().index(0, 1))                # Łukasz, nothing yet
    key(qtbot, "8")
    assert view.state() == QAbstractItemView.State.EditingState and editor_text() == "8"
    key(qtbot, Qt.Key.Key_Escape)                                 # Esc leaves the cell as it was
    assert view.state() != QAbstractItemView.State.EditingState and "Łukasz" not in stored(store.path)

    view.setCurrentIndex(view.model().index(1, 1))                # Søren's 7: the digit replaces it
    key(qtbot, "4")
    assert editor_text() == "4"
    key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path)["Søren"] == (4, "calm", 0)
    assert at(view) == ("Zoë", "Score")


def test_a_pass_stays_a_pass_as_enter_goes_by(qtbot, panel: CheckinsPanel, world: World, store,  # type: ignore[no-untyped-def]
                                             undo_stack: QUndoStack) -> None:
    view = open_session(panel, world, 5)
    key(qtbot, "6")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, "x")                                               # Søren passes: on to Zoë
    assert at(view) == ("Zoë", "Score")
    assert stored(store.path)["Søren"] == (None, "", 1)

    shift_tab(qtbot)                                # back past Søren's word to his "passed"
    shift_tab(qtbot)
    assert at(view) == ("Søren", "Score")
    key(qtbot, Qt.Key.Key_Return)                                 # Enter on a pass moves on, nothing more
    assert at(view) == ("Zoë", "Score")
    shift_tab(qtbot)
    shift_tab(qtbot)
    key(qtbot, Qt.Key.Key_F2)                                     # opened and closed again unchanged
    assert editor_text() == ""
    key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path)["Søren"] == (None, "", 1)

    view.setCurrentIndex(view.model().index(1, 2))                # a word goes with the pass
    key(qtbot, "away")
    key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path)["Søren"] == (None, "away", 1)
    assert at(view) == ("Zoë", "Score")                           # from the word, Enter goes to the next person
    assert view.model().index(1, 1).data() == "passed"
    assert undo_stack.count() == 3                                # the 6, the pass, the word: nothing else


# --- several questions ----------------------------------------------------------------------------

def test_a_who5_round_is_a_number_and_enter_for_each_answer(qtbot, panel: CheckinsPanel, services: Services,  # type: ignore[no-untyped-def]
                                                            store) -> None:
    world = make_world(services, instrument_id=WHO5.id, sessions=1)
    view = open_session(panel, world, 0)
    assert panel.findChild(QLabel, "checkinsNote").text() == keys_hint(5)
    assert "after someone's last one, Enter goes on to the next person" in keys_hint(5)
    for answer, question in zip("32412", ("Q1", "Q2", "Q3", "Q4", "Q5"), strict=True):
        assert at(view) == ("Łukasz", question)
        key(qtbot, answer)
        key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path) == {"Łukasz": (12, "", 0)}
    assert at(view) == ("Søren", "Q1")                            # the word is skipped: on to the next person
    for answer in "55555":
        key(qtbot, answer)
        key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path) == {"Łukasz": (12, "", 0), "Søren": (25, "", 0)}
    assert at(view) == ("Zoë", "Q1")
    key(qtbot, "x")
    assert stored(store.path)["Zoë"] == (None, "", 1)
    word = view.model().columns().index(next(c for c in view.model().columns() if c.header == "Word"))
    assert [view.model().index(r, word).data() for r in range(3)] == ["", "", ""]


def test_a_phq2_round_and_a_refused_answer(qtbot, panel: CheckinsPanel, services: Services, store) -> None:  # type: ignore[no-untyped-def]
    world = make_world(services, instrument_id=PHQ2.id, sessions=1)
    view = open_session(panel, world, 0)
    with qtbot.waitSignal(panel.status_message) as said:
        key(qtbot, "4")                                           # 0 to 3 only: refused, and said why
    assert said.args == ["Q1 takes a number from 0 to 3."]
    for answer in "1", "2", "0", "3":
        key(qtbot, answer)
        key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path) == {"Łukasz": (3, "", 0), "Søren": (3, "", 0)}
    assert at(view) == ("Zoë", "Q1")


def test_an_out_of_range_answer_and_enter_stay_on_the_question(qtbot, panel: CheckinsPanel,  # type: ignore[no-untyped-def]
                                                                services: Services, store) -> None:
    """WHO-5 answers run 0 to 5: a 6 and Enter keeps the cursor on Q1 with its editor open, to type again."""
    world = make_world(services, instrument_id=WHO5.id, sessions=1)
    view = open_session(panel, world, 0)
    with qtbot.waitSignal(panel.status_message) as said:
        key(qtbot, "6")
    assert said.args == ["Q1 takes a number from 0 to 5."]
    with qtbot.waitSignal(panel.status_message) as said:
        key(qtbot, Qt.Key.Key_Return)
    assert said.args == ["Q1 takes a number from 0 to 5."]
    assert at(view) == ("Łukasz", "Q1") and editor_text() == ""
    assert view.state() == QAbstractItemView.State.EditingState
    key(qtbot, "4")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: at(view) == ("Łukasz", "Q2"))
    key(qtbot, "1")
    key(qtbot, "7")                                                # "17" on a 0-5 question: kept out
    key(qtbot, Qt.Key.Key_Return)
    assert at(view) == ("Łukasz", "Q2") and editor_text() == "1"  # still there, showing what was kept
    key(qtbot, Qt.Key.Key_Return)                                  # the 1 it shows is what was meant
    qtbot.waitUntil(lambda: at(view) == ("Łukasz", "Q3"))
    assert view.model().index(0, view.model().first_item_column()).data() == "4"


def test_a_custom_check_in_starting_at_one(qtbot, panel: CheckinsPanel, services: Services, store) -> None:  # type: ignore[no-untyped-def]
    custom = services.checkins.create_instrument(InstrumentDraft(
        "Evening calm", (InstrumentItem("How settled?", 1, 7), InstrumentItem("How rested?", 1, 4)),
        FlagRule.BELOW, 4))
    world = make_world(services, instrument_id=custom.id, sessions=1)
    view = open_session(panel, world, 0)
    key(qtbot, "5")
    key(qtbot, Qt.Key.Key_Return)
    assert at(view) == ("Łukasz", "Q2")
    with qtbot.waitSignal(panel.status_message) as said:
        key(qtbot, "0")                                           # below the lowest answer: kept out, said why
        key(qtbot, Qt.Key.Key_Return)
    assert said.args == ["Q2 takes a number from 1 to 4."]
    assert stored(store.path) == {}
    assert at(view) == ("Łukasz", "Q2") and editor_text() == "0"   # still there, to type it again
    key(qtbot, Qt.Key.Key_Backspace)
    key(qtbot, "3")
    key(qtbot, Qt.Key.Key_Return)
    assert stored(store.path) == {"Łukasz": (8, "", 0)}
    assert at(view) == ("Søren", "Q1")


# --- in the window --------------------------------------------------------------------------------

def test_ctrl_2_then_a_number_and_enter_per_person_in_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The first evening as a new facilitator types it: Ctrl+2 from the groups list, then 7 Enter 5 Enter."""
    path = tmp_path / "first.sqlite3"
    store = open_store(path)
    make_world(build_services(store), sessions=1)
    store.close()
    window = create_main_window(path, settings_file=tmp_path / "window.ini")
    qtbot.addWidget(window)
    window.resize(960, 600)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.findChild(QListView, "groupList").setFocus()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.findChild(QTableView, "checkinsView")
    assert view.hasFocus() and at(view) == ("Łukasz", "Score")   # the keyboard is in the round, not left behind
    for one in ("7", Qt.Key.Key_Return, "5", Qt.Key.Key_Return):
        key(qtbot, one)
    window.close()
    assert stored(path) == {"Łukasz": (7, "", 0), "Søren": (5, "", 0)}
