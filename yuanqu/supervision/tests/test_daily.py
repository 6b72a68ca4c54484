"""The daily round from the command line and from Celery: reminders, 催办 and 督办单 for every zone on
a fixed date, printed as JSON; running it twice sends nothing twice."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from yuanqu.org.tests.factories import ZoneFactory
from yuanqu.supervision import evaluation, jobs
from yuanqu.supervision.choices import Card, NoticeKind
from yuanqu.supervision.models import Notice, Task, TaskEvaluation
from yuanqu.supervision.tests.conftest import YEAR


def run(day: str) -> dict:
    out = StringIO()
    call_command("supervision_daily", "--date", day, stdout=out)
    return json.loads(out.getvalue())


def test_command_sends_reminders_once_for_every_zone(plan_004, reporter, django_capture_on_commit_callbacks):
    reporter.email = "zml@example.cn"
    reporter.save()
    ZoneFactory(name="另一开发区")  # a zone without a table: listed with zeros
    # Given nothing reported for 3月 (due 4月6日)
    # When the round runs on 4月4日
    with django_capture_on_commit_callbacks(execute=True):
        first = run(f"{YEAR}-04-04")
    # Then reminders go to the units, one e-mail per unit with people, and the JSON lists every zone
    assert first["date"] == f"{YEAR}-04-04"
    assert [z["zone"] for z in first["zones"]] == ["测试开发区", "另一开发区"]
    assert first["zones"][0]["reminders"] > 0 and first["zones"][1] == {
        "zone": "另一开发区",
        "reminders": 0,
        "urges": 0,
        "supervisions": 0,
        "evaluated": 0,
    }
    assert first["totals"]["reminders"] == first["zones"][0]["reminders"]
    notices, mails = Notice.objects.count(), len(mail.outbox)
    assert mails == 1
    # When it runs again the same day
    with django_capture_on_commit_callbacks(execute=True):
        second = run(f"{YEAR}-04-04")
    # Then nothing is sent twice
    assert second["totals"] == {"reminders": 0, "urges": 0, "supervisions": 0, "evaluated": 0}
    assert Notice.objects.count() == notices and len(mail.outbox) == mails


def test_after_the_due_day_the_round_urges_evaluates_and_supervises_once(plan_004, street):
    zone = plan_004.zone
    wangan = Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")
    # Given 2月 evaluated after its due day with nobody reporting
    evaluation.evaluate_month(zone=zone, year=YEAR, month=2, today=date(YEAR, 3, 10))
    # When the round runs on 4月7日, after 3月's due day
    first = run(f"{YEAR}-04-07")
    # Then 3月 is evaluated (red for not reporting), 催办 and 督办单 go out
    totals = first["totals"]
    assert totals["urges"] > 0 and totals["evaluated"] > 0 and totals["supervisions"] > 0
    assert TaskEvaluation.objects.get(task=wangan, unit=street, year=YEAR, month=3).card == Card.RED
    notice = Notice.objects.get(unit=street, task=wangan, kind=NoticeKind.SUPERVISE)
    assert notice.reply_due == date(YEAR, 4, 12)
    # and running twice sends no second 催办 or 督办单
    again = run(f"{YEAR}-04-07")["totals"]
    assert (again["urges"], again["supervisions"], again["reminders"]) == (0, 0, 0)
    assert Notice.objects.filter(kind=NoticeKind.SUPERVISE).count() == totals["supervisions"]


def test_celery_task_runs_the_same_round(plan_004):
    # When the task is queued (eager in tests) for a fixed day, twice
    first = jobs.supervision_daily.delay(f"{YEAR}-04-04").get()
    second = jobs.supervision_daily.delay(f"{YEAR}-04-04").get()
    # Then it reports as the command does, and the second run sends nothing
    assert jobs.supervision_daily.name == "supervision.daily"
    assert first["totals"]["reminders"] > 0 and second["totals"]["reminders"] == 0


def test_command_rejects_a_bad_date_in_chinese(db):
    with pytest.raises(CommandError, match="日期格式"):
        call_command("supervision_daily", "--date", "2021-13-01", stdout=StringIO())


def test_command_help_documents_the_beat_entry():
    from yuanqu.supervision.management.commands.supervision_daily import Command

    assert "supervision.daily" in Command.help and "CELERY_BEAT_SCHEDULE" in Command.help
