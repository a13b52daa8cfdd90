"""Bundles: what is sealed opens with its key only, and every kind of wrong file is refused with a sentence."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from facilitator_app.errors import ValidationError
from facilitator_app.services import sync_bundle

KEY, OTHER = b"k" * 32, b"o" * 32
CHANGES = {"members": [{"id": "0" * 32, "preferred_name": "Zarthex"}]}


def test_sealed_changes_open_with_the_key() -> None:
    data = sync_bundle.seal(CHANGES, "0123456789abcdef", KEY)
    assert b"Zarthex" not in data
    opened = sync_bundle.unseal(data, KEY)
    assert (opened.changes, opened.node_id, opened.rows) == (CHANGES, "0123456789abcdef", 1)


def _reheader(data: bytes, header: dict[str, object]) -> bytes:
    (length,) = struct.unpack(">I", data[8:12])
    new = json.dumps(header).encode("ascii")
    return data[:8] + struct.pack(">I", len(new)) + new + data[12 + length:]


@pytest.mark.parametrize(("make", "words"), [
    (lambda d: b"PK\x03\x04" + d[4:], "not a Facilitator bundle"),
    (lambda d: d[:8], "not a Facilitator bundle"),
    (lambda d: _reheader(d, {"format": 99, "key": sync_bundle.key_id(KEY)}), "another version"),
    (lambda d: _reheader(d, {"format": 1, "key": sync_bundle.key_id(KEY), "note": "x"}), "changed after"),
    (lambda d: d[:-1], "changed after"),
    (lambda d: d[:20] + b"{" + d[21:], "changed after"),
])
def test_wrong_files_are_refused(make, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match=words):
        sync_bundle.unseal(make(sync_bundle.seal(CHANGES, "0123456789abcdef", KEY)), KEY)


def test_another_organisations_key_is_named() -> None:
    with pytest.raises(ValidationError, match="another organisation key"):
        sync_bundle.unseal(sync_bundle.seal(CHANGES, "0123456789abcdef", OTHER), KEY)


def test_key_files_round_trip_and_a_wrong_one_is_refused(tmp_path: Path) -> None:
    sync_bundle.new_key_file(tmp_path / "org.key")
    assert len(sync_bundle.read_key_file(tmp_path / "org.key")) == 32
    (tmp_path / "notes.txt").write_text("hello\n")
    with pytest.raises(ValidationError, match="not an organisation key"):
        sync_bundle.read_key_file(tmp_path / "notes.txt")
    with pytest.raises(ValidationError, match="could not be read"):
        sync_bundle.read_key_file(tmp_path / "missing.key")


def test_the_default_bundle_name_holds_only_a_date() -> None:
    from datetime import date

    assert sync_bundle.default_bundle_name(date(2026, 12, 5)) == "facilitator-changes-2026-12-05.fsync"
