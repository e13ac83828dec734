"""One-window intake (一窗受理): the service catalogue, applicants, cases and their documents, the
working-day calendar, the consultation log and satisfaction ratings.

Modules: ``catalogue``, ``catalogue_io`` (Excel/JSON import and export), ``applicants``, ``cases``
(intake and every later step), ``case_queries`` (lists and detail), ``case_documents`` (receipt and
notices as PDF), ``calendar``, ``consultations``, ``ratings``; ``common`` holds what they share.
"""
