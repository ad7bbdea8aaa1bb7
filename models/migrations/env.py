"""Alembic environment: the URL comes from the connection handed in by pipeline.store (config attribute
"connection"), else `-x url=…`, else the `sqlalchemy.url` option, else $DATABASE_URL, else sqlite:///vanban.db."""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

import models

config = context.config
target_metadata = models.metadata


def _url() -> str:
    return (context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
            or os.environ.get("DATABASE_URL") or "sqlite:///vanban.db")


def _configure(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True,
                      dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    engine = create_engine(_url())
    try:
        with engine.connect() as conn:
            _configure(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
