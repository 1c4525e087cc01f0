"""Persistence: the schema (Core tables, typed ORM models), engine set-up, the unit of work."""
