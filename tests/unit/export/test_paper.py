"""The paper a PDF is laid out for: Letter where the locale's territory uses it, A4 elsewhere."""

from __future__ import annotations

import pytest

from facilitator_app.export.paper import Paper, default_paper, paper_for_territory, parse_paper, territory_of


@pytest.mark.parametrize(("environ", "paper"), [
    ({"LANG": "en_US.UTF-8"}, Paper.LETTER),
    ({"LANG": "fr_CA.UTF-8"}, Paper.LETTER),
    ({"LANG": "es_MX"}, Paper.LETTER),
    ({"LANG": "fil_PH.UTF-8"}, Paper.LETTER),
    ({"LANG": "en_GB.UTF-8"}, Paper.A4),
    ({"LANG": "de_DE@euro"}, Paper.A4),
    ({"LANG": "ar_EG.UTF-8"}, Paper.A4),
    ({"LANG": "C.UTF-8"}, Paper.A4),
    ({}, Paper.A4),
    ({"LANG": "en_US.UTF-8", "LC_PAPER": "en_GB.UTF-8"}, Paper.A4),      # LC_PAPER says more than LANG
    ({"LC_ALL": "en_US.UTF-8", "LC_PAPER": "en_GB.UTF-8"}, Paper.LETTER),  # and LC_ALL more than both
])
def test_the_default_follows_the_locale(environ: dict[str, str], paper: Paper) -> None:
    assert default_paper(environ) is paper


def test_territories_and_names() -> None:
    assert territory_of("en_US.UTF-8") == "US" and territory_of("POSIX") == "" and territory_of("en") == ""
    assert paper_for_territory("us") is Paper.LETTER and paper_for_territory("IE") is Paper.A4
    assert parse_paper("Letter") is Paper.LETTER and parse_paper("A4") is Paper.A4
    assert Paper.LETTER.label == "Letter"
