"""Upkeep of the database itself, after the site writes many rows at once."""

from django.db import connection


def refresh_planner_statistics():
    """Have the database re-read its tables' statistics (``ANALYZE``) after a
    bulk load or a restore. Until autovacuum gets to them, PostgreSQL takes
    freshly filled tables for nearly empty and joins thousands of rows in
    nested loops (ADR 0007). SQLite's planner reads its statistics table
    likewise."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
