"""The hall's queue (叫号): set-up, issuing numbers, calling and serving them, and the hall's view.

``config`` (manager set-up), ``issuing`` (kiosk and walk-ins), ``calling`` (call next / again /
a given number), ``serving`` (no-show, start, finish, transfer), ``window_state`` (breaks, the
workbench's view of a window), ``board`` (waiting counts, hall display, announcements).
"""
