"""Every Alt+letter in the main window, and every place the text promises one.

Qt fires a mnemonic (``&x`` in a label, button, group box, tab or menu title) or an Alt
shortcut from anywhere in the window, so the letters must be unique across what is on screen
together: the menu bar, the session tabs, the groups/sessions pane and one tab page. A tooltip
or hint that says "(Alt+X)" is a promise: Alt+X must then reach that control, not another one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QTabWidget, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")
ALT = re.compile(r"\bAlt\+([A-Za-z0-9])\b")


@dataclass(frozen=True)
class Binding:
    """One Alt letter, the text that binds it and the widget it moves to (None: not a widget)."""

    letter: str
    text: str
    target: QWidget | None


@dataclass(frozen=True)
class Claim:
    """A text that tells the facilitator "Alt+X" does something here."""

    letter: str
    text: str
    widget: QWidget
    in_tooltip: bool


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _inside(widget: QWidget, roots: list[QWidget]) -> bool:
    return any(root is widget or root.isAncestorOf(widget) for root in roots)


def bindings(root: QWidget, skip: list[QWidget]) -> list[Binding]:
    """Mnemonics and Alt shortcuts of ``root``'s widgets, leaving out those inside ``skip``."""
    found: list[Binding] = []
    for widget in root.findChildren(QWidget):
        if _inside(widget, skip):
            continue
        texts: list[tuple[str, QWidget | None]] = []
        if isinstance(widget, QLabel):
            texts.append((widget.text(), widget.buddy()))
        elif isinstance(widget, QAbstractButton):
            texts.append((widget.text(), widget))
        elif isinstance(widget, QGroupBox):
            texts.append((widget.title(), widget))
        elif isinstance(widget, QTabBar):
            texts += [(widget.tabText(i), widget) for i in range(widget.count())]
        for text, target in texts:
            letter = _letter(text)
            if letter is not None:
                found.append(Binding(letter, text, target))
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and _inside(parent, skip):
            continue
        match = ALT.fullmatch(shortcut.key().toString())
        if match:
            found.append(Binding(match.group(1).lower(), shortcut.key().toString(),
                                 parent if isinstance(parent, QWidget) else None))
    return found


def claims(root: QWidget, skip: list[QWidget]) -> list[Claim]:
    """Every "Alt+X" written in a tooltip or a label of ``root`` (outside ``skip``)."""
    found: list[Claim] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _inside(widget, skip) and widget is not root:
            continue
        sources = [(widget.toolTip(), True)]
        if isinstance(widget, QLabel):
            sources.append((widget.text(), False))
        for text, in_tooltip in sources:
            found += [Claim(m.group(1).lower(), text, widget, in_tooltip) for m in ALT.finditer(text)]
    return found


def _lock_screens(window: QMainWindow) -> list[QWidget]:
    """The lock screen is a scope of its own: while it shows, everything else is hidden and the
    menus are off (ui/lock_control.py)."""
    return window.findChildren(QWidget, "lockScreen")


def window_scopes(window: QMainWindow, tabs: QTabWidget, stack: QWidget) -> dict[str, tuple[list[Binding],
                                                                                       list[Binding]]]:
    """(window-wide bindings, page bindings) for each page that can be on screen: each session
    tab, and the other pages of the right-hand ``stack`` (the welcome)."""
    common = [Binding(letter, a.text(), None) for a in window.menuBar().actions() if (letter := _letter(a.text()))]
    common += bindings(window, skip=[stack, window.menuBar(), *_lock_screens(window)])
    # A hidden widget's mnemonic does not fire: the session tabs count only while they are shown.
    tab_titles = [Binding(letter, tabs.tabText(i), tabs.tabBar()) for i in range(tabs.count())
                  if (letter := _letter(tabs.tabText(i)))]
    scopes = {tabs.widget(i).objectName(): (common + tab_titles, bindings(tabs.widget(i), skip=[]))
              for i in range(tabs.count())}
    for i in range(stack.count()):  # type: ignore[attr-defined]
        page = stack.widget(i)  # type: ignore[attr-defined]
        if page is not tabs:
            scopes[page.objectName()] = (common, bindings(page, skip=[]))
    for screen in _lock_screens(window):
        scopes[screen.objectName()] = ([], bindings(screen, skip=[]))
    return scopes


def problems(window: QMainWindow, tabs: QTabWidget, stack: QWidget) -> list[str]:
    """Clashing letters and broken promises, one sentence each (empty when all is well)."""
    found: list[str] = []
    window_claims = claims(window, skip=[stack, window.menuBar(), *_lock_screens(window)])
    pages = {tabs.widget(i).objectName(): tabs.widget(i) for i in range(tabs.count())}
    pages |= {stack.widget(i).objectName(): stack.widget(i)  # type: ignore[attr-defined]
              for i in range(stack.count()) if stack.widget(i) is not tabs}  # type: ignore[attr-defined]
    pages |= {screen.objectName(): screen for screen in _lock_screens(window)}
    for name, (common, own) in window_scopes(window, tabs, stack).items():
        by_letter: dict[str, list[Binding]] = {}
        for binding in common + own:
            by_letter.setdefault(binding.letter, []).append(binding)
        for letter, owners in sorted(by_letter.items()):
            if len(owners) > 1:
                found.append(f"{name}: Alt+{letter.upper()} means " + " and ".join(repr(b.text) for b in owners))
        page_claims = claims(pages[name], skip=[])
        for claim in page_claims + window_claims:
            owners = by_letter.get(claim.letter, [])
            if claim.in_tooltip:
                ok = any(b.target is claim.widget or (b.target is not None and b.target.focusProxy() is claim.widget)
                         for b in owners)
            else:  # a hint on a page promises a key of that page
                ok = any(b in own for b in owners) if claim in page_claims else bool(owners)
            if not ok:
                where = ", ".join(repr(b.text) for b in owners) or "nothing"
                found.append(f"{name}: {claim.text!r} promises Alt+{claim.letter.upper()}, which goes to {where}")
    return sorted(set(found))
