"""Shared fixtures: headless Qt, temporary data folders, migrated databases on each backend."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from talentdesk.paths import AppPaths
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import upgrade_to_head

PG_ENV = "TALENTDESK_TEST_PG_URL"
REPO_ROOT = Path(__file__).resolve().parent.parent

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set"),
        ],
    ),
]


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.for_user(tmp_path / "data").ensure()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test copies the file (much faster than migrating again)."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite3"
    db = Database(path)
    upgrade_to_head(db, folder / "backups")
    db.dispose()
    return path


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards: tests never see each other."""
    base = os.environ[PG_ENV]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend: a new SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "empty.sqlite3")
    return request.getfixturevalue("pg_schema_url")


def _sqlite_copy(template: Path, folder: Path) -> Database:
    path = folder / "talentdesk.sqlite3"
    shutil.copyfile(template, path)
    return Database(path)


@pytest.fixture
def sqlite_database(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A migrated SQLite database only: for GUI tests, where the backend is not the point."""
    db = _sqlite_copy(sqlite_template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture(params=BACKENDS)
def database(
    request: pytest.FixtureRequest, tmp_path: Path, app_paths: AppPaths
) -> Iterator[Database]:
    """A migrated database on each backend."""
    if request.param == "sqlite":
        db = _sqlite_copy(request.getfixturevalue("sqlite_template"), tmp_path)
    else:
        db = Database(request.getfixturevalue("pg_schema_url"))
        upgrade_to_head(db, app_paths.backups)
    yield db
    db.dispose()
