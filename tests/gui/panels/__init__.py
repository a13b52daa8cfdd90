"""Tests for ui/panels, one file per panel."""
