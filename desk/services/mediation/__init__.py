"""People's mediation (人民调解): rooms and roster, bookings, cases, agreements, follow-ups, case file.

Who may do what (desk.core.permissions): clerks book the room (ROOM_BOOK) and register a party's
request (MEDIATION_REGISTER_REQUEST) but never read case records; mediators read and write cases;
managers read them and manage rooms, roster and numbering (MEDIATION_MANAGE). Every read of a case
is written to the audit trail like a change.
"""
