"""The fixed vocabularies of the domain (see the domain guide for the words)."""

from __future__ import annotations

from enum import StrEnum


class Cadence(StrEnum):
    """How often a group meets."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"  # on the nth weekday of the month

    @property
    def label(self) -> str:
        return self.value.capitalize()


class MeetingStatus(StrEnum):
    """The state of a session ("Meeting" in code, "session" on screen)."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    DID_NOT_MEET = "did_not_meet"

    @property
    def label(self) -> str:
        return {"did_not_meet": "Did not meet"}.get(self.value, self.value.capitalize())


class AttendanceStatus(StrEnum):
    """How a member took part in one session."""

    PRESENT = "present"
    LATE = "late"
    LEFT_EARLY = "left_early"
    EXCUSED = "excused"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        return {"left_early": "Left early"}.get(self.value, self.value.capitalize())

    @property
    def attended(self) -> bool:
        """True when the member was in the room for at least part of the session."""
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


class FlagRule(StrEnum):
    """How an instrument suggests a gentle, private follow-up. Never a diagnosis."""

    NONE = "none"
    BELOW = "below"                      # total below the threshold (WHO-5 raw < 13)
    AT_LEAST = "at_least"                # total at or above the threshold (PHQ-2 >= 3)
    DROP_BELOW_AVERAGE = "drop_below_average"  # drop of N below own average of previous check-ins
