"""Errors a user can act on.

Lower layers (core, store, services, documents) never import Qt, yet every message a clerk sees
must be translated. So an error carries an English sentence *template* plus its parameters; the
UI translates the template with ``QCoreApplication.translate("DeskError", template)`` and then
fills in the parameters. ``QT_TRANSLATE_NOOP`` marks the template so ``pyside6-lupdate`` extracts
it into the translation files even though it is not a Qt call here.
"""

from __future__ import annotations

from typing import Any

TR_CONTEXT = "DeskError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name recognised by lupdate
    """Mark ``text`` for extraction by pyside6-lupdate; returns it unchanged."""
    return text


def tr_error(text: str) -> str:
    """Shorthand used throughout the lower layers: ``raise ValidationError(tr_error("..."))``.

    lupdate only recognises QT_TRANSLATE_NOOP, so templates are written as
    ``QT_TRANSLATE_NOOP("DeskError", "...")``; this alias exists for templates built at run time
    (they must already be in the catalogue under the same text).
    """
    return text


class DeskError(Exception):
    """A problem the user can fix. ``template`` is an English sentence that says what to do next."""

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field
        super().__init__(self.render())

    def render(self, translated_template: str | None = None) -> str:
        text = translated_template or self.template
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(DeskError):
    """Input that cannot be accepted; ``field`` names the input to correct."""


class PermissionDenied(DeskError):
    """The signed-in user's role does not allow this action."""


class NotFound(DeskError):
    """The record asked for does not exist (any more)."""


class Conflict(DeskError):
    """The action clashes with the current state (a double booking, a closed day, a stale edit)."""


class AuthenticationError(DeskError):
    """Sign-in failed (wrong name or password, locked, disabled)."""


class StorageLost(DeskError):
    """This process can no longer write the database safely (its SQLite locks or WAL were lost)."""


class ConfigurationError(DeskError):
    """The program cannot start as configured (bad database URL, unwritable data folder...)."""


class OutcomeUnknown(DeskError):
    """A save whose result cannot be known yet: the connection dropped as it committed and stayed down."""


class Phrase(DeskError):
    """Not raised: a translatable part of another error's message (``row=Phrase("row {number} of sheet
    材料", number=5)``, or a whole inner error as ``detail=exc``). ``desk.ui.i18n.error_text`` translates
    such parameters too, so no English piece is left inside a Chinese sentence."""
