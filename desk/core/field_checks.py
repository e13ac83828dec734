"""Check every field of a form and report every problem at once, not one per try.

A service runs each field's rule through ``FieldChecks``; ``done()`` raises nothing when all passed,
the single ``ValidationError`` when one failed, and ``ValidationErrors`` (each problem with its own
field) when several did. The UI (``desk.ui.forms.FieldErrors``) marks every field named and lists
every sentence, so the person corrects the whole form in one go."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from desk.core.errors import ValidationError

T = TypeVar("T")


class ValidationErrors(ValidationError):
    """Several inputs to correct; ``problems`` holds one ValidationError per field, in form order.
    As a single error it reads as the first problem (its field is the first one to correct)."""

    def __init__(self, problems: list[ValidationError]) -> None:
        first = problems[0]
        super().__init__(first.template, field=first.field, **first.params)
        self.problems = problems


class FieldChecks:
    def __init__(self) -> None:
        self.problems: list[ValidationError] = []

    def __call__(self, check: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``check(*args, **kwargs)``'s result, or (when it refuses) the problem noted and a placeholder
        that is never used: ``done()`` raises before the caller returns anything built from it."""
        try:
            return check(*args, **kwargs)
        except ValidationError as exc:
            self.problems.append(exc)
            return None  # type: ignore[return-value]

    def done(self) -> None:
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise ValidationErrors(self.problems)
