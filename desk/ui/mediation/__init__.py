"""Mediation screens: rooms (day and week time grid), duty roster, case register and case detail with the
agreement editor, follow-ups and case file."""
