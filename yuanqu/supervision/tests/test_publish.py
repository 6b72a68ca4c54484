"""发布本月评估: the office freezes a month's cards and ranking; later reports, reviews and re-runs
leave them as published and only add a note; other months stay live."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.supervision import actions, evaluation
from yuanqu.supervision.choices import Card
from yuanqu.supervision.models import EvaluationRelease, Task, TaskEvaluation, UnitEvaluation
from yuanqu.supervision.tests.conftest import YEAR

TZ = ZoneInfo("Asia/Shanghai")


def at(m: int, d: int) -> datetime:
    return datetime(YEAR, m, d, 10, 0, tzinfo=TZ)


@pytest.fixture
def wangan(plan_004) -> Task:
    return Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")


def cards(month: int) -> list[tuple]:
    return list(
        TaskEvaluation.objects.filter(year=YEAR, month=month)
        .order_by("task_id", "unit_id")
        .values_list("task_id", "unit_id", "card", "score")
    )


def ranking(month: int) -> list[tuple]:
    return list(UnitEvaluation.objects.filter(year=YEAR, month=month).values_list("unit_id", "rank", "card"))


def test_published_month_is_frozen_and_later_changes_are_noted(wangan, office_user, reporter, street):
    zone = wangan.plan.zone
    # Given 3月 published on 4月10日 with 走马岭街 not having reported (red)
    release = actions.evaluation_publish(user=office_user, zone=zone, year=YEAR, month=3, now=at(4, 10))
    assert release.published_by == office_user
    assert TaskEvaluation.objects.get(task=wangan, unit=street, month=3).card == Card.RED
    frozen_cards, frozen_ranking = cards(3), ranking(3)
    # When the street reports late, the office accepts it, and someone re-runs the month
    report = actions.report_save(
        user=reporter, task=wangan, unit=street, year=YEAR, month=3, data=actions.ReportInput("补报"), now=at(4, 12)
    )
    actions.report_review(user=office_user, report=report, accept=True)
    with pytest.raises(DomainError, match="已发布"):
        evaluation.evaluate_month(zone=zone, year=YEAR, month=3, today=at(4, 20).date())
    # Then the published cards and ranking are unchanged
    assert cards(3) == frozen_cards and ranking(3) == frozen_ranking
    # and each later change is noted on the publication
    release.refresh_from_db()
    assert len(release.notes) == 2 and "走马岭街报送2021年3月报告" in release.notes[0]
    # while an unpublished month stays live
    actions.report_save(
        user=reporter, task=wangan, unit=street, year=YEAR, month=4, data=actions.ReportInput("4月"), now=at(5, 2)
    )
    assert TaskEvaluation.objects.get(task=wangan, unit=street, month=4).card == Card.GREEN


def test_publish_rules(wangan, office_user, reporter, stats_user):
    zone = wangan.plan.zone
    with pytest.raises(PermissionDenied):
        actions.evaluation_publish(user=reporter, zone=zone, year=YEAR, month=3, now=at(4, 10))
    with pytest.raises(DomainError, match="截止后才能发布"):
        actions.evaluation_publish(user=office_user, zone=zone, year=YEAR, month=3, now=at(4, 6))
    actions.evaluation_publish(user=stats_user, zone=zone, year=YEAR, month=3, now=at(4, 10))
    with pytest.raises(DomainError, match="已发布"):
        actions.evaluation_publish(user=office_user, zone=zone, year=YEAR, month=3, now=at(4, 11))


def test_daily_round_does_not_touch_a_published_month(wangan, office_user, street):
    zone = wangan.plan.zone
    actions.evaluation_publish(user=office_user, zone=zone, year=YEAR, month=3, now=at(4, 10))
    frozen = cards(3)
    result = actions.supervision_daily(zone=zone, today=at(4, 15).date())
    assert result.evaluated == 0 and cards(3) == frozen


def test_board_publish_button_for_the_office_only(client, wangan, office_user, reporter):
    url = reverse("supervision:board")
    client.force_login(reporter)
    assert client.post(url, {"year": YEAR, "month": 3, "publish": "1"}).status_code == 403
    client.force_login(office_user)
    html = client.get(url, {"year": YEAR, "month": 3}).content.decode()
    assert "发布本月评估" in html
    # When the office publishes March (today is long after its due day)
    resp = client.post(url, {"year": YEAR, "month": 3, "publish": "1"})
    assert resp.status_code == 302 and EvaluationRelease.objects.filter(month=3).exists()
    # Then the board shows it as published and no longer offers re-running or publishing
    html = client.get(url, {"year": YEAR, "month": 3}).content.decode()
    assert 'data-testid="release"' in html and "发布本月评估" not in html and "重新评估本月" not in html
    # and a re-run posted anyway is refused with a message, not an error page
    resp = client.post(url, {"year": YEAR, "month": 3}, follow=True)
    assert "已发布，不能重新评估" in resp.content.decode()
