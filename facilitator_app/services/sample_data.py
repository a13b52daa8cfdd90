"""Invented sample data (``demo-data``): groups, members, sessions and everything recorded at them.

Every person, group, venue and note here is made up. The generator is pure Python
and deterministic: the same seed and the same ``today`` give the same rows, ids
included, because every UUID comes from one ``random.Random(seed)`` and every
timestamp from a session date rather than the clock. The rows go into the store
in one transaction through ``storage.bulk`` (Core executemany, no ORM objects),
so the large store (about 200,000 attendance rows) builds in seconds.
"""


from __future__ import annotations

from datetime import date
from pathlib import Path

from facilitator_app.errors import ValidationError
from facilitator_app.services.sample_generator import Generator
from facilitator_app.services.sample_scales import SCALES, SampleSummary, Scale
from facilitator_app.storage.bulk import bulk_insert, has_live_rows
from facilitator_app.storage.repos import audit
from facilitator_app.storage.store import open_store

__all__ = ["REFUSAL", "SCALES", "SampleSummary", "build_sample_store"]

REFUSAL = ("This store already holds groups; sample data goes only into a new or empty store, "
           "so your own data is never mixed with invented people. Give a new path with --db.")


# --------------------------------------------------------------------------- public API
def build_sample_store(path: Path | str, scale: str = "small", seed: int = 1,
                       today: date | None = None, passphrase: str | None = None) -> SampleSummary:
    """Fill a new (or empty) store at ``path`` with invented sample data, in one transaction.

    Refuses, and leaves the store as it was, when it already holds groups. A new store is encrypted
    with ``passphrase`` (default: FACILITATOR_APP_PASSPHRASE).
    """
    spec = _scale(scale)
    today = today or date.today()
    store = open_store(path, passphrase=passphrase)
    try:
        with store.write() as session:
            # Checked inside the transaction, so nothing can slip in between check and insert.
            if has_live_rows(session, "groups"):
                raise ValidationError(REFUSAL)
            sample = Generator(spec, seed, today).run()
            # The audit event joins the store's hash chain (it may hold events already).
            bulk_insert(session, {table: rows for table, rows in sample.rows.items() if table != "audit_events"})
            for event in sample.rows["audit_events"]:
                audit.append(session, event)
    finally:
        store.close()
    return sample.summary


def _scale(name: str) -> Scale:
    try:
        return SCALES[name]
    except KeyError:
        raise ValidationError(f"There is no sample size called '{name}'. "
                              f"Choose one of: {', '.join(SCALES)}.") from None
