"""Every station-wide setting, declared once: key, type, default, range, label, permission.

``desk.services.station`` refuses to store a key that is not declared here or a value outside its
range, and falls back to the default when it reads a stored value that no longer fits (written by
hand or by an older version), so a bad value can never crash a service. The settings editor
(``desk.ui.pages.station``) builds its form from the same declaration.

Kinds:
- ``int``: a whole number from ``minimum`` to ``maximum``;
- ``text``: one line of printable text up to ``max_length`` characters, with an optional extra
  ``check`` (e.g. the case-number format);
- ``record``: a JSON object owned and validated by one service with its own page (the queue
  set-up); it is not shown in the generic editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.mediation import DEFAULT_NUMBER_FORMAT, check_number_format
from desk.core.permissions import Permission
from desk.core.text import clean_text

Kind = Literal["int", "text", "record"]

MSG_UNKNOWN_SETTING = QT_TRANSLATE_NOOP(
    "DeskError", "There is no station setting called \u201c{key}\u201d; check the name against the station "
                 "settings page.")
MSG_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "DeskError", "Enter {label} as a whole number from {minimum} to {maximum}.")
MSG_RECORD = QT_TRANSLATE_NOOP(
    "DeskError", "The setting {label} has the wrong form; change it on its own page.")


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: Kind
    default: Any
    label: str  # QT_TRANSLATE_NOOP("Field", ...): shown in the editor and in error messages
    permission: Permission  # who may change it
    minimum: int = 0
    maximum: int = 0
    max_length: int = 0
    check: Callable[[str], str] | None = None  # extra rule for a text setting; returns the cleaned text
    hint: str = ""  # QT_TRANSLATE_NOOP("StationSetting", ...): one line under the input
    own_page: bool = False  # edited by its own control, which checks more than the type (e.g. a folder exists)

    @property
    def in_editor(self) -> bool:
        return self.kind != "record" and not self.own_page


def _int(key: str, default: int, minimum: int, maximum: int, label: str, permission: Permission,
         hint: str = "") -> SettingSpec:
    return SettingSpec(key, "int", default, label, permission, minimum=minimum, maximum=maximum, hint=hint)


def _text(key: str, default: str, max_length: int, label: str, permission: Permission, hint: str = "",
          check: Callable[[str], str] | None = None) -> SettingSpec:
    return SettingSpec(key, "text", default, label, permission, max_length=max_length, check=check, hint=hint)


def _case_number_format(text: str) -> str:
    try:
        return check_number_format(text)
    except ValidationError as exc:  # the same sentence, pointed at this setting's input
        raise ValidationError(exc.template, field="mediation.case_number_format", **exc.params) from None


SETTINGS: tuple[SettingSpec, ...] = (
    # Sign-in (issue 11): after max_failed_attempts wrong passwords within failure_window_minutes the
    # account waits lockout_minutes; each further wrong password doubles the wait, up to
    # lockout_max_minutes. A success, a password reset or a quiet window ends it.
    _int("auth.max_failed_attempts", 5, 3, 20, QT_TRANSLATE_NOOP("Field", "Wrong passwords before an account waits"),
         Permission.STATION_EDIT),
    _int("auth.lockout_minutes", 1, 1, 60, QT_TRANSLATE_NOOP("Field", "First wait after too many wrong passwords "
                                                                      "(minutes)"),
         Permission.STATION_EDIT,
         QT_TRANSLATE_NOOP("StationSetting", "Each further wrong password doubles the wait.")),
    _int("auth.lockout_max_minutes", 15, 1, 240, QT_TRANSLATE_NOOP("Field", "Longest wait (minutes)"),
         Permission.STATION_EDIT),
    _int("auth.failure_window_minutes", 60, 5, 1440,
         QT_TRANSLATE_NOOP("Field", "Wrong passwords are forgotten after (minutes)"), Permission.STATION_EDIT,
         QT_TRANSLATE_NOOP("StationSetting", "Counted from the last wrong password; never shorter than twice "
                                             "the longest wait.")),
    # Intake (desk.services.intake): what the receipt says about following the case, and the
    # deadline for following up a poor rating.
    _text("intake.progress_text", "", 80, QT_TRANSLATE_NOOP("Field", "How to follow a case (on the receipt)"),
          Permission.CATALOGUE_MANAGE,
          QT_TRANSLATE_NOOP("StationSetting", "Empty: the receipt names this station's phone.")),
    _text("intake.progress_url", "", 200, QT_TRANSLATE_NOOP("Field", "QR code on the receipt"),
          Permission.CATALOGUE_MANAGE,
          QT_TRANSLATE_NOOP("StationSetting", "A web address; {receipt_no} is replaced by the receipt number.")),
    # Printed on every 不予受理通知书: where the applicant may apply for 行政复议 and bring a 行政诉讼.
    _text("intake.review_body", "", 60, QT_TRANSLATE_NOOP("Field", "Review body (行政复议机关)"),
          Permission.STATION_EDIT,
          QT_TRANSLATE_NOOP("StationSetting", "Printed on refusal notices, e.g. 示范市平安区人民政府.")),
    _text("intake.court", "", 60, QT_TRANSLATE_NOOP("Field", "Court for a 行政诉讼"), Permission.STATION_EDIT,
          QT_TRANSLATE_NOOP("StationSetting", "Printed on refusal notices, e.g. 示范市平安区人民法院.")),
    _int("intake.follow_up_working_days", 15, 1, 60,
         QT_TRANSLATE_NOOP("Field", "Working days to follow up a poor rating"), Permission.CATALOGUE_MANAGE),
    # 督办 (desk.services.intake.supervision): a running case is on the manager's list this many
    # working days before its deadline, besides every overdue one.
    _int("intake.supervision_soon_days", 3, 1, 20,
         QT_TRANSLATE_NOOP("Field", "Supervision list: due within (working days)"), Permission.STATION_EDIT),
    # Mediation (desk.services.mediation.numbering), edited on the mediation set-up page too.
    _text("mediation.case_number_format", DEFAULT_NUMBER_FORMAT, 60,
          QT_TRANSLATE_NOOP("Field", "Mediation case number format"), Permission.MEDIATION_MANAGE,
          check=_case_number_format),
    _text("mediation.committee_abbr", "", 20, QT_TRANSLATE_NOOP("Field", "Committee abbreviation"),
          Permission.MEDIATION_MANAGE),
    # Backups (desk.services.backups.set_second_folder, which checks the folder can be written): a USB
    # disk or network share that receives a copy of every backup; "" = none.
    SettingSpec("backup.second_folder", "text", "", QT_TRANSLATE_NOOP("Field", "Second backup folder"),
                Permission.STATION_EDIT, max_length=500, own_page=True),
    # Queue (desk.services.queue.config): a record edited on the queue set-up page.
    SettingSpec("queue.settings", "record", None, QT_TRANSLATE_NOOP("Field", "Queue set-up"),
                Permission.QUEUE_MANAGE),
)

BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}


def spec_for(key: str) -> SettingSpec:
    spec = BY_KEY.get(key)
    if spec is None:
        raise ValidationError(MSG_UNKNOWN_SETTING, field="key", key=str(key)[:80])
    return spec


def defaults() -> dict[str, Any]:
    return {spec.key: spec.default for spec in SETTINGS}


def _whole_number(spec: SettingSpec, value: object) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 9:
        number = int(value.strip())
    if number is None or not spec.minimum <= number <= spec.maximum:
        raise ValidationError(MSG_WHOLE_NUMBER, field=spec.key, label=spec.label, minimum=spec.minimum,
                              maximum=spec.maximum)
    return number


def clean_setting(key: str, value: object) -> Any:
    """The value to store for ``key``, or ValidationError with a sentence naming the setting."""
    spec = spec_for(key)
    if spec.kind == "int":
        return _whole_number(spec, value)
    if spec.kind == "text":
        if not isinstance(value, str):
            raise ValidationError(MSG_RECORD, field=spec.key, label=spec.label)
        text = clean_text(value, field=spec.key, label=spec.label, max_length=spec.max_length, required=False)
        return spec.check(text) if spec.check else text
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise ValidationError(MSG_RECORD, field=spec.key, label=spec.label)
    return value
