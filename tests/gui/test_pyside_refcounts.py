"""Guards against a Qt-binding regression that crashes the app after a while.

PySide6 6.12.0 drops one reference to None (and to True/False) each time a Python
model's data() returns them to Qt. Python 3.11 then frees None during a long session
and the process aborts. pyproject.toml excludes that release; this test notices if
a future one does the same.

From Python 3.12 None, True and False are immortal: their counts never move, so measuring
them alone could not fail there. Each test therefore also measures a mortal object that
takes the same path (a member's id, returned by a Python data() that Qt calls), and only
the mortal objects are measured (None, True and False too on 3.11). On 3.12+ a lost
reference to a mortal object would free it while Qt still holds it: the same crash.
"""

from __future__ import annotations

import gc
import sys
from datetime import date

from PySide6.QtCore import Qt

from facilitator_app.domain.ids import new_id
from facilitator_app.domain.records import AttendanceLine, MemberRecord, MembershipRecord, RosterEntry
from facilitator_app.ui.models.attendance_model import AttendanceModel
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.models.roster_model import RosterFilterModel, RosterModel

CALLS = 2000


def _is_immortal(obj: object) -> bool:
    """Python 3.12+ pins some objects (None, True, False, small ints) with a huge fixed count."""
    check = getattr(sys, "_is_immortal", None)  # Python 3.14+
    return bool(check(obj)) if check is not None else sys.getrefcount(obj) >= 1 << 29


def _lost_references(call, probes: dict[str, object]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """References each mortal probe lost over CALLS calls (immortal ones cannot be measured)."""
    measured = {name: obj for name, obj in probes.items() if not _is_immortal(obj)}
    assert measured, "nothing mortal to measure: the test could not fail"
    gc.collect()
    before = {name: sys.getrefcount(obj) for name, obj in measured.items()}
    for _ in range(CALLS):
        call()
    gc.collect()
    after = {name: sys.getrefcount(obj) for name, obj in measured.items()}
    return {name: before[name] - after[name] for name in before}


def test_returning_none_from_data_keeps_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    model = AttendanceModel(status_editor=lambda _member, _status: True)
    member = MemberRecord(id=new_id(), preferred_name="Zoë")
    model.set_lines([AttendanceLine(member=member, status=None)])
    index = model.index(0, 0)

    def both() -> None:
        index.data(Qt.ItemDataRole.DecorationRole)  # a role the model leaves unset: None
        index.data(ID_ROLE)  # the member's id, the same (mortal) object each time

    lost = _lost_references(both, {"None": None, "member id": member.id})
    assert "member id" in lost
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
    texts = iter(["sor", "x", "sor"] * CALLS)

    def filter_and_read() -> None:
        proxy.set_filter_text(next(texts))
        proxy.index(0, 0).data(ID_ROLE)  # Qt's proxy calls the Python model's data(): the mortal probe

    lost = _lost_references(filter_and_read, {"True": True, "False": False, "member id": member.id})
    assert "member id" in lost
    assert all(count < CALLS // 2 for count in lost.values()), lost
