"""Apply Alembic migrations in-process: at start-up (after a backup) and from ``main.py migrate``.

Each capability owns an Alembic branch (queue, intake, mediation...) rooted at the foundation
revision, so the target is always ``heads``.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import cache
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError
from desk.store import audit_chain
from desk.store.engine import Database


def migrations_folder() -> Path:
    """The Alembic scripts, from a checkout or an installed package alike."""
    return Path(str(resources.files("db") / "migrations"))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    return config


@cache
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once per process (each read costs some 20-30 ms at start-up)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revisions() -> set[str]:
    return set(_scripts().get_heads())


def current_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def is_empty(db: Database) -> bool:
    with db.engine.connect() as conn:
        return not inspect(conn).get_table_names()


def applied_revisions(db: Database) -> set[str]:
    """Every revision the database has, following dependencies as well as parents.

    Alembic's version table lists only the current heads, and drops a branch's head once another
    branch's migration ``depends_on`` it, so comparing heads alone would report a needed upgrade
    (and take a backup) on every start.
    """
    revision_map = _scripts().revision_map
    current = revision_map.get_revisions(tuple(current_revisions(db)))
    return {rev.revision for rev in revision_map._get_ancestor_nodes(current, include_dependencies=True)}


def unknown_revisions(db: Database) -> list[str]:
    """Revisions the database is stamped with that this Grid Desk has no migration for."""
    known = {script.revision for script in _scripts().walk_revisions()}
    return sorted(current_revisions(db) - known)


def refuse_a_newer_database(db: Database) -> None:
    """Stop, touching nothing, when a newer Grid Desk has already upgraded this database.

    Alembic would fail with a ResolutionError, and an older program must neither migrate, back up
    over, nor write a schema it does not know.
    """
    unknown = unknown_revisions(db)
    if unknown:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "DeskError",
                "The database {url} was upgraded by a newer Grid Desk: it is at revision {revision}, which "
                "this Grid Desk does not know. Nothing was changed. Install that newer Grid Desk (or a later "
                "one) on this computer and use it with this database.",
            ),
            url=db.describe(),
            revision=", ".join(unknown),
        )


def needs_upgrade(db: Database) -> bool:
    return not head_revisions() <= applied_revisions(db)


def upgrade(db: Database, target: str = "heads", now: datetime | None = None) -> None:
    """Upgrade, then (in the same transaction) record a baseline for rows the migrations wrote or
    changed, so that ``audit verify`` can tell them from rows added behind the program's back."""
    config = alembic_config()
    revision_map = _scripts().revision_map
    with db.engine.begin() as conn:
        def applied() -> set[str]:
            current = revision_map.get_revisions(tuple(MigrationContext.configure(conn).get_current_heads()))
            return {rev.revision for rev in revision_map._get_ancestor_nodes(current, include_dependencies=True)}

        before = applied()
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        new = applied() - before
        if new and audit_chain.has_images(conn):
            audit_chain.baseline(conn, sorted(new), now or datetime.now(timezone.utc))
