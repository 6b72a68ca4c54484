"""Monthly reporting: who may report, consolidate and review; state rules; late marking; notices,
催办 and 督办单 on a fixed clock; the 红黄牌 evaluation, ranking and annual score; the 五个一 calendar."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D
from zoneinfo import ZoneInfo

import pytest
from django.core import mail

from yuanqu.core.changelog import history_for
from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.supervision import actions, evaluation, selectors
from yuanqu.supervision.choices import Card, NoticeKind, ReportKind, ReportState, TaskStatus
from yuanqu.supervision.models import AnnualScore, Meeting, Notice, Report, Task, TaskEvaluation, UnitEvaluation
from yuanqu.supervision.tests.conftest import YEAR

TZ = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 10, 0, tzinfo=TZ)


@pytest.fixture
def wangan(plan_004) -> Task:
    """网安产业园: lead 区现代服务产业办, responsible 相关街道, goal 新增企业 15 家."""
    return Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")


def submit(user, task, unit, month=3, value=None, now=None, text="已走访企业"):
    return actions.report_save(
        user=user,
        task=task,
        unit=unit,
        year=YEAR,
        month=month,
        data=actions.ReportInput(progress=text, progress_value=value),
        now=now or at(YEAR, month + 1, 2),
    )


def test_street_reports_on_its_own_task_only(wangan, plan_004, reporter, street, other_street):
    # Given 走马岭街 is responsible for 网安产业园 (相关街道) but not for 制定产业发展图谱
    # When its reporter submits for 3月
    report = submit(reporter, wangan, street, value=D(8))
    # Then the report is submitted, on time, recorded in the change log
    assert report.state == ReportState.SUBMITTED and not report.is_late
    assert history_for(report).count() == 1
    # and it cannot report for another street, nor on a task of other units
    with pytest.raises(PermissionDenied):
        submit(reporter, wangan, other_street)
    atlas = Task.objects.get(plan=plan_004, title__startswith="制定产业发展图谱")
    with pytest.raises(PermissionDenied):
        submit(reporter, atlas, street)


def test_report_after_the_due_day_is_marked_late(wangan, reporter, street):
    report = submit(reporter, wangan, street, month=3, now=at(YEAR, 4, 7))
    assert report.is_late


def test_submit_consolidate_return_resubmit_accept(
    wangan, reporter, other_reporter, street, other_street, lead_reporter, units_004, office_user
):
    lead = units_004["区现代服务产业办"]
    # Given two streets submitted their 3月 reports
    submit(reporter, wangan, street, value=D(5))
    submit(other_reporter, wangan, other_street, value=D(3))
    # When the lead unit consolidates
    merged = actions.report_consolidate(
        user=lead_reporter, task=wangan, unit=lead, year=YEAR, month=3, now=at(YEAR, 4, 3)
    )
    # Then the consolidated report sums the quantities and the parts are locked
    assert merged.kind == ReportKind.CONSOLIDATED and merged.progress_value == D(8)
    assert set(Report.objects.filter(consolidated_into=merged).values_list("state", flat=True)) == {
        ReportState.CONSOLIDATED
    }
    with pytest.raises(DomainError):
        submit(reporter, wangan, street)
    # When the office returns it with a comment
    actions.report_review(user=office_user, report=merged, accept=False, comment="请补充企业名单", now=at(YEAR, 4, 5))
    # Then it goes back to its authors, with a notice in each street's inbox
    own = Report.objects.get(task=wangan, unit=street, month=3, kind=ReportKind.UNIT)
    assert own.state == ReportState.RETURNED and own.review_comment == "请补充企业名单"
    assert Notice.objects.filter(unit=street, kind=NoticeKind.RETURNED).exists()
    # and the street resubmits, the lead consolidates again, the office accepts
    submit(reporter, wangan, street, value=D(6), text="补充名单")
    with pytest.raises(DomainError):  # the other street's report is still returned: only resubmitted parts are taken
        actions.report_review(user=office_user, report=merged, accept=True)
    merged = actions.report_consolidate(
        user=lead_reporter, task=wangan, unit=lead, year=YEAR, month=3, now=at(YEAR, 4, 6)
    )
    actions.report_review(user=office_user, report=merged, accept=True)
    own.refresh_from_db()
    assert own.state == ReportState.ACCEPTED
    # Then the finished month cannot be changed without reopening
    with pytest.raises(DomainError):
        submit(reporter, wangan, street, text="再改")
    actions.report_reopen(user=office_user, report=merged, comment="数据口径调整")
    assert submit(reporter, wangan, street, text="再改").state == ReportState.SUBMITTED


@pytest.mark.parametrize("who", ["reporter", "lead_reporter", "leader_user", "viewer_user"])
def test_only_the_office_accepts_or_returns(request, who, wangan, reporter, street):
    report = submit(reporter, wangan, street)
    with pytest.raises(PermissionDenied):
        actions.report_review(user=request.getfixturevalue(who), report=report, accept=True)


@pytest.mark.parametrize("who", ["office_user", "stats_user", "admin_user"])
def test_office_and_statistics_may_review(request, who, wangan, reporter, street):
    report = submit(reporter, wangan, street)
    assert (
        actions.report_review(user=request.getfixturevalue(who), report=report, accept=True).state
        == ReportState.ACCEPTED
    )


def test_only_a_lead_unit_consolidates(wangan, reporter, street):
    submit(reporter, wangan, street)
    with pytest.raises(PermissionDenied):
        actions.report_consolidate(user=reporter, task=wangan, unit=street, year=YEAR, month=3)


def test_return_requires_a_comment(wangan, reporter, street, office_user):
    report = submit(reporter, wangan, street)
    with pytest.raises(DomainError):
        actions.report_review(user=office_user, report=report, accept=False, comment=" ")


def test_reminder_then_urge_on_a_fixed_clock_with_email(plan_004, reporter, street, django_capture_on_commit_callbacks):
    reporter.email = "zml@example.cn"
    reporter.save()
    zone = plan_004.zone
    # Given nothing reported for 3月 (due 4月6日)
    # When the daily round runs on 4月1日: before the reminder window
    assert actions.supervision_daily(zone=zone, today=date(YEAR, 4, 1)).reminders == 0
    # and on 4月4日: a reminder to every unit with tasks to report, e-mailed after commit
    with django_capture_on_commit_callbacks(execute=True):
        first = actions.supervision_daily(zone=zone, today=date(YEAR, 4, 4))
    assert first.reminders > 0 and Notice.objects.filter(unit=street, kind=NoticeKind.REMINDER).count() == 1
    assert any("zml@example.cn" in m.to for m in mail.outbox)
    # and again on 4月5日: no second reminder
    assert actions.supervision_daily(zone=zone, today=date(YEAR, 4, 5)).reminders == 0
    # and on 4月7日: 催办
    assert actions.supervision_daily(zone=zone, today=date(YEAR, 4, 7)).urges == first.reminders
    assert Notice.objects.filter(unit=street, kind=NoticeKind.URGE).count() == 1


def test_red_two_months_running_issues_a_supervision_notice(wangan, reporter, street):
    zone = wangan.plan.zone
    # Given 走马岭街 did not report 2月 and 3月 (red both months after the due day)
    evaluation.evaluate_month(zone=zone, year=YEAR, month=2, today=date(YEAR, 3, 10))
    evaluation.evaluate_month(zone=zone, year=YEAR, month=3, today=date(YEAR, 4, 10))
    assert TaskEvaluation.objects.get(task=wangan, unit=street, month=3).card == Card.RED
    # When the daily round runs on 4月10日
    result = actions.supervision_daily(zone=zone, today=date(YEAR, 4, 10))
    # Then a 督办单 with a reply deadline reaches the street for that task, once
    notice = Notice.objects.get(unit=street, kind=NoticeKind.SUPERVISE, task=wangan)
    assert notice.reply_due == date(YEAR, 4, 15) and result.supervisions > 0
    assert actions.supervision_daily(zone=zone, today=date(YEAR, 4, 11)).supervisions == 0
    # and the street replies from its inbox
    actions.notice_reply(user=reporter, notice=notice, text="已制定整改措施")
    notice.refresh_from_db()
    assert notice.replied_at is not None and history_for(notice).count() == 2


def test_evaluation_cards_by_rule_ranking_and_bottom_units(wangan, reporter, other_reporter, street, other_street):
    zone = wangan.plan.zone
    # Given 3月: 走马岭街 on time with 4 of 15 (26.7% ≥ 25% time progress), 金银湖街 late with 3 (20%, below 25% but ≥ 80% of it)
    submit(reporter, wangan, street, value=D(4))
    submit(other_reporter, wangan, other_street, value=D(3), now=at(YEAR, 4, 8))
    # When the month is evaluated after the due day
    count = evaluation.evaluate_month(zone=zone, year=YEAR, month=3, today=date(YEAR, 4, 10))
    # Then each unit gets its card with the reasons
    zml = TaskEvaluation.objects.get(task=wangan, unit=street, month=3)
    jyh = TaskEvaluation.objects.get(task=wangan, unit=other_street, month=3)
    assert zml.card == Card.GREEN and zml.pace_pct == D("26.67")
    assert jyh.card == Card.YELLOW and "逾期报送" in jyh.reasons
    assert count == TaskEvaluation.objects.filter(month=3).count()
    # and units are ranked, the units with red cards at the bottom
    ranking = list(selectors.unit_evaluations(zone, YEAR, 3))
    assert [e.rank for e in ranking] == list(range(1, len(ranking) + 1))
    bottom = list(selectors.bottom_units(zone, YEAR, 3))
    assert len(bottom) == 3 and all(e.card != Card.GREEN for e in bottom)
    assert (
        UnitEvaluation.objects.get(unit=street, month=3).rank
        < UnitEvaluation.objects.get(unit=other_street, month=3).rank
    )


def test_annual_score_uses_weights_from_settings(settings, wangan, reporter, street, office_user):
    settings.YUANQU_SUPERVISION_ANNUAL_WEIGHTS = {"monthly": 0.5, "completion": 0.5}
    zone = wangan.plan.zone
    report = submit(reporter, wangan, street, month=12, value=D(15), now=at(YEAR + 1, 1, 3))
    actions.report_review(user=office_user, report=report, accept=True)
    evaluation.evaluate_month(zone=zone, year=YEAR, month=12, today=date(YEAR + 1, 1, 10))
    scores = {s.unit_id: s for s in evaluation.annual_assess(zone=zone, year=YEAR)}
    mine = scores[street.pk]
    assert mine.score == (mine.monthly_score * D("0.5") + mine.completion_pct * D("0.5")).quantize(D("0.01"))
    assert mine.completion_pct > 0 and AnnualScore.objects.filter(year=YEAR).count() == len(scores)


def test_task_status_with_history(wangan, office_user, reporter, lead_reporter):
    with pytest.raises(PermissionDenied):
        actions.task_set_status(user=reporter, task=wangan, status=TaskStatus.DONE)
    actions.task_set_status(user=lead_reporter, task=wangan, status=TaskStatus.IN_PROGRESS)
    actions.task_set_status(user=office_user, task=wangan, status=TaskStatus.LAGGING)
    assert [h.after["status"] for h in history_for(wangan) if "status" in h.after] == ["lagging", "in_progress"]


def test_five_ones_calendar_generated_once_and_minutes_create_a_task(plan_004, office_user, units_004, reporter):
    zone = plan_004.zone
    # When the year's calendar is generated twice
    assert actions.meetings_generate(zone=zone, year=YEAR, user=office_user) == 12 + 6 + 4 + 1 + 1
    assert actions.meetings_generate(zone=zone, year=YEAR, user=office_user) == 0
    with pytest.raises(PermissionDenied):
        actions.meetings_generate(zone=zone, year=YEAR, user=reporter)
    # and a 研判会 decides a new task under 产业链招商引资 and marks another lagging
    meeting = Meeting.objects.filter(zone=zone, kind="monthly_review").first()
    parent = Task.objects.get(plan=plan_004, title="产业链招商引资")
    actions.meeting_record(
        user=office_user,
        meeting=meeting,
        minutes="研判经济形势",
        decision="组织赴深圳产业链招商活动",
        new_under=parent,
        new_leads=[units_004["区商务局"]],
    )
    lag = Task.objects.get(plan=plan_004, title__startswith="滚动实施工业技改项目")
    actions.meeting_record(
        user=office_user,
        meeting=meeting,
        minutes="研判经济形势",
        decision="技改项目进度滞后",
        task=lag,
        task_status=TaskStatus.LAGGING,
    )
    # Then the task exists with its lead unit and the decisions are linked
    new = Task.objects.get(plan=plan_004, title="组织赴深圳产业链招商活动")
    assert new.parent == parent and new.task_units.get().unit.name == "区商务局"
    lag.refresh_from_db()
    assert lag.status == TaskStatus.LAGGING and meeting.decisions.count() == 2
