"""Alembic migrations and seed data (catalogue, holiday calendar, demo data)."""
