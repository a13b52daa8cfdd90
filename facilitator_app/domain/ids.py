"""Identifiers that can be merged across laptops: time-ordered UUIDs (version 7, RFC 9562).

Time ordering keeps new rows at the end of the primary-key index (fast inserts),
and 74 random bits make collisions between laptops practically impossible.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime


def new_id(now_ms: int | None = None, rand: bytes | None = None) -> uuid.UUID:
    """Return a new UUIDv7. ``now_ms`` and ``rand`` exist for deterministic sample data."""
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    rnd = int.from_bytes(os.urandom(10) if rand is None else rand[:10], "big")
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76                      # version 7
    value |= ((rnd >> 62) & 0xFFF) << 64    # rand_a: 12 bits
    value |= 0b10 << 62                     # RFC 4122 variant
    value |= rnd & 0x3FFF_FFFF_FFFF_FFFF    # rand_b: 62 bits
    return uuid.UUID(int=value)


def utc_now() -> datetime:
    """The current time as a naive UTC datetime: the store keeps every timestamp in UTC."""
    return datetime.now(UTC).replace(tzinfo=None)
