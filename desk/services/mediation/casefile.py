"""The case file (调解卷宗): contents list (卷内目录) with required documents flagged when missing, and
the data for the printed cover.

What the program itself holds (registration, records, agreement, follow-ups) counts as present
automatically; paper-only documents (rights notice signed by the parties, ID copies, the back
cover...) are ticked by the mediator when they are in the folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.core.permissions import Permission
from desk.core.text import clean_text
from desk.services import audit
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, write
from desk.services.entry import entry
from desk.services.mediation import views
from desk.services.mediation.common import load_case, touch
from desk.services.mediation.rows import CaseDetail
from desk.store.models.mediation_case import MedFileItem

# (code, name, required) in the order of the 卷内目录 (reference § 9.2).
CONTENTS: tuple[tuple[int, str, bool], ...] = (
    (1, "人民调解申请书或人民调解受理登记表", True),
    (2, "人民调解当事人权利义务告知书", True),
    (3, "当事人身份证明", True),
    (4, "授权委托书", False),
    (5, "人民调解调查记录", False),
    (6, "人民调解证据材料", False),
    (7, "人民调解记录", True),
    (8, "人民调解协议书", True),
    (9, "收条或汇款单等履行凭证", False),
    (10, "人民调解回访记录", False),
    (11, "司法确认有关材料", False),
    (12, "卷宗情况说明", False),
    (13, "封底", True),
)
MSG_CODE = QT_TRANSLATE_NOOP("DeskError", "Choose a document from the contents list.")
MSG_PAGES = QT_TRANSLATE_NOOP("DeskError", "Enter the number of pages (1 to 999), or leave it empty.")


@dataclass(frozen=True)
class FileEntry:
    code: int
    name: str
    required: bool
    present: bool
    automatic: bool  # present because the program holds it
    pages: int | None
    note: str

    @property
    def missing(self) -> bool:
        return self.required and not self.present


@dataclass(frozen=True)
class CaseFile:
    case: CaseDetail
    entries: tuple[FileEntry, ...]

    @property
    def missing(self) -> list[FileEntry]:
        return [e for e in self.entries if e.missing]


def _automatic(case: CaseDetail) -> dict[int, str]:
    """Documents the program holds, with a note on what is there."""
    found: dict[int, str] = {1: "受理登记表"}
    sessions = [s for s in case.sessions if s.kind == "session"]
    investigations = [s for s in case.sessions if s.kind == "investigation"]
    if investigations:
        found[5] = f"{len(investigations)} 份"
    if sessions:
        found[7] = f"{len(sessions)} 份"
    agreement = case.agreement
    if agreement is not None and agreement.effective_on is not None:
        found[8] = "口头协议登记表" if agreement.kind == "oral" else f"编号 {agreement.number}"
    if case.followups:
        found[10] = f"{len(case.followups)} 份"
    if agreement is not None and agreement.judicial_applied_on is not None:
        found[11] = agreement.judicial_court
    return found


def _entries(session: Session, case: CaseDetail) -> tuple[FileEntry, ...]:
    ticked = {i.code: i for i in session.execute(select(MedFileItem).where(MedFileItem.case_id == case.id)).scalars()}
    auto = _automatic(case)
    settled = case.outcome in (None, "success")  # the agreement is required only when the case settles
    out = []
    for code, name, required in CONTENTS:
        item = ticked.get(code)
        required = required and (code != 8 or settled)
        note = (item.note if item and item.note else auto.get(code, ""))
        out.append(FileEntry(code, name, required, code in auto or bool(item and item.present), code in auto,
                             item.pages if item else None, note))
    return tuple(out)


@entry
def case_file(desk: Desk, actor: Actor, case_id: int) -> CaseFile:
    return read_personal(desk, actor, Permission.MEDIATION_READ, lambda s: _case_file(s, actor, case_id),
                         action="mediation.casefile.read", subject="med_case", seen=lambda file: [file.case.id])


def _case_file(session: Session, actor: Actor, case_id: int) -> CaseFile:
    detail = views.detail(session, load_case(session, actor, case_id), actor)
    return CaseFile(detail, _entries(session, detail))


@entry
def set_file_item(desk: Desk, actor: Actor, case_id: int, code: int, *, present: bool, pages: int | None = None,
                  note: str = "") -> CaseFile:
    if code not in {c for c, _, _ in CONTENTS}:
        raise ValidationError(MSG_CODE, field="code")
    if pages is not None and not 1 <= pages <= 999:
        raise ValidationError(MSG_PAGES, field="pages")
    clean_note = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Field", "Note"), max_length=120,
                            required=False)

    def work(session: Session) -> CaseFile:
        case = load_case(session, actor, case_id, lock=True)
        item = session.get(MedFileItem, (case.id, code))
        before = None if item is None else {"present": item.present, "pages": item.pages, "note": item.note}
        if item is None:
            item = MedFileItem(case_id=case.id, code=code)
            session.add(item)
        item.present, item.pages, item.note = present, pages, clean_note
        touch(case)
        audit.append(session, actor, desk.now(), "mediation.casefile.set", "med_case", case.id, before,
                     {"code": code, "present": present, "pages": pages, "note": clean_note})
        detail = views.detail(session, case, actor)
        return CaseFile(detail, _entries(session, detail))

    return write(desk, actor, Permission.MEDIATION_WRITE, work)


@dataclass(frozen=True)
class CoverInput:
    archivist: str  # 立卷人
    archived_on: date  # 立卷日期
    retention: str  # 保管期限
    remarks: str = ""


@entry
def cover_for_print(desk: Desk, actor: Actor, case_id: int) -> CaseFile:
    """The case file for printing its cover and contents list; the print is audited."""

    return read_personal(desk, actor, Permission.MEDIATION_READ, lambda s: _case_file(s, actor, case_id),
                         action="mediation.casefile.print", subject="med_case", seen=lambda file: [file.case.id])

