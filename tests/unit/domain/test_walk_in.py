"""Matching a walk-in's typed name, and a member's standing on a session's day (pure rules)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from facilitator_app.domain.records import MemberRecord, MembershipRecord
from facilitator_app.domain.walk_in import Standing, candidates_for, name_key, name_matches, standing_on

GROUP = uuid.uuid4()


def member(preferred: str, full: str = "") -> MemberRecord:
    return MemberRecord(id=uuid.uuid4(), preferred_name=preferred, full_name=full)


def span(person: MemberRecord, joined: date, left: date | None = None) -> MembershipRecord:
    return MembershipRecord(id=uuid.uuid4(), member_id=person.id, group_id=GROUP, joined_on=joined, left_on=left)


@pytest.mark.parametrize(("typed", "name"), [
    ("zoe", "Zoë"),
    ("ZOË", "Zoë"),
    ("Zoe\u0308", "Zoë"),                      # decomposed ë typed on another keyboard
    ("\uff3a\uff4f\u00eb", "Zoë"),             # full-width letters (NFKC)
    ("nguyen  van an", "Nguyễn Văn An"),
    ("lukasz", "Łukasz"),
    ("siobhan ni bhriain", "Siobhán Ní Bhriain"),
    ("søren", "Soren"),
])
def test_names_match_ignoring_case_accents_and_spacing(typed: str, name: str) -> None:
    assert name_key(typed) == name_key(name)
    assert name_matches(typed, member(name))


@pytest.mark.parametrize(("typed", "name"), [("Amy", "Amy Jones"), ("Zo", "Zoë"), ("Ann", "Anna"), ("", "")])
def test_a_part_or_an_empty_name_does_not_match(typed: str, name: str) -> None:
    assert not name_matches(typed, member(name))


def test_the_full_name_matches_too() -> None:
    khai = member("Khai", "Nguyễn Thị Minh Khai")
    assert name_matches("nguyen thi minh khai", khai)
    assert name_matches("KHAI", khai)
    assert not name_matches("Minh", khai)


def test_standing_on_a_day() -> None:
    amy = member("Amy")
    day = date(2026, 3, 3)
    assert standing_on([span(amy, date(2026, 1, 1))], day) is Standing.MEMBER
    assert standing_on([span(amy, date(2026, 1, 1), left=day)], day) is Standing.FORMER   # left that day
    assert standing_on([span(amy, date(2026, 3, 4))], day) is Standing.LATER
    # Left, then came back later: in the group again after that day.
    assert standing_on([span(amy, date(2026, 1, 1), date(2026, 2, 1)), span(amy, date(2026, 4, 1))],
                       day) is Standing.LATER
    assert standing_on([span(amy, date(2026, 1, 1), date(2026, 2, 1)), span(amy, date(2026, 2, 10))],
                       day) is Standing.MEMBER


def test_candidates_are_listed_once_each_members_first() -> None:
    day = date(2026, 3, 3)
    former, later, current, other = member("Amy", "Amy Old"), member("amy"), member("Amy", "Amy Now"), member("Bob")
    pairs = [(former, span(former, date(2025, 1, 1), date(2025, 6, 1))),
             (former, span(former, date(2025, 7, 1), date(2025, 9, 1))),
             (later, span(later, date(2026, 5, 1))),
             (current, span(current, date(2026, 1, 1))),
             (other, span(other, date(2026, 1, 1)))]
    found = candidates_for("AMY", pairs, day)
    assert [(c.member.id, c.standing) for c in found] == [
        (current.id, Standing.MEMBER), (later.id, Standing.LATER), (former.id, Standing.FORMER)]
    assert found[0].describe() == "Amy (Amy Now) — member"
    assert found[1].describe() == "amy — joined later, on Fri 1 May 2026"
    assert found[2].describe() == "Amy (Amy Old) — former member, left Mon 1 Sep 2025"
