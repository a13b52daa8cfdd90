"""Privacy levels: how a name is shown at each level, file names without names (names in free text:
test_scrubber.py)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from facilitator_app.errors import ValidationError
from facilitator_app.export.kinds import DEFAULT_LEVELS
from facilitator_app.export.privacy import (
    NameLevel,
    default_file_name,
    display_name,
    initials,
    parse_level,
    people_text,
)
from facilitator_app.services.reports import Person

ZOE = Person(uuid.uuid4(), "Zoë", "Zoë Mensah")
AN = Person(uuid.uuid4(), "Nguyễn Văn An")
JIWOO = Person(uuid.uuid4(), "Ji-woo", "")
LUKASZ = Person(uuid.uuid4(), "Łukasz", "")


@pytest.mark.parametrize(("name", "expected"), [
    ("Zoë Mensah", "Z.M."), ("Nguyễn Văn An", "N.V.A."), ("Łukasz", "Ł."), ("Ji-woo", "J."),
    ("siobhán o'neill", "S.O."), ("Anna Maria de la Cruz", "A.M.D."), ("  ", ""), ("(Sam)", "S."),
])
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(("level", "zoe", "an"), [
    (NameLevel.FULL, "Zoë Mensah", "Nguyễn Văn An"),
    (NameLevel.FIRST, "Zoë", "Nguyễn Văn An"),
    (NameLevel.INITIALS, "Z.M.", "N.V.A."),
    (NameLevel.NONE, "", ""),
])
def test_display_name_at_each_level(level: NameLevel, zoe: str, an: str) -> None:
    assert display_name(ZOE, level) == zoe
    assert display_name(AN, level) == an


def test_the_defaults_are_the_least_identifying_that_serve_each_purpose() -> None:
    assert DEFAULT_LEVELS["session-summary"] is NameLevel.INITIALS
    assert DEFAULT_LEVELS["group-report"] is NameLevel.NONE
    assert DEFAULT_LEVELS["member-record"] is NameLevel.FULL
    assert DEFAULT_LEVELS["sign-in-sheet"] is NameLevel.FIRST
    assert not NameLevel.NONE.shows_names and all(level.shows_names for level in NameLevel if level.value != "none")


def test_parse_level_accepts_any_case_and_explains_a_wrong_one() -> None:
    assert parse_level(" Initials ") is NameLevel.INITIALS
    with pytest.raises(ValidationError, match="full, first, initials, none"):
        parse_level("surname")


def test_people_text_for_co_facilitators() -> None:
    text = "Sam (volunteer), Jo Reid and Pádraig"
    assert people_text(text, NameLevel.FULL) == text
    assert people_text(text, NameLevel.INITIALS) == "S. (volunteer), J.R., P."
    assert people_text(text, NameLevel.NONE) == ""
    assert people_text("", NameLevel.INITIALS) == ""


@pytest.mark.parametrize(("kind", "group", "day", "until", "expected"), [
    ("session-summary", "Tuesday Evening Peer Support", date(2026, 3, 3), None,
     "session-summary_tuesday-evening-peer-support_2026-03-03.pdf"),
    ("group-report", "Søren's Łódź Café: a/b\\c?", date(2025, 1, 1), date(2025, 12, 31),
     "group-report_soren-s-lodz-cafe-a-b-c_2025-01-01_to_2025-12-31.pdf"),
    ("member-record", None, date(2026, 3, 2), None, "member-record_2026-03-02.pdf"),
])
def test_default_file_names_are_safe_and_name_no_member(kind: str, group: str | None, day: date,
                                                        until: date | None, expected: str) -> None:
    assert default_file_name(kind, group, day, until=until) == expected


def test_default_file_name_takes_a_group_record_and_an_extension() -> None:
    class Group:
        name = "Wellbeing Circle"

    assert default_file_name("attendance", Group(), date(2026, 3, 2), extension="csv") == \
        "attendance_wellbeing-circle_2026-03-02.csv"
