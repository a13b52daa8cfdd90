"""The name scrubber on its own: what it finds, what it leaves, what each level writes instead,
and that it knows former members, other groups' members and deleted members."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from facilitator_app.export.privacy import NameLevel
from facilitator_app.export.scrubber import HIDDEN, NameScrubber, Passage, fold, replaced_line, scrubber_for
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.services.reports import Person, reports_for
from tests.helpers.fixtures import weekly_draft

ZED = Person(uuid.uuid4(), "Zed", "Zarthex Ólafsdóttir")
LOU = Person(uuid.uuid4(), "Lou", "Lou Jensen")
ANN = Person(uuid.uuid4(), "Ann", "Ann Li")
SOREN = Person(uuid.uuid4(), "Søren", "")
ZOE = Person(uuid.uuid4(), "Zoë", "Zoë Mensah")
PEOPLE = (ZED, LOU, ANN, SOREN, ZOE)


def scrub(text: str, level: NameLevel = NameLevel.INITIALS, people: tuple[Person, ...] = PEOPLE) -> str:
    return NameScrubber(people, level).scrub(text)


def test_fold_drops_accents_and_case() -> None:
    assert fold("Zarthex ÓLAFSDÓTTIR, Søren, Łukasz, Straße") == "zarthex olafsdottir, soren, lukasz, strasse"


@pytest.mark.parametrize("text", [
    "Zarthex Ólafsdóttir", "zarthex ólafsdóttir", "ZARTHEX OLAFSDOTTIR", "Zarthex", "ólafsdottir", "OLAFSDÓTTIR",
    "Zarthex\nÓlafsdóttir", "Zed", "zed",
])
def test_every_form_of_a_name_is_found(text: str) -> None:
    assert scrub(text) == "Z.Ó."


@pytest.mark.parametrize(("text", "expected"), [
    ("Zarthex's plan", "Z.Ó.'s plan"), ("Zarthex’s plan", "Z.Ó.’s plan"), ("ÓLAFSDÓTTIRS' car", "ÓLAFSDÓTTIRS' car"),
    ("Lou Jensen's dog", "L.J.'s dog"), ("the Jensens' garden", "the Jensens' garden"), ("Jensen' car", "L.J.' car"),
])
def test_possessives_keep_their_ending(text: str, expected: str) -> None:
    assert scrub(text) == expected


def test_only_whole_words_match() -> None:
    # "Lou" is a name, "Louder" is not; "Ann" is a member, "Anne" and "Annual" are not.
    assert scrub("Louder music; Anne and the Annual fair; Zedonk") == "Louder music; Anne and the Annual fair; Zedonk"
    assert scrub("Lou, louder!") == "L.J., louder!"


def test_parts_of_three_letters_or_more_match_alone_shorter_ones_do_not() -> None:
    # "Li" (Ann Li's surname) is too short to stand for her on its own; the whole name is still found.
    assert scrub("Li said hi to Ann Li") == "Li said hi to A.L."
    assert scrub("Jensen came") == "L.J. came"


def test_each_level_writes_what_it_shows() -> None:
    text = "Welcome back, Lou Jensen; Zarthex's plan; Zed; missing søren"
    assert scrub(text, NameLevel.FULL) == text
    assert scrub(text, NameLevel.FIRST) == "Welcome back, Lou; Zed's plan; Zed; missing søren"
    assert scrub(text, NameLevel.INITIALS) == "Welcome back, L.J.; Z.Ó.'s plan; Z.Ó.; missing S."
    assert scrub(text, NameLevel.NONE) == f"Welcome back, {HIDDEN}; {HIDDEN}'s plan; {HIDDEN}; missing {HIDDEN}"


def test_at_headcount_level_typed_initials_go_too_but_abbreviations_stay() -> None:
    assert scrub("S.K. and Z.M. came, e.g. at 7 p.m.", NameLevel.NONE) == f"{HIDDEN} and {HIDDEN} came, e.g. at 7 p.m."
    assert scrub("S.K. came", NameLevel.INITIALS) == "S.K. came"


def test_namesakes_at_initials_take_the_initials_of_what_was_written() -> None:
    sam_k, sam_p = Person(uuid.uuid4(), "Sam", "Sam Kowalski"), Person(uuid.uuid4(), "Sam", "Sam Patel")
    assert scrub("Sam came", people=(sam_k, sam_p)) == "S. came"
    assert scrub("Sam Patel came", people=(sam_k, sam_p)) == "S.P. came"
    assert scrub("Sam came", NameLevel.FIRST, people=(sam_k, sam_p)) == "Sam came"


def test_count_passages_and_marks() -> None:
    scrubber = NameScrubber(PEOPLE, NameLevel.INITIALS)
    assert scrubber.scrub("Lou and Zed and Anne", "Topic") == "L.J. and Z.Ó. and Anne"
    assert scrubber.scrub("", "Venue") == "" and scrubber.scrub("Nobody named", "Note") == "Nobody named"
    assert scrubber.replaced == 2
    assert scrubber.passages == [Passage("Topic", "L.J. and Z.Ó. and Anne", ((0, 4), (9, 13))),
                                 Passage("Note", "Nobody named")]
    assert scrubber.passages[0].marked() == "«L.J.» and «Z.Ó.» and Anne"
    # A preferred name left as written at first-name level is not counted as replaced.
    first = NameScrubber(PEOPLE, NameLevel.FIRST)
    assert first.scrub("Zed and Zarthex") == "Zed and Zed" and first.replaced == 1
    assert replaced_line(1) == "Replaced 1 name in free text." and replaced_line(3) == "Replaced 3 names in free text."


def test_headcount_marks_follow_the_text_when_initials_are_hidden_too() -> None:
    scrubber = NameScrubber(PEOPLE, NameLevel.NONE)
    out = scrubber.scrub("S.K. told Lou", "Note")
    assert out == f"{HIDDEN} told {HIDDEN}"
    assert scrubber.passages[0].marked() == f"«{HIDDEN}» told «{HIDDEN}»" and scrubber.replaced == 2


def test_decomposed_accents_in_the_text_are_found() -> None:
    decomposed = "Zarthex O\u0301lafsdo\u0301ttir"
    assert scrub(decomposed) == "Z.Ó."


def test_the_store_scrubber_knows_former_members_other_groups_and_merged_ones(services: Services) -> None:
    tuesday = services.groups.create_group(weekly_draft())
    thursday = services.groups.create_group(weekly_draft("Thursday Carers"))
    former = services.members.add_member(MemberDraft(preferred_name="Quillon", full_name="Quillon Brask"),
                                         group_id=tuesday.id, joined_on=date(2026, 1, 6))
    services.members.leave_group(former.id, tuesday.id, date(2026, 2, 1))
    services.members.add_member(MemberDraft(preferred_name="Vesper"), group_id=thursday.id,
                                joined_on=date(2026, 1, 8))
    # A merge leaves the absorbed member as a tombstone with their names: still found.
    kept = services.members.add_member(MemberDraft(preferred_name="Orrin"), group_id=tuesday.id)
    absorbed = services.members.add_member(MemberDraft(preferred_name="Orrin", full_name="Orrin Tadeo"),
                                           group_id=tuesday.id)
    services.merges.merge(kept.id, absorbed.id)
    # A deleted member's details are wiped to "(deleted)": that placeholder is not a name.
    gone = services.members.add_member(MemberDraft(preferred_name="Ysolde"))
    services.members.delete_member(gone.id)
    scrubber = scrubber_for(reports_for(services), NameLevel.NONE)
    assert scrubber.scrub("Brask, vesper and TADEO's friend") == f"{HIDDEN}, {HIDDEN} and {HIDDEN}'s friend"
    assert scrubber.scrub("I deleted the old list") == "I deleted the old list"
    assert scrubber_for(reports_for(services), NameLevel.FULL).scrub("Brask") == "Brask"
