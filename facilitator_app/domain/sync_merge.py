"""The rules for merging two stores' copies of a row: pure, so they are easy to prove.

Every rule here is a *join*: commutative, associative and idempotent. Whatever the order in which
laptops exchange, and however often, they end with the same rows.

- A row: the copy changed last wins whole (``row_key``): an erased member stays erased whatever
  came before or after; otherwise the later clock stamp (``domain/hlc.py``) wins, so a deletion
  beats the edits made before it, and an edit made after it brings the row back. Equal stamps
  (rows from before stamps existed) are decided by their content, the same way on every laptop.
- A field that merges on its own (a note's sections): each version carries a version vector
  (how many edits each store had made to it when it was written). A version that another has seen
  gives way to it; two versions neither of which saw the other are both kept, and the section
  shows both texts between conflict markers until someone edits it (which settles it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

Vector = Mapping[str, int]
Version = dict[str, Any]  # {"text": str, "vv": {node: count}}

CONFLICT_HEAD = ("[Two versions of this section were written on different computers at the same time. "
                 "Both are kept below; edit the section to settle it.]")
_VERSION_LINE = "----- version {n} -----"


def canonical(value: Any) -> str:
    """A stable text for a JSON-safe value (ties and fingerprints are decided on it)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def row_key(row: Mapping[str, Any], content: str) -> tuple[bool, str, str]:
    """The order in which copies of a row win: erased first, then the later stamp, then content."""
    return row.get("erased_at") is not None, row.get("hlc") or "", content


def dominates(a: Vector, b: Vector) -> bool:
    """Whether a version with vector ``a`` has seen everything ``b`` had (and more)."""
    return a != b and all(a.get(node, 0) >= count for node, count in b.items())


def implicit(text: str) -> list[Version]:
    """The versions of a field edited before versions were kept: one, seen by everybody."""
    return [{"text": text, "vv": {}}]


def edit(versions: Iterable[Version], text: str, node: str) -> list[Version]:
    """The versions after ``node`` wrote ``text`` over what it had: one version that saw them all."""
    vector: dict[str, int] = {}
    for version in versions:
        for other, count in version["vv"].items():
            vector[other] = max(vector.get(other, 0), int(count))
    vector[node] = vector.get(node, 0) + 1
    return [{"text": text, "vv": dict(sorted(vector.items()))}]


def join(a: Iterable[Version], b: Iterable[Version]) -> list[Version]:
    """Both sides' versions, less every version another one has seen, in a fixed order."""
    unique = {canonical(v): {"text": v["text"], "vv": dict(sorted(v["vv"].items()))} for v in (*a, *b)}
    kept = [v for v in unique.values() if not any(dominates(o["vv"], v["vv"]) for o in unique.values())]
    return sorted(kept, key=canonical)


def shown_text(versions: list[Version]) -> str:
    """What the field shows: its text, or every concurrent text between conflict markers."""
    texts = sorted({v["text"] for v in versions})
    if len(texts) == 1:
        return texts[0]
    parts = [CONFLICT_HEAD]
    for n, text in enumerate(texts, start=1):
        parts += [_VERSION_LINE.format(n=n), text]
    return "\n".join(parts)


def in_conflict(versions: list[Version]) -> bool:
    return len({v["text"] for v in versions}) > 1
