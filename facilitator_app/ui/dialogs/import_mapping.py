"""Which column feeds which member detail, as the dialog's column choices change it."""

from __future__ import annotations

from facilitator_app.services.member_import import FIELDS

Mapping = dict[str, tuple[int, ...]]


def field_of_column(mapping: Mapping, column: int) -> str | None:
    """The field a column feeds first (a column can also be a fallback for another field)."""
    best: tuple[int, int, str] | None = None
    for key, columns in mapping.items():
        if column in columns and key in FIELDS:
            rank = (columns.index(column), FIELDS.index(key), key)
            best = rank if best is None or rank < best else best
    return best[2] if best else None


def remap(mapping: Mapping, column: int, key: str | None) -> Mapping:
    """``mapping`` with ``column`` feeding only ``key`` (or nothing), the other choices kept."""
    out: dict[str, list[int]] = {k: [c for c in cols if c != column] for k, cols in mapping.items()}
    if key is not None:
        out.setdefault(key, []).append(column)
        if key == "full_name":
            out[key].sort()  # name parts join left to right, as the columns are
    return {k: tuple(cols) for k, cols in out.items() if cols}
