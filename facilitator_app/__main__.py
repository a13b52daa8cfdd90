"""Allows ``python -m facilitator_app``."""

from facilitator_app.cli import main

raise SystemExit(main())
