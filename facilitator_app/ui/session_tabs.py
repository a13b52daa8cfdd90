"""The main window's session tabs that are built when first shown: Check-ins, Notes and Handouts.

``SessionTabsWindow`` is the main window's base class. It makes the three ``LazyPage`` tabs
(ui/lazy_tabs.py), builds each panel (importing its module) on its first show or when asked for
(``checkins_panel``, ``notes_panel``, ``handouts_panel``, also under their old private names),
wires it and points it at the group and session on screen. Only the panels built so far follow
the selection and the changes (``_session_panels()``): one built later loads what it shows afresh.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from facilitator_app.services.container import Services
from facilitator_app.ui.lazy_tabs import LazyPage
from facilitator_app.ui.panels.navigator import Navigator

if TYPE_CHECKING:  # imported when their tab is first shown
    from facilitator_app.ui.panels.checkins_panel import CheckinsPanel
    from facilitator_app.ui.panels.handouts_panel import HandoutsPanel
    from facilitator_app.ui.panels.notes_panel import NotesPanel

    SessionPanel = CheckinsPanel | NotesPanel | HandoutsPanel

Found = TypeVar("Found", bound=QObject)
Panel = TypeVar("Panel", "CheckinsPanel", "NotesPanel", "HandoutsPanel")


class SessionTabsWindow(QMainWindow):
    """A main window whose Check-ins, Notes and Handouts tabs are built when first needed."""

    # Set by the window before it calls _make_session_pages().
    _services: Services
    _undo: QUndoStack
    _navigator: Navigator

    def _make_session_pages(self) -> tuple[LazyPage, LazyPage, LazyPage]:
        """The three tab pages, each still empty."""
        self._built_checkins: CheckinsPanel | None = None
        self._built_notes: NotesPanel | None = None
        self._built_handouts: HandoutsPanel | None = None
        self._checkins_page = LazyPage(self._build_checkins, "checkinsPanel", self.tr("Check-ins"))
        self._notes_page = LazyPage(self._build_notes, "notesPanel", self.tr("Session notes"))
        self._handouts_page = LazyPage(self._build_handouts, "handoutsPanel", self.tr("Handouts"))
        self._session_pages = (self._checkins_page, self._notes_page, self._handouts_page)
        return self._session_pages

    def _show_error(self, message: str) -> None:
        raise NotImplementedError  # the window's own

    def _show_session(self, meeting_id: uuid.UUID, tab: QWidget) -> None:
        raise NotImplementedError  # the window's own

    def _build_checkins(self) -> QWidget:
        from facilitator_app.ui.panels.checkins_panel import CheckinsPanel

        self._built_checkins = self._adopt(CheckinsPanel(self._services, self._undo), self._checkins_page)
        return self._built_checkins

    def _build_notes(self) -> QWidget:
        from facilitator_app.ui.panels.notes_panel import NotesPanel

        self._built_notes = self._adopt(NotesPanel(self._services, self._undo), self._notes_page)
        return self._built_notes

    def _build_handouts(self) -> QWidget:
        from facilitator_app.ui.panels.handouts_panel import HandoutsPanel

        self._built_handouts = self._adopt(HandoutsPanel(self._services, self._undo), self._handouts_page)
        return self._built_handouts

    def _adopt(self, panel: Panel, page: LazyPage) -> Panel:
        """Wire a panel just built and point it at the session on screen (loaded afresh when shown)."""
        panel.error_raised.connect(self._show_error)
        panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        panel.session_requested.connect(lambda meeting_id: self._show_session(meeting_id, page))
        panel.show_group(self._navigator.current_group())
        panel.show_meeting(self._navigator.current_meeting())
        return panel

    def _session_panels(self) -> list[SessionPanel]:
        """The session panels built so far: only they follow the selection and the changes."""
        built = (self._built_checkins, self._built_notes, self._built_handouts)
        return [panel for panel in built if panel is not None]

    # The panels, each built now if its tab has not been shown yet (also under their old names).
    @property
    def checkins_panel(self) -> CheckinsPanel:
        self._checkins_page.panel()
        assert self._built_checkins is not None
        return self._built_checkins

    @property
    def notes_panel(self) -> NotesPanel:
        self._notes_page.panel()
        assert self._built_notes is not None
        return self._built_notes

    @property
    def handouts_panel(self) -> HandoutsPanel:
        self._handouts_page.panel()
        assert self._built_handouts is not None
        return self._built_handouts

    _checkins, _notes, _handouts = checkins_panel, notes_panel, handouts_panel

    def findChild(self, type: type[Found], /, name: str = "",  # noqa: A002 (Qt's name)
                  options: Qt.FindChildOption = Qt.FindChildOption.FindChildrenRecursively) -> Found | None:
        """Qt's lookup, also into the tabs not built yet (built when nothing built matches), so the
        object names stay one contract for what drives the window by name, shown tabs or not."""
        found = super().findChild(type, name, options)
        if found is None and not all(page.is_built for page in self._session_pages):
            for page in self._session_pages:
                page.panel()
            found = super().findChild(type, name, options)
        return found

    def findChildren(self, *args: Any, **kwargs: Any) -> Any:  # Qt's overloads, passed on as they are
        """Qt's lookup over every tab, the ones not built yet built first (a search of the whole
        window must see the whole window)."""
        for page in self._session_pages:
            page.panel()
        return super().findChildren(*args, **kwargs)
