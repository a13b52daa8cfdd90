"""Time-ordered UUIDv7 identifiers (RFC 9562)."""

from __future__ import annotations

import time
import uuid

from facilitator_app.domain.ids import new_id, utc_now

FIXED_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
RAND = bytes(range(1, 11))


def test_new_id_is_version_7_with_the_rfc_variant() -> None:
    value = new_id()
    assert isinstance(value, uuid.UUID)
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert str(value)[14] == "7"


def test_version_and_variant_hold_for_extreme_random_bits() -> None:
    for rand in (bytes(10), b"\xff" * 10):
        value = new_id(now_ms=FIXED_MS, rand=rand)
        assert value.version == 7
        assert value.variant == uuid.RFC_4122


def test_the_first_48_bits_are_the_milliseconds() -> None:
    assert new_id(now_ms=FIXED_MS, rand=RAND).int >> 80 == FIXED_MS


def test_deterministic_when_time_and_randomness_given() -> None:
    assert new_id(now_ms=FIXED_MS, rand=RAND) == new_id(now_ms=FIXED_MS, rand=RAND)
    assert new_id(now_ms=FIXED_MS, rand=RAND) != new_id(now_ms=FIXED_MS, rand=bytes(range(2, 12)))
    assert new_id(now_ms=FIXED_MS, rand=RAND) != new_id(now_ms=FIXED_MS + 1, rand=RAND)


def test_random_bits_are_used() -> None:
    low = new_id(now_ms=FIXED_MS, rand=bytes(10))
    high = new_id(now_ms=FIXED_MS, rand=b"\xff" * 10)
    # 12 bits of rand_a and 62 bits of rand_b, all zero or all one.
    assert (low.int ^ high.int) == (0xFFF << 64) | 0x3FFF_FFFF_FFFF_FFFF


def test_ids_sort_by_time_whatever_their_random_bits() -> None:
    ids = [new_id(now_ms=FIXED_MS + step, rand=(b"\xff" * 10 if step % 2 else bytes(10)))
           for step in range(50)]
    assert sorted(ids) == ids
    assert sorted(str(i) for i in ids) == [str(i) for i in ids]  # text order too (as stored)


def test_ids_from_the_current_clock_carry_a_current_time() -> None:
    before = time.time_ns() // 1_000_000
    stamped = new_id().int >> 80
    after = time.time_ns() // 1_000_000
    assert before <= stamped <= after


def test_ten_thousand_ids_are_unique() -> None:
    ids = {new_id() for _ in range(10_000)}
    assert len(ids) == 10_000


def test_ten_thousand_ids_in_the_same_millisecond_are_unique() -> None:
    ids = {new_id(now_ms=FIXED_MS) for _ in range(10_000)}
    assert len(ids) == 10_000


def test_utc_now_is_naive() -> None:
    assert utc_now().tzinfo is None
