"""Alembic environment. Grid Desk runs migrations in-process (desk.store.migrate) with an open
connection in ``config.attributes["connection"]``; the alembic command line works too, with
``-x db=URL``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desk.store.engine import make_engine
from desk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Give the database with: alembic -x db=sqlite:///path.sqlite3 upgrade heads")
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
