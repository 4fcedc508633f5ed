"""Alembic migrations shipped inside the package, applied at start-up by `livestudio.core.db`."""
