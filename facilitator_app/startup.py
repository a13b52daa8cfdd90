"""Start-up without wasted garbage collection.

Opening the window creates a few hundred thousand objects (SQLAlchemy's mappings, Qt's
types, the models) that live as long as the app. Python's cyclic collector would rescan
them many times while they are being made: about a tenth of start-up here. So collection
waits until the window is up, then everything made so far is frozen out of later scans,
which also keeps later pauses short.
"""

from __future__ import annotations

import gc


def begin() -> None:
    """Call before importing the window's modules."""
    gc.disable()


def finish(*, automatic: bool = True) -> None:
    """Call once the window is shown. With ``automatic`` false, collection stays off and the
    window collects on its own thread instead (see ui/gc_on_main_thread.py)."""
    gc.freeze()
    if automatic:
        gc.enable()
