"""Fixtures for every test under tests/gui/ (panels included), so a test file names them without importing them."""

from __future__ import annotations

from tests.gui.window_fixtures import store_file

__all__ = ["store_file"]
