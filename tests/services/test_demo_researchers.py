"""Demo researchers: valid IDs, schedules and grades the domain rules agree with, on both
backends, and the services can read and list them."""

from __future__ import annotations

import random
from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from talentdesk.domain.identifiers import check_resident_id
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.researchers.evaluation import (
    aggregate,
    grade_for,
    load_indicator_templates,
)
from talentdesk.domain.researchers.schedule import build_schedule
from talentdesk.services import demo_researchers
from talentdesk.services.demo_researchers import fill_researchers
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.storage.database import Database
from talentdesk.storage.repos import researchers as repo
from talentdesk.storage.tables import Base, EnrollmentRow, ResearcherRow, ScorecardRow
from talentdesk.storage.tables.search import include_name
from tests.services.researcher_fixtures import HR, enroll, person

TODAY = date(2026, 11, 27)


def test_demo_data_follows_the_rules(database: Database):
    assert fill_researchers(database, 300, random.Random(5), TODAY) == 300
    assert fill_researchers(database, 50, random.Random(6), TODAY) == 50  # adds, never clashes
    services = ResearcherServices.build(database)
    with database.read() as session:
        people = session.scalars(select(ResearcherRow)).all()
        assert len(people) == 350
        surname = people[0].name[:1]
        for row in people:
            sex = "F" if row.sex == "female" else "M"
            assert check_resident_id(row.id_number, birth_date=row.birth_date, sex=sex) == []
        enrollments = repo.load_enrollments(session, session.scalars(
            select(EnrollmentRow).order_by(EnrollmentRow.id)).all())
        assert len(enrollments) > 250
        seats = session.scalar(select(func.count()).select_from(ScorecardRow))
        assert seats > 0
        owners = {p.id: repo.to_researcher(p) for p in people}
        for enrollment in enrollments:
            schedule = build_schedule(enrollment.domain(owners[enrollment.researcher_id].person))
            assert [(c.key, c.due, c.cancelled) for c in schedule.checkpoints] == [
                (c.key, c.due, c.cancelled) for c in enrollment.checkpoints]
            assert enrollment.end == schedule.end
            for checkpoint in enrollment.checkpoints:
                if checkpoint.score is None:
                    continue
                cards = [repo.scorecard_of(s) for s in repo.scorecard_rows(session,
                                                                            checkpoint.id)]
                template = load_indicator_templates()[enrollment.category]
                result = aggregate(cards, template, enrollment.program.aggregation)
                assert result.score == checkpoint.score
                assert grade_for(result.score, enrollment.program.grade_scale).grade == \
                    checkpoint.grade
    # Ordinary saves after the bulk load get fresh ids (PostgreSQL's sequences were moved on).
    newcomer = services.researchers.create(HR, person("新同事", seed=99))
    assert enroll(services, newcomer, "jiangsu_young_sponsorship", date(2026, 7, 1),
                  2026).checkpoints
    page = services.researchers.page(HR, ListQuery(search=surname, limit=5))
    assert page.total >= 1 and len(page.rows) <= 5
    assert services.alerts.dashboard_alerts(HR, TODAY)


def test_a_big_load_rebuilds_the_indexes_it_dropped(database: Database, monkeypatch):
    monkeypatch.setattr(demo_researchers, "REBUILD_INDEXES_FROM", 10)
    assert fill_researchers(database, 20, random.Random(8), TODAY) == 20
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(
            connection, opts={"include_name": include_name}), Base.metadata)
    assert diff == []
