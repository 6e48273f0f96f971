"""Persistence: SQLAlchemy tables, repositories and Alembic migrations (no Qt)."""
