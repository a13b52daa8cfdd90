"""Facilitator: offline admin for in-person peer support groups."""

__version__ = "0.1.0"
APP_NAME = "Facilitator"
