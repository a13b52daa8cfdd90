"""Fixtures of the export tests: a copy of the small sample store for each module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facilitator_app.services.container import Services
from tests.unit.export.pdfs import copy_of, sample_file, services_on


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """Services on this module's own copy of the small sample store."""
    path = copy_of(sample_file(tmp_path_factory), tmp_path_factory.mktemp("module-store"))
    with services_on(path) as services:
        yield services


@pytest.fixture
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """Services on a copy for one test only (for tests that change the store); not in ``tmp_path``,
    which stays for the files a test writes."""
    path = copy_of(sample_file(tmp_path_factory), tmp_path_factory.mktemp("fresh-store"))
    with services_on(path) as services:
        yield services
