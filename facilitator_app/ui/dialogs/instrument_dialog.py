"""The organisation's own check-in: a name, its questions (each with a lowest and highest answer),
summed, and an optional total that suggests offering a quiet word. Built-ins are never edited here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.enums import FlagRule
from facilitator_app.domain.instruments import InstrumentDefinition, InstrumentItem
from facilitator_app.errors import ValidationError
from facilitator_app.services.checkins import MAX_ANSWER, MAX_ITEMS, InstrumentDraft
from facilitator_app.ui.dialogs.submit_dialog import SubmitDialog, describe_widget, helper_button
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named

TEXT, LOWEST, HIGHEST = range(3)
RULES = (
    (FlagRule.NONE, "No follow-up suggestion"),
    (FlagRule.BELOW, "Suggest a quiet word when the total is below"),
    (FlagRule.AT_LEAST, "Suggest a quiet word when the total is at least"),
)
INTRO = QT_TRANSLATE_NOOP("InstrumentDialog", "Your own check-in: each question has a lowest and highest answer, and "
                                              "the answers are added up. Licensed scales (such as the Outcome Rating "
                                              "Scale) belong here only if your organisation may use them.")

_Index = QModelIndex | QPersistentModelIndex


class _RangeDelegate(QStyledItemDelegate):
    """Whole numbers from 0 to the app's highest answer, typed or stepped with the arrow keys."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if index.column() == TEXT:
            editor = QLineEdit(parent)
            editor.setMaxLength(200)
            describe_widget(editor, self.tr("Question"), self.tr("The question as you would ask it in the round"))
            return editor
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_ANSWER)
        which = self.tr("Lowest") if index.column() == LOWEST else self.tr("Highest")
        describe_widget(spin, self.tr("{which} answer").format(which=which),
                        self.tr("The {lower} answer to this question (0 to {MAX_ANSWER})").format(lower=which.lower(),
                                                                                                  MAX_ANSWER=MAX_ANSWER))
        return spin


class InstrumentDialog(SubmitDialog[InstrumentDraft]):
    """New (``instrument`` None) or edit an organisation's own check-in."""

    def __init__(self, submit: Callable[[InstrumentDraft], object], instrument: InstrumentDefinition | None = None,
                 parent: QWidget | None = None) -> None:
        editing = instrument is not None
        super().__init__(submit, title=self.tr("Edit check-in") if editing else self.tr("New check-in"),
                         ok_text=self.tr("Save") if editing else self.tr("Add check-in"),
                         ok_tip=self.tr("Save the changes to this check-in.") if editing else
                         self.tr("Add this check-in; choose it for a group in Group > Edit group."), parent=parent)
        self.setObjectName("instrumentDialog")
        intro = named(QLabel(translate("InstrumentDialog", INTRO), wordWrap=True), "instrumentIntro")
        self.body.addWidget(intro)

        form = QFormLayout()
        self.name_edit = named(QLineEdit(), "instrumentName")
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. Evening calm"))
        self._add_row(form, self.tr("&Name"), self.name_edit,
                      self.tr("What the check-in is called in menus and headings"))
        self.period_edit = named(QLineEdit(), "instrumentPeriod")
        self.period_edit.setMaxLength(100)
        self.period_edit.setPlaceholderText(self.tr("e.g. today, this week, over the last two weeks"))
        self._add_row(form, self.tr("&Asks about"), self.period_edit,
                      self.tr("The time the questions are about (optional)"))
        self.body.addLayout(form)

        self.items_table = named(QTableWidget(0, 3), "instrumentItems")
        self.items_table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Lowest"), self.tr("Highest")])
        describe_widget(self.items_table, self.tr("Questions"),
                        self.tr("One row per question: type to change a cell, arrows move, Tab leaves the table"))
        self.items_table.setItemDelegate(_RangeDelegate(self.items_table))
        self.items_table.setTabKeyNavigation(False)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.DoubleClicked)
        self.items_table.verticalHeader().setDefaultSectionSize(self.items_table.fontMetrics().height() + 14)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (LOWEST, HIGHEST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 80)
        self.items_table.setMinimumHeight(self.items_table.fontMetrics().height() * 10)
        self.items_table.itemChanged.connect(lambda _item: self._update_totals())
        questions_label = QLabel(self.tr("&Questions"))
        questions_label.setBuddy(self.items_table)
        self.add_button = helper_button(self.tr("A&dd question"), self.tr("Add question"),
                                        self.tr("Add a question at the end (0 to 10)"))
        self.add_button.setObjectName("addInstrumentItem")
        self.add_button.clicked.connect(lambda: self.add_item(InstrumentItem("", 0, 10), focus=True))
        self.remove_button = helper_button(self.tr("&Remove question"), self.tr("Remove question"),
                                           self.tr("Remove the selected question"))
        self.remove_button.setObjectName("removeInstrumentItem")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.totals_label = named(QLabel(), "instrumentTotals")
        self.totals_label.setAccessibleName(self.tr("Totals"))
        buttons.addWidget(self.totals_label)
        questions = QVBoxLayout()
        questions.addWidget(questions_label)
        questions.addWidget(self.items_table, 1)
        questions.addLayout(buttons)
        self.body.addLayout(questions, 1)

        flag_form = QFormLayout()
        self.rule_combo = named(QComboBox(), "instrumentFlagRule")
        for rule, text in RULES:
            self.rule_combo.addItem(text, rule.value)
        self.threshold_spin = named(QSpinBox(), "instrumentFlagValue")
        self.threshold_spin.setRange(0, MAX_ANSWER * MAX_ITEMS)
        self._add_row(flag_form, self.tr("&Follow-up"), self.rule_combo,
                      self.tr("Whether a total suggests offering a private chat: a suggestion, never a diagnosis"))
        self._add_row(flag_form, self.tr("&Total"), self.threshold_spin,
                      self.tr("The total that suggests offering a quiet word"))
        self.rule_combo.currentIndexChanged.connect(lambda _i: self._update_threshold())
        self.body.addLayout(flag_form)

        self._first_field = self.name_edit
        self._prefill(instrument)
        self._update_threshold()
        self._update_totals()
        self.setMinimumWidth(560)
        self._finish_tab_order([self.name_edit, self.period_edit, self.items_table, self.add_button,
                                self.remove_button, self.rule_combo, self.threshold_spin])

    # -- filling in ----------------------------------------------------------------------------
    def add_item(self, item: InstrumentItem, focus: bool = False) -> int:
        """Add a question row; returns its row number."""
        if self.items_table.rowCount() >= MAX_ITEMS:
            self.show_error(self.tr(
                "A check-in can have up to {MAX_ITEMS} questions, so the round stays short.").format(
                    MAX_ITEMS=MAX_ITEMS))
            return -1
        row = self.items_table.rowCount()
        self.items_table.insertRow(row)
        text = QTableWidgetItem(item.text)
        self.items_table.setItem(row, TEXT, text)
        for column, value in ((LOWEST, item.minimum), (HIGHEST, item.maximum)):
            cell = QTableWidgetItem()
            cell.setData(Qt.ItemDataRole.EditRole, int(value))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.items_table.setItem(row, column, cell)
        self._update_totals()
        if focus:
            self.items_table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.items_table.setCurrentCell(row, TEXT)
            self.items_table.editItem(text)
        return row

    def items(self) -> tuple[InstrumentItem, ...]:
        out = []
        for row in range(self.items_table.rowCount()):
            text = self.items_table.item(row, TEXT)
            low = self._number(row, LOWEST)
            high = self._number(row, HIGHEST)
            out.append(InstrumentItem(text.text().strip() if text else "", low, high))
        return tuple(out)

    def _number(self, row: int, column: int) -> int:
        cell = self.items_table.item(row, column)
        value = cell.data(Qt.ItemDataRole.EditRole) if cell else None
        if value is not None:
            try:
                return int(value)
            except (TypeError, ValueError):
                pass
        which = self.tr("lowest") if column == LOWEST else self.tr("highest")
        raise ValidationError(self.tr(
            "The {which} answer to question {value} needs a whole number, like 0 or 10.").format(which=which,
                                                                                                 value=row + 1))

    def _prefill(self, instrument: InstrumentDefinition | None) -> None:
        if instrument is None:
            self.add_item(InstrumentItem("", 0, 10))
            return
        self.name_edit.setText(instrument.name)
        self.period_edit.setText(instrument.period)
        for item in instrument.items:
            self.add_item(item)
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(instrument.flag_rule.value)))
        if instrument.flag_value is not None:
            self.threshold_spin.setValue(int(instrument.flag_value))

    def _collect(self) -> InstrumentDraft:
        rule = FlagRule(self.rule_combo.currentData())
        value = self.threshold_spin.value() if rule is not FlagRule.NONE else None
        return InstrumentDraft(name=self.name_edit.text(), items=self.items(), flag_rule=rule, flag_value=value,
                               period=self.period_edit.text())

    # -- reactions -----------------------------------------------------------------------------
    def _on_remove_clicked(self) -> None:
        row = self.items_table.currentRow()
        if row < 0:
            row = self.items_table.rowCount() - 1
        if row >= 0:
            self.items_table.removeRow(row)
            self._update_totals()

    def _update_threshold(self) -> None:
        self.threshold_spin.setEnabled(FlagRule(self.rule_combo.currentData()) is not FlagRule.NONE)

    def _update_totals(self) -> None:
        try:
            items = self.items()
        except ValidationError:
            self.totals_label.setText("")
            return
        if not items:
            self.totals_label.setText(self.tr("No questions yet"))
            return
        low, high = sum(i.minimum for i in items), sum(i.maximum for i in items)
        count = len(items)
        self.totals_label.setText(f"{count} question{'s' if count != 1 else ''} · totals {low} to {high}")
