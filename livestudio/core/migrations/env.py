"""Alembic environment: runs on the connection `livestudio.core.db` hands over (batch mode for SQLite)."""

from alembic import context

from livestudio.core.models import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:  # `alembic` CLI use during development
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        conn.commit()
else:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=config.attributes.get("include_object"),
    )
    with context.begin_transaction():
        context.run_migrations()
