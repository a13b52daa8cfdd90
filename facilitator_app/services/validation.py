"""Small input rules shared by the services, each with a sentence a facilitator understands."""

from __future__ import annotations

from facilitator_app.errors import ValidationError


def clean_text(value: str | None, *, field: str, max_length: int, required: bool = False) -> str:
    """Trim ``value``; refuse it when required and blank, or when it is too long."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(f"Please enter a {field}: it cannot be left blank.")
    if len(text) > max_length:
        raise ValidationError(f"The {field} is {len(text)} characters long; please keep it to {max_length}.")
    return text
