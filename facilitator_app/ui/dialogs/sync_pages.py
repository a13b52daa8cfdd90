"""The sync dialog's two pages: another store (server or file), and bundles (key, export, import).

Only the controls; the dialog (``sync_dialog.py``) connects them and does the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.naming import named


class _Path(QWidget):
    """A line edit with a Browse… button beside it."""

    def __init__(self, field: QLineEdit, browse: QPushButton) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        layout.addWidget(browse)
        browse.setAutoDefault(False)



class OtherPage(QWidget):
    """The other store: a server address or a data file (``syncOtherStore``), and Sync now."""

    def __init__(self, remembered: str) -> None:
        super().__init__()
        self.setObjectName("syncWithBox")   # the tab's title says what it is
        self.setAccessibleName(self.tr("Sync with the organisation's server or another data file"))
        intro = QLabel(self.tr("Both sides end with the same data: what changed here goes there, and what "
                               "changed there comes here."))
        intro.setWordWrap(True)
        self.field = named(QLineEdit(), "syncOtherStore")
        self.field.setPlaceholderText(self.tr("postgresql://user@server/organisation, or a data file"))
        describe_widget(self.field, self.tr("Server address or data file"),
                        self.tr("A postgresql:// address, or another Facilitator data file. A password in the "
                                "address is used but never remembered."))
        self.field.setText(remembered)
        self.browse = named(QPushButton(self.tr("B&rowse…")), "syncOtherBrowse")
        describe_widget(self.browse, self.tr("Choose a data file"), self.tr("Choose another Facilitator data file."))
        self.with_button = named(QPushButton(self.tr("S&ync now")), "syncWithButton")
        describe_widget(self.with_button, self.tr("Sync now"), self.tr("Merge this data and the other both ways."))
        form = QFormLayout()
        label = QLabel(self.tr("&Other side:"))
        label.setBuddy(self.field)
        form.addRow(label, _Path(self.field, self.browse))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.with_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class BundlePage(QWidget):
    """The organisation key (or a new one), exporting a bundle, and importing one."""

    def __init__(self, key_file: str, since_last: bool) -> None:
        super().__init__()
        self.key_field = named(QLineEdit(), "syncKeyFile")
        describe_widget(self.key_field, self.tr("Organisation key file"),
                        self.tr("The organisation's key: bundles are encrypted with it and only it can open them."))
        self.key_field.setText(key_file)
        self.key_field.textChanged.connect(self._update_new_key)
        self.key_browse = named(QPushButton(self.tr("Bro&wse…")), "syncKeyBrowse")
        describe_widget(self.key_browse, self.tr("Choose the key file"), self.tr("Choose the organisation key file."))
        self.new_key = named(QPushButton(self.tr("&New organisation key…")), "syncNewKeyButton")
        self.new_key.setAutoDefault(False)
        describe_widget(self.new_key, self.tr("New organisation key"),
                        self.tr("Make a key for your organisation's bundles (once, then copy it to each laptop)."))
        key_row = QHBoxLayout()
        key_row.addWidget(_Path(self.key_field, self.key_browse), 1)
        key_row.addWidget(self.new_key)
        key_label = QLabel(self.tr("Organisation &key:"))
        key_label.setBuddy(self.key_field)
        key_form = QFormLayout()
        key_form.addRow(key_label, key_row)

        export_box = named(QGroupBox(self.tr("Export a bundle")), "syncExportBox")
        export_box.setAccessibleName(self.tr("Export a bundle"))
        self.since_last = named(QCheckBox(self.tr("Only changes since the &last bundle")), "syncSinceLast")
        describe_widget(self.since_last, self.tr("Only changes since the last bundle"),
                        self.tr("Leave out what earlier bundles from here already carried."))
        self.since_last.setChecked(since_last)
        self.export_button = named(QPushButton(self.tr("&Export…")), "syncExportButton")
        describe_widget(self.export_button, self.tr("Export a bundle"),
                        self.tr("Write this data's changes to an encrypted file, e.g. on a USB stick."))
        export_row = QHBoxLayout(export_box)
        export_row.addWidget(self.since_last, 1)
        export_row.addWidget(self.export_button)

        import_box = named(QGroupBox(self.tr("Import a bundle")), "syncImportBox")
        import_box.setAccessibleName(self.tr("Import a bundle"))
        self.bundle_field = named(QLineEdit(), "syncBundleFile")
        describe_widget(self.bundle_field, self.tr("Bundle file"), self.tr("The bundle to take in."))
        self.bundle_browse = named(QPushButton(self.tr("Br&owse…")), "syncBundleBrowse")
        describe_widget(self.bundle_browse, self.tr("Choose the bundle"), self.tr("Choose the bundle file."))
        self.import_button = named(QPushButton(self.tr("&Import")), "syncImportButton")
        describe_widget(self.import_button, self.tr("Import the bundle"),
                        self.tr("Merge the bundle's changes into this data."))
        bundle_label = QLabel(self.tr("B&undle:"))
        bundle_label.setBuddy(self.bundle_field)
        import_row = QHBoxLayout(import_box)
        import_row.addWidget(bundle_label)
        import_row.addWidget(_Path(self.bundle_field, self.bundle_browse), 1)
        import_row.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(key_form)
        layout.addWidget(export_box)
        layout.addWidget(import_box)
        layout.addStretch(1)
        self._update_new_key()

    def _update_new_key(self) -> None:
        """A new key is offered while no key file is chosen (or the chosen one is not there)."""
        text = self.key_field.text().strip()
        self.new_key.setVisible(not text or not Path(text).expanduser().is_file())
