"""Shared fixtures. ``qgis_env`` sets up the environment before any test module is imported."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from qgis_env import PKG_DIR, start_qgis  # noqa: E402

# no example database in the working tree; the same examples on every machine
settings.register_profile("itinerance", database=None, derandomize=True)
settings.load_profile("itinerance")


@pytest.fixture(scope="session")
def qgis_app():
    return start_qgis()


@pytest.fixture(scope="session")
def pkg_dir():
    """Folder holding the ``itinerance`` link: a QGIS_PLUGINPATH for qgis_process."""
    return PKG_DIR


@pytest.fixture(scope="session")
def sample(qgis_app, tmp_path_factory):
    """The sample territory, written once per run (seconds)."""
    from itinerance.processing.database.sample_writer import write_sample

    return write_sample(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="session")
def postgres():
    """One throwaway PostgreSQL + PostGIS server for the run (tests/pg_cluster.py); each test
    module creates its own database in it."""
    from pg_cluster import Cluster

    server = Cluster().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def cluster(postgres, request):
    """The PostgreSQL server with a database of the test module's own, named by its ``DB``."""
    postgres.create_database(request.module.DB)
    return postgres
