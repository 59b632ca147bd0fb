"""Alembic scripts for the schema; run by ``sec_workshop.storage.migrate`` at open."""
