"""The Notes tab: the session's note in sections, saved as you type; the group's note template;
and a search across every note of every group.

Nothing typed is lost: each edit restarts a short timer and the note is saved when it fires,
and at once when an editor loses focus, before another session is shown, when the panel is
hidden, and when the window calls ``flush()`` as it closes.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QPalette, QShortcut, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.note_versions import NoteVersion, merge_sections
from facilitator_app.domain.records import GroupRecord, MeetingRecord, NoteRecord, NoteSections
from facilitator_app.errors import AppError
from facilitator_app.services.changes import Change, ChangeBatch, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.notes import NoteChangedError, initials
from facilitator_app.ui.dialogs.note_template_dialog import NoteTemplateDialog
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.formatting import label_of, long_date, short_date
from facilitator_app.ui.language import translate
from facilitator_app.ui.naming import named
from facilitator_app.ui.panels.note_layout import section_editors, sections_grid
from facilitator_app.ui.panels.note_search import NoteSearch
from facilitator_app.ui.widgets.labels import title_label

SAVE_DELAY_MS = 600


class NotesPanel(QWidget):
    """The Notes tab of the selected session, with a search across every note.

    ``session_requested`` carries the meeting id (uuid.UUID) of a search result the facilitator
    opened (Enter or double-click): the window brings that session on screen, then calls
    ``show_meeting``. Call ``flush()`` before the store closes, so the last keystrokes are saved.
    """

    error_raised = Signal(str)
    status_message = Signal(str)
    session_requested = Signal(object)  # uuid.UUID of the meeting whose note was opened from the search

    def __init__(self, services: Services, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setAccessibleName(self.tr("Session notes"))
        self._services = services
        self._undo = undo_stack  # editors keep their own undo (Ctrl+Z while typing); nothing is pushed here
        self._group: GroupRecord | None = None
        self._meeting: MeetingRecord | None = None
        self._has_note = False      # the store holds a note for the session shown
        self._dirty = False         # edits not saved yet
        # The note as this editor last loaded or saved it: saving checks nobody else saved since.
        self._version = NoteVersion(None)
        self._loaded = NoteSections()
        self._failing = False       # the last save failed (its message was shown once)
        self._loading = False

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        # -- heading: the session, how saving is going, the helpers
        self._title = title_label("notesTitle", self.tr("Session"))
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._status = named(QLabel(), "noteStatus")
        self._status.setAccessibleName(self.tr("Saving"))
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self._initials = named(QPushButton(self.tr("Insert initials")), "noteInsertInitials")
        describe_widget(self._initials, self.tr("Insert initials"),
                        self.tr("Puts a member's initials (e.g. “Z.M.”) where you are typing (Ctrl+I)"))
        self._initials_menu = named(QMenu(self._initials), "noteInitialsMenu")
        self._initials_menu.aboutToShow.connect(self._fill_initials_menu)
        self._initials.setMenu(self._initials_menu)

        self._use_template = named(QPushButton(self.tr("Use te&mplate")), "noteUseTemplate")
        self._use_template.clicked.connect(self.use_template)
        self._edit_template = named(QPushButton(self.tr("Edit template…")), "noteEditTemplate")
        describe_widget(self._edit_template, self.tr("Edit template"),
                        self.tr("The text every new note of this group starts with"))
        self._edit_template.clicked.connect(self.edit_template)

        self._hint = QLabel(self.tr("Refer to members by their initials, e.g. “Z.M.”: Insert initials (Ctrl+I) "
                                    "adds them for the people at this session."))
        named(self._hint, "noteHint").setWordWrap(True)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setAccessibleName(self.tr("Hint"))
        hint_palette = self._hint.palette()
        hint_palette.setColor(QPalette.ColorRole.WindowText, hint_palette.color(QPalette.ColorRole.PlaceholderText))
        self._hint.setPalette(hint_palette)

        # -- the sections
        self._editors, labels = section_editors()
        for editor in self._editors.values():
            editor.textChanged.connect(self._on_editor_text_changed)
            editor.installEventFilter(self)
        self._last_editor = self._editors["free_text"]

        grid = sections_grid(labels, self._editors)

        # -- the search
        self._search = NoteSearch(self._services.notes.search)
        self._search.error_raised.connect(self.error_raised)
        self._search.meeting_opened.connect(self._on_search_meeting_opened)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Ctrl, not Alt: Alt+I already goes to the sessions list, from every tab.
        QShortcut(QKeySequence("Ctrl+I"), self, self.show_initials_menu,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # -- layout
        helpers = QHBoxLayout()
        helpers.addWidget(self._initials)
        helpers.addWidget(self._use_template)
        helpers.addWidget(self._edit_template)
        helpers.addStretch(1)
        note = QVBoxLayout()
        note.addWidget(self._title)
        note.addLayout(helpers)
        # Under the buttons, the width of the note: one or two lines, never a word per line.
        note.addWidget(self._hint)
        note.addSpacing(4)
        note.addLayout(grid, 1)
        note.addWidget(self._status)

        layout = QHBoxLayout(self)
        layout.addLayout(note, 1)
        layout.addSpacing(8)
        layout.addWidget(self._search, 0)
        self.show_meeting(None)

    # -- what the window calls -------------------------------------------------------------
    @property
    def meeting_id(self) -> uuid.UUID | None:
        return self._meeting.id if self._meeting else None

    def editor(self, field: str) -> QPlainTextEdit:
        """The editor of one section ("themes", "strategies", "follow_ups", "safety_concerns", "free_text")."""
        return self._editors[field]

    def tab_chain(self) -> list[QWidget]:
        """This panel's controls in Tab order, for the window's chain, in reading order: the helpers
        above the sections, the sections, then the search beside them."""
        return [self._initials, self._use_template, self._edit_template, *self._editors.values(),
                self._search.edit, self._search.results]

    def focus_search(self) -> None:
        self._search.focus()

    def show_group(self, group: GroupRecord | None) -> None:
        """The group selected on the left (its template is what a new note starts from)."""
        self._group = group
        if self._meeting is None:
            self._update_enabled()

    def show_meeting(self, meeting: MeetingRecord | None) -> None:
        """Save what was typed for the session shown, then load the note of ``meeting``."""
        self.flush()
        self._save_timer.stop()
        self._meeting = meeting
        self._dirty = False
        self._failing = False
        if meeting is None:
            self._title.setText(self.tr("No session selected"))
            self._set_texts(NoteSections())
            self._has_note = False
            self._status.setText(self.tr("Choose a session on the left to write its note."))
            self._update_enabled()
            return
        self._show_title()
        try:
            note = self._services.notes.get_note(meeting.id)
            template = self._services.notes.template(meeting.group_id) if note is None else ""
        except AppError as exc:
            self.error_raised.emit(exc.message)
            note, template = None, ""
        self._has_note = note is not None
        self._version = NoteVersion(note.updated_at if note is not None else None)
        self._loaded = note.sections if note is not None else NoteSections()
        if note is not None:
            self._set_texts(note.sections)
            self._status.setText(_saved_text(note))
        else:
            self._set_texts(NoteSections(free_text=template))
            self._status.setText(self.tr("A new note, started from the group's template: it saves once you write.")
                                 if template else self.tr("No note yet: it saves as you type."))
        self._update_enabled()

    def flush(self) -> bool:
        """Save any edits now. True when nothing is left unsaved."""
        self._save_timer.stop()
        meeting = self._meeting
        if not self._dirty or meeting is None:
            return True
        try:
            note = self._save_merging(meeting.id)
        except AppError as exc:
            self._status.setText(self.tr("Not saved yet: ") + exc.message)
            if not self._failing:  # say it once, not on every keystroke
                self.error_raised.emit(exc.message)
            self._failing = True
            return False
        self._dirty = False
        self._failing = False
        self._has_note = True
        self._status.setText(_saved_text(note))
        return True

    def _save_merging(self, meeting_id: uuid.UUID) -> NoteRecord:
        """Save, checking nobody else saved this note since it was loaded; if someone did, their
        text and ours are merged (both kept where both changed a section), shown, said, and saved."""
        mine = self._sections()
        try:
            note = self._services.notes.save_note(meeting_id, mine, origin=self, expected=self._version)
        except NoteChangedError as changed:
            theirs = changed.theirs.sections if changed.theirs is not None else NoteSections()
            merged = merge_sections(self._loaded, mine, theirs)
            self._version = NoteVersion(changed.theirs.updated_at if changed.theirs is not None else None)
            self._loaded = theirs
            self._set_texts(merged)
            self.error_raised.emit(changed.message)
            note = self._services.notes.save_note(meeting_id, merged, origin=self, expected=self._version)
        self._version = NoteVersion(note.updated_at)
        self._loaded = note.sections
        return note

    def on_batch(self, batch: ChangeBatch) -> None:
        """Follow a committed action; its own saves it already shows, but the search may change."""
        batch.deliver(self, self.on_change)

    def on_change(self, change: Change, own: bool = False) -> None:
        """Follow changes made elsewhere: the session shown, its note, the group; and the search."""
        if change.entity in (Entity.NOTE, Entity.MEETING, Entity.GROUP):
            self._search.refresh_soon()  # results may have come or gone
        meeting = self._meeting
        if meeting is None or own:
            return
        if change.entity is Entity.MEETING and change.meeting_id == meeting.id:
            self._reload_meeting()
        elif change.entity is Entity.GROUP and meeting.group_id in change.ids:
            self._reload_meeting()
        elif change.entity is Entity.NOTE and change.meeting_id == meeting.id and not self._dirty:
            self.show_meeting(meeting)

    # -- the template --------------------------------------------------------------------------
    def use_template(self) -> None:
        """Put the group's template into "Other notes" (after what is there already)."""
        meeting = self._meeting
        if meeting is None:
            return
        try:
            template = self._services.notes.template(meeting.group_id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        if not template:
            self.status_message.emit(self.tr("This group has no note template yet: use Edit template… to write one."))
            return
        editor = self._editors["free_text"]
        current = editor.toPlainText()
        if template in current:
            self.status_message.emit(self.tr("The template is already in this note."))
            return
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(("\n\n" if current.strip() else "") + template)
        editor.setTextCursor(cursor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def template_dialog(self) -> NoteTemplateDialog | None:
        """The dialog that edits the template of the group shown (None when there is no group)."""
        group_id = self._meeting.group_id if self._meeting else self._group.id if self._group else None
        if group_id is None:
            return None
        try:
            group = self._services.groups.get_group(group_id)
            template = self._services.notes.template(group_id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return None
        return NoteTemplateDialog(group.name, template,
                                  lambda text: self._save_template(group_id, group.name, text), parent=self)

    def edit_template(self) -> None:
        dialog = self.template_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def _save_template(self, group_id: uuid.UUID, group_name: str, text: str) -> str:
        saved = self._services.notes.set_template(group_id, text, origin=self)
        self.status_message.emit(self.tr("Note template saved for {group_name}: new notes start from it.").format(
            group_name=group_name))
        meeting = self._meeting
        if meeting is not None and meeting.group_id == group_id and not self._has_note and not self._dirty:
            self.show_meeting(meeting)  # an untouched new note starts from the new template
        self._update_enabled()
        return saved

    # -- initials --------------------------------------------------------------------------------
    def _fill_initials_menu(self) -> None:
        menu = self._initials_menu
        menu.clear()
        meeting = self._meeting
        lines = []
        if meeting is not None:
            try:
                lines = self._services.attendance.sheet(meeting.id)
            except AppError as exc:
                self.error_raised.emit(exc.message)
        came = [line for line in lines if line.status is not None and line.status.attended]
        if not lines:
            menu.addAction(self.tr("Nobody is on this session's sheet yet")).setEnabled(False)
            return
        if not came:
            menu.addSection(self.tr("No one marked present yet: everyone in the group"))
        for line in came or lines:
            member = line.member
            letters = initials(member.full_name or member.preferred_name)
            action = menu.addAction(f"{letters}  —  {member.preferred_name}".replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, text=letters: self.insert_initials(text))

    def show_initials_menu(self) -> None:
        """Open the initials menu under the cursor of the section last typed in (Ctrl+I)."""
        if not self._initials.isEnabled():
            return
        editor = self._last_editor
        menu = self._initials_menu
        menu.popup(editor.viewport().mapToGlobal(editor.cursorRect().bottomLeft()))
        # Highlight the first person, so Enter alone inserts them (Qt opens a menu with nothing active).
        first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
        if first is not None:
            menu.setActiveAction(first)

    def insert_initials(self, text: str) -> None:
        """Insert ``text`` where the facilitator was last typing (a space before it if needed)."""
        editor = self._last_editor
        cursor = editor.textCursor()
        before = editor.toPlainText()[cursor.position() - 1: cursor.position()] if cursor.position() else ""
        cursor.insertText((" " if before and not before.isspace() and before not in "([" else "") + text)
        editor.setTextCursor(cursor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving as you type ------------------------------------------------------------------------
    def _on_editor_text_changed(self) -> None:
        if self._loading or self._meeting is None:
            return
        self._dirty = True
        if not self._failing:
            self._status.setText(self.tr("Saving as you type…"))
        self._save_timer.start()

    def _sections(self) -> NoteSections:
        return NoteSections(**{field: editor.toPlainText() for field, editor in self._editors.items()})

    def _set_texts(self, sections: NoteSections) -> None:
        self._loading = True
        try:
            for field, editor in self._editors.items():
                editor.setPlainText(getattr(sections, field))
        finally:
            self._loading = False


    def _reload_meeting(self) -> None:
        meeting = self._meeting
        assert meeting is not None
        try:
            self._meeting = self._services.meetings.get_meeting(meeting.id)
        except AppError:
            self._dirty = False  # the session is gone: there is nowhere left to save to
            self.show_meeting(None)
            return
        self._show_title()
        if not self._has_note and not self._dirty:
            self.show_meeting(self._meeting)  # the template may have changed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QPlainTextEdit) and watched in self._editors.values():
            if kind == QEvent.Type.FocusIn:
                self._last_editor = watched
            elif kind == QEvent.Type.FocusOut:
                self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another tab, or the window closing: keep what was typed.
        self.flush()
        super().hideEvent(event)

    def _on_search_meeting_opened(self, meeting_id: uuid.UUID) -> None:
        self.flush()
        self.session_requested.emit(meeting_id)

    # -- display -----------------------------------------------------------------------------------------
    def _show_title(self) -> None:
        meeting = self._meeting
        assert meeting is not None
        status = "" if meeting.status in (MeetingStatus.PLANNED,
                                          MeetingStatus.HELD) else self.tr(" · {label}").format(
                                              label=label_of(meeting.status))
        topic = self.tr(" · {topic}").format(topic=meeting.topic) if meeting.topic else ""
        self._title.setText(self.tr("{long_date}{status}{topic}").format(long_date=long_date(meeting.date),
                                                                         status=status, topic=topic))
        self._title.setToolTip(self._title.text())

    def _update_enabled(self) -> None:
        has_meeting = self._meeting is not None
        for editor in self._editors.values():
            editor.setEnabled(has_meeting)
        self._initials.setEnabled(has_meeting)
        self._use_template.setEnabled(has_meeting)
        self._edit_template.setEnabled(has_meeting or self._group is not None)
        template_tip = (self.tr("Adds the group's note template to “Other notes” (Alt+M)") if has_meeting
                        else self.tr("Choose a session first"))
        describe_widget(self._use_template, self.tr("Use template"), template_tip)


def _saved_text(note: NoteRecord) -> str:
    """ "Saved · 14:32" today, else with the date, in local time (the store keeps UTC)."""
    local = note.updated_at.replace(tzinfo=UTC).astimezone()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if local.date() == datetime.now().astimezone().date():
        return translate("NotesPanel", "Saved · {clock}").format(clock=clock)
    return translate("NotesPanel", "Saved · {short_date}, {clock}").format(short_date=short_date(local.date()),
                                                                           clock=clock)
