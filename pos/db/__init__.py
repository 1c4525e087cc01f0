"""Persistence: SQLAlchemy models, engine set-up and the unit of work."""
