"""The manager's daily log page: figures, charts, notes, day close, corrections and exports."""
