"""Storage: SQLite through SQLAlchemy Core; the only layer that speaks SQL."""
