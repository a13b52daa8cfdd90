"""The plain words of the quiet-word list: why someone is listed, and what the rules are.

Gentle on purpose: a suggestion to offer a private chat, never a diagnosis. The numbers come
from the instrument's own rule (``domain.instruments.quiet_word``), so the words cannot drift
from what is checked.
"""

from __future__ import annotations

from datetime import date

from facilitator_app.domain.enums import FlagRule
from facilitator_app.domain.instruments import MOOD, InstrumentDefinition, QuietWord, Why, percentage, short_name
from facilitator_app.domain.text import MONTHS


def about(value: float) -> int:
    """People speak of their usual in whole numbers: "about 8" for 7.75."""
    return int(value + 0.5)


def when(on: date, today: date) -> str:
    """ "today", else "on 27 Nov" (with the year when it is not this one)."""
    if on == today:
        return "today"
    return f"on {on.day} {MONTHS[on.month - 1][:3]}" + (f" {on.year}" if on.year != today.year else "")


def reason_text(defn: InstrumentDefinition, found: QuietWord, on: date, today: date) -> str:
    """Why someone is listed, in one short line: "Mood 1 today", "Mood 4 today, 3 below their
    usual 7", "WHO-5 10 of 25 (40%) on 27 Nov"."""
    text = f"{short_name(defn)} {found.total}"
    if defn.flag_rule is not FlagRule.DROP_BELOW_AVERAGE:   # a total against a fixed line: say of what
        share = percentage(defn, found.total)
        text += f" of {defn.max_total}" + (f" ({share}%)" if share is not None else "")
    text += f" {when(on, today)}"
    if Why.DROP in found.reasons and found.usual is not None:
        usual = about(found.usual)
        text += f", {usual - found.total} below their usual {usual}"
    return text


def rules_text(defn: InstrumentDefinition) -> str:
    """What puts someone on the list, in one line, for the group's instrument."""
    noun = "someone's mood" if defn.key == MOOD.key else f"someone's {short_name(defn)} total"
    value = None if defn.flag_value is None else f"{defn.flag_value:g}"
    parts = [f"{defn.low_mark} or below"] if defn.low_mark is not None else []
    if value is not None and defn.flag_rule is FlagRule.DROP_BELOW_AVERAGE:
        parts.append(f"{value} or more below their usual (the average of their last {defn.flag_window or 4})")
    elif value is not None and defn.flag_rule is FlagRule.BELOW:
        parts.append(f"below {value} (of {defn.max_total})")
    elif value is not None and defn.flag_rule is FlagRule.AT_LEAST:
        parts.append(f"{value} or more (of {defn.max_total})")
    if not parts:
        return f"{short_name(defn)} has no follow-up total, so nobody is listed."
    return f"Listed when {noun} is {', or '.join(parts)}; a pass never is."
