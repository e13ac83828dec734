"""The Ministry of Justice mediation forms printed from a case (人民调解申请书, 受理登记表, 权利义务告知书,
调查记录, 调解记录, 回访记录), issued through ``issued_documents`` so each can be printed again exactly.

The agreement (or oral-agreement register) and the case file cover are printed by
``desk.services.mediation.printing``; ``printable_forms`` lists all of them for the case's print menu.
Payloads are built here from plain rows: the case's parties with their representatives and proxies,
the dispute, the records and the follow-ups; times are written as the station's local time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.core.mediation import CASE_SOURCES_ZH, PERFORMANCE_ZH
from desk.core.permissions import Permission
from desk.documents.mediation_forms import intake_forms, record_forms
from desk.services import issued_documents
from desk.services.access_log import read_personal
from desk.services.context import Actor, Desk, require
from desk.services.entry import entry
from desk.services.issued_documents import IssuedDocument
from desk.services.mediation import views
from desk.services.mediation.common import load_case, station_zone
from desk.services.mediation.rows import CaseDetail, FollowUpRow, SessionRow
from desk.services.station import get_station

# key: (document kind, printed title, what one copy is about: the case, or one record of it)
FORMS: dict[str, tuple[str, str, str]] = {
    "application": (intake_forms.APPLICATION_KIND, intake_forms.APPLICATION_TITLE, "case"),
    "registration": (intake_forms.REGISTRATION_KIND, intake_forms.REGISTRATION_TITLE, "case"),
    "rights_notice": (intake_forms.RIGHTS_KIND, intake_forms.RIGHTS_TITLE, "case"),
    "investigation": (record_forms.INVESTIGATION_KIND, record_forms.INVESTIGATION_TITLE, "investigation"),
    "session": (record_forms.SESSION_KIND, record_forms.SESSION_TITLE, "session"),
    "followup": (record_forms.FOLLOWUP_KIND, record_forms.FOLLOWUP_TITLE, "followup"),
}
PARTY_FIELDS = ("side", "kind", "name", "sex", "ethnicity", "age", "occupation", "phone", "address", "uscc",
                "legal_rep", "agent")
METHODS_ZH = {"visit": "上门回访", "phone": "电话回访"}
MSG_FORM = QT_TRANSLATE_NOOP("DeskError", "Choose a document from the list.")
MSG_RECORD = QT_TRANSLATE_NOOP("DeskError", "That record is not part of case {number}. Choose it again from the list.")


@dataclass(frozen=True)
class PrintableForm:
    """One line of the case's print menu: a form, and for records which one."""

    form: str  # a FORMS key, or "agreement" / "cover" (printed by desk.services.mediation.printing)
    title: str  # the form's printed name
    record_id: int | None = None
    detail: str = ""  # which record: its date and place, the party visited...


def printable_forms(case: CaseDetail) -> list[PrintableForm]:
    """Every form the case can print now, in the order of the case file (卷内目录)."""
    out = [PrintableForm(key, FORMS[key][1]) for key in ("application", "registration", "rights_notice")]
    out += [PrintableForm("investigation", FORMS["investigation"][1], s.id, f"{s.held_at:%Y-%m-%d} {s.place}")
            for s in case.sessions if s.kind == "investigation"]
    out += [PrintableForm("session", FORMS["session"][1], s.id, f"{s.held_at:%Y-%m-%d} {s.place}")
            for s in case.sessions if s.kind == "session"]
    if case.agreement is not None:
        oral = case.agreement.kind == "oral"
        out.append(PrintableForm("agreement", "人民调解口头协议登记表" if oral else "人民调解协议书"))
    out += [PrintableForm("followup", FORMS["followup"][1], f.id, f"{f.visited_on.isoformat()} {f.party_name}")
            for f in case.followups]
    out.append(PrintableForm("cover", "卷宗封面和卷内目录"))
    return out


def local_time(moment: Any, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local.year}年{local.month}月{local.day}日 {local.hour}时{local.minute:02d}分"


def case_payload(case: CaseDetail, committee: str) -> dict[str, Any]:
    return {
        "committee_name": committee, "number": case.number, "title": case.title, "dispute_type": case.dispute_type,
        "source": case.source, "source_text": CASE_SOURCES_ZH.get(case.source, ""),
        "referral_note": case.referral_note, "accepted_on": case.accepted_on.isoformat(), "facts": case.facts,
        "requests": case.requests, "mediator": case.agreement.mediator_name if case.agreement and
        case.agreement.mediator_name else case.mediator,
        # The forms print no ID numbers; they stay in the case file (当事人身份证明).
        "parties": [{k: v for k, v in asdict(p).items() if k in PARTY_FIELDS} for p in case.parties],
    }


def _record(s: SessionRow, zone: ZoneInfo) -> dict[str, Any]:
    return {"held_at": local_time(s.held_at, zone), "place": s.place, "participants": s.participants,
            "subject": s.subject, "record": s.record, "result": s.result, "recorder": s.recorder}


def _followup(f: FollowUpRow) -> dict[str, Any]:
    return {"visited_on": f.visited_on.isoformat(), "party_name": f.party_name,
            "method_text": METHODS_ZH.get(f.method, ""), "performance_text": PERFORMANCE_ZH.get(f.performance, ""),
            "satisfied": f.satisfied, "notes": f.notes, "measures": f.measures, "visitor": f.visitor}


def form_payload(case: CaseDetail, form: str, record_id: int | None, committee: str,
                 zone: ZoneInfo) -> dict[str, Any]:
    """The payload of one form; NotFound when the record is not one of this case's."""
    payload = case_payload(case, committee)
    about = FORMS[form][2]
    if about in ("investigation", "session"):
        record = next((s for s in case.sessions if s.id == record_id and s.kind == about), None)
        if record is None:
            raise NotFound(MSG_RECORD, number=case.number)
        payload["record"] = _record(record, zone)
    elif about == "followup":
        visit = next((f for f in case.followups if f.id == record_id), None)
        if visit is None:
            raise NotFound(MSG_RECORD, number=case.number)
        payload["followup"] = _followup(visit)
        payload["agreement_number"] = visit.agreement_number
    return payload


@entry
def print_form(desk: Desk, actor: Actor, case_id: int, form: str, record_id: int | None = None) -> IssuedDocument:
    """Issue one form of the case (stored for an exact reprint); reading the case for it is audited."""
    require(actor, Permission.MEDIATION_READ)
    if form not in FORMS:
        raise ValidationError(MSG_FORM, field="form")
    station = get_station(desk, actor.station_id)
    committee = station.committee_name or station.name

    def work(session: Session) -> dict[str, Any]:
        case = views.detail(session, load_case(session, actor, case_id), actor)
        return form_payload(case, form, record_id, committee, station_zone(session, actor.station_id))

    payload = read_personal(desk, actor, Permission.MEDIATION_READ, work, action="mediation.form.print",
                            subject="med_case", seen=lambda _payload: [case_id])
    kind, title, _ = FORMS[form]
    return issued_documents.issue(desk, actor, kind, payload["number"], title, payload, "med_case", case_id)
