"""The manager's daily log: figures for a day or a range, notes, day close with corrections, exports.

- ``log.daily_log(desk, actor, first_day, last_day=None)`` -> ``DailyLog`` (REPORT_VIEW)
- ``closing.close_day / add_note / edit_note / delete_note`` (DAY_CLOSE)
- ``export.pdf_bytes(log)``, ``excel.workbook_bytes(log)``: the printable log and the workbook

Each section module says exactly how its figures are counted (queue_figures, intake_figures,
mediation_figures). Figures are plain frozen data (``model``).
"""
