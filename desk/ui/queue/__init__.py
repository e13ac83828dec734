"""Queue screens: the clerk's workbench page, the kiosk, the hall display (with its announcer) and the
manager's queue set-up page."""
