"""Guards against a Qt-binding regression that crashes the app after a while.

PySide6 6.12.0 drops one reference to None (and to True/False) each time a Python
model's data() returns them to Qt. Python 3.11 then frees None during a long session
and the process aborts. pyproject.toml excludes that release; this test notices if
a future one does the same.
"""

from __future__ import annotations

import gc
import sys
from datetime import date

from PySide6.QtCore import Qt

from facilitator_app.domain.ids import new_id
from facilitator_app.domain.records import AttendanceLine, MemberRecord, MembershipRecord, RosterEntry
from facilitator_app.ui.models.attendance_model import AttendanceModel
from facilitator_app.ui.models.roster_model import RosterFilterModel, RosterModel

CALLS = 2000


def _lost_references(call) -> dict[str, int]:  # type: ignore[no-untyped-def]
    gc.collect()
    before = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    for _ in range(CALLS):
        call()
    gc.collect()
    after = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    return {name: before[name] - after[name] for name in before}


def test_returning_none_from_data_keeps_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    model = AttendanceModel(status_editor=lambda _member, _status: True)
    model.set_lines([AttendanceLine(member=MemberRecord(id=new_id(), preferred_name="Zoë"), status=None)])
    index = model.index(0, 0)
    lost = _lost_references(lambda: index.data(Qt.ItemDataRole.DecorationRole))  # a role the model leaves unset
    assert all(count < CALLS // 2 for count in lost.values()), lost


def test_bool_results_keep_true_and_false_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt calls the proxy's Python filterAcceptsRow, which returns True or False."""
    member = MemberRecord(id=new_id(), preferred_name="Søren")
    entry = RosterEntry(member=member, membership=MembershipRecord(
        id=new_id(), member_id=member.id, group_id=new_id(), joined_on=date(2026, 1, 6), left_on=None))
    model = RosterModel()
    model.set_entries([entry] * 20)
    proxy = RosterFilterModel()
    proxy.setSourceModel(model)
    texts = iter(["sor", "x"] * CALLS)
    lost = _lost_references(lambda: proxy.set_filter_text(next(texts)))
    assert all(count < CALLS // 2 for count in lost.values()), lost
