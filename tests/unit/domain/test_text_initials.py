"""Initials in any script (issue 12): the letters a name starts with, whole graphemes, in logical order."""

from __future__ import annotations

import unicodedata

import pytest

from facilitator_app.domain.text import initials


@pytest.mark.parametrize(("name", "expected"), [
    # Latin as before: upper case, no spaces, at most three.
    ("Zoë Mensah", "Z.M."), ("Zoë Łukasz", "Z.Ł."), ("siobhán o'neill", "S.O."), ("Ji-woo", "J."),
    ("Anna Maria de la Cruz", "A.M.D."), ("(Sam)", "S."), ("  ", ""), ("-", ""),
    # Vietnamese: the letter with its marks.
    ("Nguyễn Thị Ánh", "N.T.Á."), ("Trần Văn Đức", "T.V.Đ."), ("ánh", "Á."),
    # Arabic and Hebrew: no case, written right to left with a space, stored in logical order.
    ("محمد الأحمد", "م. ا."), ("فاطمة الزهراء", "ف. ا."), ("שרה כהן", "ש. כ."),
    # CJK written without spaces: one initial, the first character.
    ("李小龍", "李."), ("王芳", "王."), ("山田 太郎", "山.太."), ("김민준", "김."),
])
def test_initials_in_any_script(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_a_combining_mark_stays_with_its_letter() -> None:
    """"Ánh" typed as A + U+0301 gives "Á", never "A" alone or a stray accent."""
    decomposed = unicodedata.normalize("NFD", "Ánh Ẹ̀ze")
    assert decomposed != "Ánh Ẹ̀ze"
    assert initials(decomposed) == unicodedata.normalize("NFC", "Á.Ẹ̀.")


def test_arabic_initials_are_in_logical_order() -> None:
    """The first name's letter comes first in the string (a reader shows it on the right)."""
    result = initials("محمد الأحمد")
    assert result.index("م") < result.index("ا")


def test_the_limit() -> None:
    assert initials("Ana Bea Cai Dee", limit=2) == "A.B."
