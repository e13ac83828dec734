"""Record references on a person's own PostgreSQL login: what the login may not read (a clerk sees only
med_case.id) keeps its plain label, and the read goes on for everything else."""

from __future__ import annotations

from desk.services.mediation.cases import register_case
from desk.services.record_refs import references
from tests.pg.test_pg_roles import Hall, _staff_desk, hall  # noqa: F401 - the hall fixture
from tests.services.intake_support import take_in
from tests.services.mediation_setup import sample_case, sample_parties


def test_a_clerk_gets_the_references_it_may_read(hall: Hall) -> None:  # noqa: F811
    desk, clerk = _staff_desk(hall, "clerk1")
    try:
        mediation = register_case(desk, clerk, sample_case(), sample_parties())
        case = take_in(desk, clerk, "CG-01", hall.applicant_id)
        with desk.db.reading() as session:
            found = references(session, [("med_case", str(mediation.id)), ("intake_case", str(case.row.id)),
                                         ("applicant", str(hall.applicant_id)), ("user", str(clerk.user_id))])
        assert ("med_case", str(mediation.id)) not in found  # clerk1 may read med_case.id only
        assert found[("intake_case", str(case.row.id))] == case.row.receipt_no
        assert found[("applicant", str(hall.applicant_id))] == "张*"
        assert found[("user", str(clerk.user_id))] == "clerk1"
    finally:
        desk.db.dispose()
