"""One-window intake screens: the intake page, the case list and a case's detail, the catalogue and
calendar admin pages, the consultation log, ratings with their follow-ups and the rating pad."""
