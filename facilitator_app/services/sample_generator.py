"""The sample generator: draws groups, people, sessions and what was recorded at them from one seeded random.

It returns plain rows keyed by table name; ``sample_data`` puts them into a store.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from facilitator_app.domain.enums import AttendanceStatus, Cadence, MeetingStatus
from facilitator_app.domain.ids import new_id
from facilitator_app.domain.instruments import MOOD, PHQ2, WHO5, InstrumentDefinition, score
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.services import sample_vocabulary as words
from facilitator_app.services.sample_scales import AUDIT_ACTION, Row, SampleData, SampleSummary, Scale

# --------------------------------------------------------------------------- generation
_EPOCH = datetime(1970, 1, 1)
_MS = timedelta(milliseconds=1)
_HOLIDAYS = ((12, 24), (12, 25), (12, 26), (12, 31), (1, 1))


@dataclass
class _Person:
    """A member while being generated: profile, habits and a wandering mood."""

    index: int
    preferred_name: str
    full_name: str
    initials: str
    attend_p: float
    late_p: float
    early_p: float
    excuse_p: float
    pass_p: float
    mood_base: float
    mood_drift: float = 0.0
    first_seen: datetime | None = None
    id: uuid.UUID | None = None
    profile: Row = field(default_factory=dict)


@dataclass
class _Stint:
    """One membership: a person in a group from ``joined_on`` until (not including) ``left_on``."""

    person: int
    joined_on: date
    left_on: date | None = None
    agreement_version: int | None = None
    acknowledged_at: datetime | None = None


@dataclass
class _Group:
    index: int
    id: uuid.UUID
    row: Row
    recurrence: Recurrence
    instrument: InstrumentDefinition
    past: list[tuple[date, MeetingStatus]]
    upcoming: list[date]
    skipped: list[date]
    co_facilitator: str
    agreement_version: int
    agreement_v2_from: date | None
    stints: list[_Stint] = field(default_factory=list)


class Generator:
    """Draws every value from one ``random.Random``, in a fixed order."""

    def __init__(self, spec: Scale, seed: int, today: date) -> None:
        self.spec = spec
        self.rng = random.Random(seed)
        self.today = today
        # The sample's "now": after every past session, before every upcoming one.
        self.now = datetime.combine(today, time(9, 0))
        self.rows: dict[str, list[Row]] = {t: [] for t in (
            "groups", "group_skipped_dates", "members", "memberships", "meetings", "attendance",
            "checkins", "session_notes", "handout_files", "handouts", "meeting_handouts", "audit_events")}

    # ---- helpers
    def _id(self, at: datetime) -> uuid.UUID:
        return new_id(now_ms=(at - _EPOCH) // _MS, rand=self.rng.randbytes(10))

    def _row(self, at: datetime, updated: datetime | None = None, **values: Any) -> Row:
        return {"id": self._id(at), "created_at": at, "updated_at": updated or at, "deleted_at": None, **values}

    # ---- the whole sample
    def run(self) -> SampleData:
        groups = self._groups()
        people = self._people()
        self._rosters(groups, people)
        self._member_rows(groups, people)
        handouts = self._handouts(groups)
        for group in groups:
            self._sessions(group, people, handouts)
        summary = SampleSummary(
            groups=len(self.rows["groups"]), members=len(self.rows["members"]),
            memberships=len(self.rows["memberships"]), meetings=len(self.rows["meetings"]),
            attendance=len(self.rows["attendance"]), checkins=len(self.rows["checkins"]),
            session_notes=len(self.rows["session_notes"]), handouts=len(self.rows["handouts"]),
            meeting_handouts=len(self.rows["meeting_handouts"]),
            skipped_dates=len(self.rows["group_skipped_dates"]))
        self.rows["audit_events"].append(self._row(self.now, occurred_at=self.now, action=AUDIT_ACTION,
                                                   counts=summary.counts))
        return SampleData(rows=self.rows, summary=summary)

    # ---- groups and their calendars
    def _groups(self) -> list[_Group]:
        rng, spec = self.rng, self.spec
        cadences = [c for c, n in spec.cadences for _ in range(n)]
        # Keep the first group weekly (the demo's main group); shuffle the rest.
        rest = cadences[1:]
        rng.shuffle(rest)
        cadences = cadences[:1] + rest
        names: set[str] = set()
        groups = []
        for index, cadence in enumerate(cadences):
            if index == 0:
                weekday, part, start, theme, venue = 1, "Evening", time(18, 30), "Peer Support", words.VENUES[0]
            else:
                weekday = rng.randrange(7) if cadence is Cadence.MONTHLY else rng.randrange(6)
                part, starts = rng.choice(words.TIMES_OF_DAY)
                start = rng.choice(starts)
                theme, venue = words.THEMES[index % len(words.THEMES)], rng.choice(words.VENUES[1:])
            week_of_month = rng.choice((1, 2, 3, 4, -1)) if cadence is Cadence.MONTHLY else 1
            if cadence is Cadence.MONTHLY:
                name = f"{words.ORDINALS[week_of_month]} {words.WEEKDAYS[weekday]} {theme}"
            else:
                name = f"{words.WEEKDAYS[weekday]} {part} {theme}"
            if spec.groups > len(words.THEMES) or name.casefold() in names:
                # Many groups: say where each one is, as an organisation with several towns would.
                name = f"{name} ({words.TOWNS[index % len(words.TOWNS)]})"
            while name.casefold() in names:
                name += " II"
            names.add(name.casefold())  # the app compares group names ignoring case
            duration = rng.choice((90, 90, 90, 120, 60))
            instrument = (MOOD, WHO5, PHQ2)[index] if index < 3 else rng.choices(
                (MOOD, WHO5, PHQ2), weights=(70, 20, 10))[0]
            n_past = spec.past_sessions[cadence]
            n_past = max(3, round(n_past * (1 + rng.uniform(-spec.jitter, spec.jitter))))
            days = {Cadence.WEEKLY: 7, Cadence.FORTNIGHTLY: 14, Cadence.MONTHLY: 30.44}[cadence]
            rough_start = self.today - timedelta(days=round(days * n_past))
            probe = Recurrence(cadence, weekday, rough_start, start, duration, week_of_month)
            anchor = next(probe.dates_from(rough_start))
            recurrence = dataclasses.replace(probe, anchor=anchor)
            past, upcoming, skipped = self._calendar(recurrence)
            # The demo's two groups show both versions; a larger sample mostly still has the first.
            agreement_version = (1, 2)[index] if index < 2 else (2 if rng.random() < 0.4 else 1)
            held_days = [d for d, status in past if status is MeetingStatus.HELD]
            v2_from = held_days[len(held_days) // 2] if agreement_version == 2 else None
            co = f"{rng.choice(words.FIRST_NAMES)} (volunteer)" if rng.random() < 0.6 else ""
            created = datetime.combine(anchor - timedelta(days=21), time(11, 0))
            updated = datetime.combine(v2_from, time(11, 0)) if v2_from else created
            group_id = self._id(created)
            row = {
                "id": group_id, "created_at": created, "updated_at": updated, "deleted_at": None,
                "name": name, "description": rng.choice(words.DESCRIPTIONS), "venue": venue, "cadence": cadence,
                "weekday": weekday, "week_of_month": week_of_month, "anchor_date": anchor, "start_time": start,
                "duration_minutes": duration, "instrument_id": instrument.id,
                "agreement_text": words.AGREEMENT_V2 if agreement_version == 2 else words.AGREEMENT_V1,
                "agreement_version": agreement_version,
            }
            self.rows["groups"].append(row)
            for day in skipped:
                self.rows["group_skipped_dates"].append(self._row(
                    created, group_id=group_id, date=day, reason="Venue closed for the holidays"))
            groups.append(_Group(index, group_id, row, recurrence, instrument, past, upcoming, skipped,
                                 co, agreement_version, v2_from))
        return groups

    def _calendar(self, recurrence: Recurrence) -> tuple[list[tuple[date, MeetingStatus]], list[date], list[date]]:
        """Past sessions (with status), upcoming planned dates and skipped holiday dates."""
        rng = self.rng
        past: list[date] = []
        upcoming: list[date] = []
        skipped: list[date] = []
        for day in recurrence.dates_from(recurrence.anchor):
            if len(upcoming) == self.spec.upcoming:
                break
            if (day.month, day.day) in _HOLIDAYS:
                skipped.append(day)
            elif day < self.today:
                past.append(day)
            elif day > self.today:  # a session today would be neither past nor upcoming
                upcoming.append(day)
        statuses = []
        for _ in past:
            r = rng.random()
            statuses.append(MeetingStatus.CANCELLED if r < 0.04 else
                            MeetingStatus.DID_NOT_MEET if r < 0.06 else MeetingStatus.HELD)
        # Every group shows each state at least once, away from its first and last sessions.
        if len(past) >= 10:
            for wanted in (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET):
                if wanted not in statuses:
                    choices = [i for i in range(1, len(past) - 1) if statuses[i] is MeetingStatus.HELD]
                    statuses[rng.choice(choices)] = wanted
        statuses[0] = MeetingStatus.HELD  # a group starts with a session that happened
        return list(zip(past, statuses, strict=True)), upcoming, skipped

    # ---- people
    def _people(self) -> list[_Person]:
        rng = self.rng
        people = []
        # Names do not repeat until the pool runs out (a small store then reads clearly;
        # the large one has namesakes, as a real organisation does).
        unused = [n for n in words.FIRST_NAMES if n not in words.REQUIRED_NAMES]
        rng.shuffle(unused)
        for index in range(self.spec.members):
            if index < len(words.REQUIRED_NAMES):
                preferred = words.REQUIRED_NAMES[index]
            else:
                preferred = unused.pop() if unused else rng.choice(words.FIRST_NAMES)
            # Most people give only a first name (data minimisation).
            full = "" if " " in preferred or rng.random() >= 0.35 else f"{preferred} {rng.choice(words.SURNAMES)}"
            person = _Person(
                index=index, preferred_name=preferred, full_name=full, initials=words.initials_of(full or preferred),
                attend_p=max(0.3, rng.betavariate(5, 1.4)), late_p=rng.choice((0.02, 0.05, 0.15)),
                early_p=rng.choice((0.01, 0.03, 0.08)), excuse_p=rng.uniform(0.3, 0.9),
                pass_p=rng.choices((0.04, 0.12, 0.4), weights=(70, 25, 5))[0],
                mood_base=rng.uniform(3.5, 7.5))
            phone = f"07700 900{rng.randrange(1000):03d}" if rng.random() < 0.12 else ""
            handle = words.ascii_handle(preferred)
            email = f"{handle}.{rng.randrange(10, 100)}@example.org" if rng.random() < 0.1 else ""
            emergency = rng.random() < 0.05
            person.profile = {
                "preferred_name": preferred, "full_name": full,
                "pronouns": rng.choice(words.PRONOUNS) if rng.random() < 0.3 else "",
                "phone": phone, "email": email,
                "emergency_contact_name": (f"{rng.choice(words.FIRST_NAMES)} ({rng.choice(words.RELATIONS)})"
                                           if emergency else ""),
                "emergency_contact_phone": f"07700 900{rng.randrange(1000):03d}" if emergency else "",
                "notes": rng.choice(words.MEMBER_NOTES) if rng.random() < 0.08 else "",
                "consent_to_contact": bool(phone or email) and rng.random() < 0.8,
            }
            people.append(person)
        return people

    def _rosters(self, groups: list[_Group], people: list[_Person]) -> None:
        """Who is in which group when: founders, newcomers filling gaps, people leaving."""
        rng, spec = self.rng, self.spec
        order = list(range(len(people)))
        # The named people stay at the front so they land in the first (demo) group.
        tail = order[len(words.REQUIRED_NAMES):]
        rng.shuffle(tail)
        order = order[:len(words.REQUIRED_NAMES)] + tail
        share, extra = divmod(len(people), len(groups))
        start = 0
        for group in groups:
            size = share + (1 if group.index < extra else 0)
            allotted, start = order[start:start + size], start + size
            held = [d for d, status in group.past if status is MeetingStatus.HELD]
            target = min(len(allotted), rng.randint(*spec.roster))
            stints = [_Stint(p, held[0]) for p in allotted[:target]]
            active = list(stints)
            waiting = deque(allotted[target:])
            # Chosen so that, on average, the waiting list is used up by today.
            leave_p = len(waiting) / max(1, (len(held) - 1) * target)
            for day in held[1:]:
                for stint in list(active):
                    if rng.random() < leave_p:
                        stint.left_on = day
                        active.remove(stint)
                while len(active) < target and waiting and rng.random() < 0.6:
                    stint = _Stint(waiting.popleft(), day)
                    stints.append(stint)
                    active.append(stint)
            recent = held[-max(1, len(held) // 5):]
            stints.extend(_Stint(p, rng.choice(recent)) for p in waiting)
            if all(s.left_on is None for s in stints) and len(held) > 6:
                # Members leave and their history stays: make sure every group shows that.
                leaver = rng.choice(stints[:target])
                leaver.left_on = held[len(held) * 2 // 3]
            group.stints = stints
        # A few people also go to a second group.
        for n in range(spec.cross_members):
            group = groups[n % len(groups)]
            inside = {s.person for s in group.stints}
            person = rng.randrange(len(people))
            while person in inside:
                person = rng.randrange(len(people))
            held = [d for d, status in group.past if status is MeetingStatus.HELD]
            joined = rng.choice(held[len(held) // 3:])
            stint = _Stint(person, joined)
            later = [d for d in held if d > joined]
            if later and rng.random() < 0.3:
                stint.left_on = rng.choice(later)
            group.stints.append(stint)
        for group in groups:
            group.stints.sort(key=lambda s: s.joined_on)  # stable: founders keep their order
            self._agreements(group)

    def _agreements(self, group: _Group) -> None:
        start = group.recurrence.start_time
        for stint in group.stints:
            joined_at = datetime.combine(stint.joined_on, start) + timedelta(minutes=5)
            v2_from = group.agreement_v2_from  # None exactly when the group only ever had version 1
            if v2_from is None or stint.joined_on >= v2_from:
                stint.agreement_version, stint.acknowledged_at = group.agreement_version, joined_at
            elif (stint.left_on is None or stint.left_on > v2_from) and self.rng.random() < 0.75:
                stint.agreement_version = 2
                stint.acknowledged_at = datetime.combine(v2_from, start) + timedelta(minutes=5)
            else:
                stint.agreement_version, stint.acknowledged_at = 1, joined_at

    def _member_rows(self, groups: list[_Group], people: list[_Person]) -> None:
        joins: list[tuple[datetime, _Group, _Stint]] = []
        for group in groups:
            for stint in group.stints:
                at = datetime.combine(stint.joined_on, group.recurrence.start_time) - timedelta(minutes=10)
                joins.append((at, group, stint))
                person = people[stint.person]
                if person.first_seen is None or at < person.first_seen:
                    person.first_seen = at
        # A member's row is made the first time they come, so ids follow arrival order.
        for person in sorted(people, key=lambda p: (p.first_seen, p.index)):
            assert person.first_seen is not None  # every person was given a group
            person.id = self._id(person.first_seen)
            self.rows["members"].append({"id": person.id, "created_at": person.first_seen,
                                          "updated_at": person.first_seen, "deleted_at": None, **person.profile})
        for at, group, stint in sorted(joins, key=lambda j: (j[0], j[1].index)):
            updated = at
            if stint.left_on is not None:
                updated = datetime.combine(stint.left_on, group.recurrence.start_time) + timedelta(hours=3)
            elif stint.acknowledged_at is not None and stint.acknowledged_at > updated:
                updated = stint.acknowledged_at
            self.rows["memberships"].append(self._row(
                at, updated, member_id=people[stint.person].id, group_id=group.id, joined_on=stint.joined_on,
                left_on=stint.left_on, agreement_version=stint.agreement_version,
                agreement_acknowledged_at=stint.acknowledged_at))

    # ---- handouts
    def _handouts(self, groups: list[_Group]) -> list[tuple[datetime, uuid.UUID, str]]:
        """Handout rows; returns (created, id, topic keys) in creation order."""
        first = min(g.past[0][0] for g in groups)
        begin = datetime.combine(first - timedelta(days=30), time(12, 0))
        span = (self.now - timedelta(days=30)) - begin
        n = self.spec.handouts
        out = []
        seen: set[str] = set()
        for i in range(n):
            slug, title, topics, description, body = words.HANDOUTS[i % len(words.HANDOUTS)]
            k = i // len(words.HANDOUTS)
            audience = words.AUDIENCES[k % len(words.AUDIENCES)]
            fmt = words.FORMATS[(k // len(words.AUDIENCES)) % len(words.FORMATS)]
            version = 1 + k // (len(words.AUDIENCES) * len(words.FORMATS))
            extras = [x for x in (audience, fmt) if x]
            full_title = title + (f" ({', '.join(extras)})" if extras else "")
            # The small set is all there from the start; a large organisation adds handouts over the years.
            created = begin + timedelta(hours=i) if n <= len(words.HANDOUTS) else begin + span * i / n
            created = created.replace(microsecond=0)
            plain = i % 4 == 3
            text = words.handout_text(full_title, description, body, audience, fmt, version, plain)
            content = text.encode("utf-8")
            sha = hashlib.sha256(content).hexdigest()
            assert sha not in seen, "handout contents must differ (sha256 is unique)"
            seen.add(sha)
            file_row = self._row(created, sha256=sha, media_type="text/plain" if plain else "text/markdown",
                                 size=len(content), content=content)
            suffix = "".join(f"-{words.slugified(p)}" for p in (audience, fmt) if p)
            handout = self._row(
                created, title=full_title, topics=topics, description=description, version=str(version),
                file_name=f"{slug}{suffix}{'.txt' if plain else '.md'}", file_id=file_row["id"])
            self.rows["handout_files"].append(file_row)
            self.rows["handouts"].append(handout)
            out.append((created, handout["id"], topics))
        return out

    # ---- sessions and what was recorded at them
    def _sessions(self, group: _Group, people: list[_Person],
                  handouts: list[tuple[datetime, uuid.UUID, str]]) -> None:
        rng, spec = self.rng, self.spec
        rows = self.rows
        attendance, checkins = rows["attendance"], rows["checkins"]
        rec = group.recurrence
        defn = group.instrument
        duration = timedelta(minutes=rec.duration_minutes)
        stints = group.stints
        pending = 0              # next stint (by join date) not yet in the room
        active: dict[int, _Stint] = {}
        for day, status in group.past:
            while pending < len(stints) and stints[pending].joined_on <= day:
                active[stints[pending].person] = stints[pending]
                pending += 1
            for person_index in [p for p, s in active.items() if s.left_on is not None and s.left_on <= day]:
                del active[person_index]
            start = datetime.combine(day, rec.start_time)
            end = start + duration
            held = status is MeetingStatus.HELD
            topic, topic_key = rng.choice(words.TOPICS) if rng.random() < 0.85 else ("", "")
            meeting_id = self._id(datetime.combine(day - timedelta(days=7), time(10, 0)))
            rows["meetings"].append({
                "id": meeting_id, "created_at": datetime.combine(day - timedelta(days=7), time(10, 0)),
                "updated_at": end + timedelta(minutes=45), "deleted_at": None, "group_id": group.id,
                "date": day, "start_time": rec.start_time, "end_time": end.time(),
                "venue": words.STAND_IN_VENUE if rng.random() < 0.03 else group.row["venue"],
                "topic": topic if held or rng.random() < 0.5 else "", "status": status,
                "visitor_count": rng.choices((0, 1, 2, 3), weights=(60, 22, 12, 6))[0] if held else 0,
                "co_facilitators": group.co_facilitator if held and rng.random() < 0.85 else "",
            })
            if not held:
                continue  # cancelled and did-not-meet sessions have no attendance
            came: list[_Person] = []
            newcomers: list[_Person] = []
            for position, (person_index, stint) in enumerate(active.items()):
                person = people[person_index]
                comment = ""
                if stint.joined_on == day:
                    state = AttendanceStatus.PRESENT
                    newcomers.append(person)
                elif rng.random() < person.attend_p:
                    r = rng.random()
                    if r < person.late_p:
                        state = AttendanceStatus.LATE
                        comment = rng.choice(words.LATE_COMMENTS) if rng.random() < 0.25 else ""
                    elif r < person.late_p + person.early_p:
                        state = AttendanceStatus.LEFT_EARLY
                        comment = rng.choice(words.EARLY_COMMENTS) if rng.random() < 0.3 else ""
                    else:
                        state = AttendanceStatus.PRESENT
                else:
                    state = AttendanceStatus.EXCUSED if rng.random() < person.excuse_p else AttendanceStatus.ABSENT
                    if state is AttendanceStatus.EXCUSED and rng.random() < 0.35:
                        comment = rng.choice(words.EXCUSED_COMMENTS)
                at = start + timedelta(seconds=20 * position)
                attendance.append({"id": self._id(at), "created_at": at, "updated_at": at, "deleted_at": None,
                                   "meeting_id": meeting_id, "member_id": person.id, "status": state,
                                   "comment": comment})
                if state.attended:
                    came.append(person)
            for position, person in enumerate(came):
                # The mood wanders: it leans back towards the person's usual level, with
                # the occasional hard week (which is what the gentle follow-up flag is for).
                # Bounded, so nobody sits at the bottom of the scale for weeks: invented data
                # should look like a group, not like an emergency the app stays silent about.
                person.mood_drift = max(-3.0, 0.6 * person.mood_drift + rng.gauss(0, 1.2))
                if rng.random() < 0.05:
                    person.mood_drift -= rng.uniform(3, 5)
                if rng.random() >= 0.92:
                    continue  # no check-in recorded for this person today
                at = start + timedelta(minutes=10, seconds=30 * position)
                if rng.random() < person.pass_p:
                    score(defn, [], passed=True)
                    checkins.append({"id": self._id(at), "created_at": at, "updated_at": at, "deleted_at": None,
                                     "meeting_id": meeting_id, "member_id": person.id, "instrument_id": defn.id,
                                     "scores": [], "total": None, "word": "", "passed": True})
                    continue
                mood = min(10.0, max(1.0, person.mood_base + person.mood_drift))
                answers = words.sample_answers(defn, mood, rng)
                total = score(defn, answers).total
                word = ""
                if rng.random() < 0.55:
                    word = rng.choice(words.WORDS_LOW if mood < 4 else words.WORDS_MID if mood < 7
                                      else words.WORDS_HIGH)
                checkins.append({"id": self._id(at), "created_at": at, "updated_at": at, "deleted_at": None,
                                 "meeting_id": meeting_id, "member_id": person.id, "instrument_id": defn.id,
                                 "scores": answers, "total": total, "word": word, "passed": False})
            if rng.random() < spec.note_share:
                self._note(meeting_id, end, topic, came, newcomers, first=day == group.past[0][0])
            if handouts and rng.random() < 0.25:
                self._give_handouts(meeting_id, start, topic_key, handouts)
        for day in group.upcoming:
            created = min(datetime.combine(day - timedelta(days=14), time(10, 0)), self.now - timedelta(hours=1))
            topic = rng.choice(words.TOPICS)[0] if day == group.upcoming[0] or rng.random() < 0.3 else ""
            rows["meetings"].append(self._row(
                created, group_id=group.id, date=day, start_time=rec.start_time,
                end_time=(datetime.combine(day, rec.start_time) + duration).time(), venue=group.row["venue"],
                topic=topic, status=MeetingStatus.PLANNED, visitor_count=0, co_facilitators=group.co_facilitator))

    def _note(self, meeting_id: uuid.UUID, end: datetime, topic: str,
              came: Sequence[_Person], newcomers: Sequence[_Person], first: bool) -> None:
        """Notes in sections, naming members by initials only (the privacy norm)."""
        rng = self.rng
        initials = [p.initials for p in came] or ["The group"]
        themes = f"{topic}." if topic else "Open session: no set topic."
        if rng.random() < 0.7:
            themes += f" Several people spoke about {rng.choice(words.EXTRA_THEMES)}."
        strategies = "\n".join(f"- {s}" for s in rng.sample(words.STRATEGIES, rng.randint(1, 3)))
        follow_ups = ""
        if rng.random() < 0.4:
            follow_ups = rng.choice(words.FOLLOW_UPS).format(i=rng.choice(initials))
        safety = rng.choice(words.SAFETY).format(i=rng.choice(initials)) if came and rng.random() < 0.025 else ""
        free: list[str] = []
        if first:
            free.append("First session: the group agreement was read aloud and everyone agreed to it.")
        elif newcomers:
            names = ", ".join(p.initials for p in newcomers)
            free.append(f"Welcomed {names} (new); they acknowledged the group agreement.")
        if came and rng.random() < 0.45:
            free.append(rng.choice(words.SHARINGS).format(i=rng.choice(initials)))
        if rng.random() < 0.25:
            free.append(rng.choice(words.HOUSEKEEPING))
        at = end + timedelta(hours=1)
        self.rows["session_notes"].append(self._row(
            at, meeting_id=meeting_id, themes=themes, strategies=strategies, follow_ups=follow_ups,
            safety_concerns=safety, free_text="\n".join(free)))

    def _give_handouts(self, meeting_id: uuid.UUID, start: datetime, topic_key: str,
                       handouts: list[tuple[datetime, uuid.UUID, str]]) -> None:
        rng = self.rng
        available = [h for h in handouts if h[0] < start]
        if not available:
            return
        matching = [h for h in available if topic_key and topic_key in h[2].split(",")] or available
        chosen = rng.sample(matching, min(len(matching), 1 if rng.random() < 0.7 else 2))
        for position, (_, handout_id, _) in enumerate(chosen):
            at = start + timedelta(minutes=50 + position)
            self.rows["meeting_handouts"].append(self._row(
                at, meeting_id=meeting_id, handout_id=handout_id, position=position))
