"""python manage.py supervision_daily [--date YYYY-MM-DD] [--zone NAME]

The daily round of 督查督办 for every zone: 报送提醒 before the due day, 催办 after it, last month
re-evaluated after the due day, and a 督办单 for a task red two months running. Prints a JSON
summary. Safe to run more than once a day: each notice goes out once per unit, task and month.

In production schedule the Celery task instead (same action), with celery beat::

    from celery.schedules import crontab
    CELERY_BEAT_SCHEDULE = {
        "supervision-daily": {"task": "supervision.daily", "schedule": crontab(hour=8, minute=0)},
    }

or from cron: ``0 8 * * * cd /srv/yuanqu && .venv/bin/python manage.py supervision_daily``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from yuanqu.org.models import Zone
from yuanqu.supervision.jobs import daily_round


class Command(BaseCommand):
    help = (
        "督查督办每日巡查：截止日前报送提醒、逾期催办、连续两月红牌发督办单，打印JSON摘要。"
        "生产环境可用 celery beat 定时执行任务 supervision.daily"
        '（CELERY_BEAT_SCHEDULE = {"supervision-daily": {"task": "supervision.daily",'
        ' "schedule": crontab(hour=8, minute=0)}}）。'
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--date", default=None, help="巡查日期 YYYY-MM-DD（默认今天）")
        parser.add_argument("--zone", default=None, help="只巡查该开发区（默认全部）")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = date.fromisoformat(options["date"]) if options["date"] else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"日期格式应为 YYYY-MM-DD：{options['date']}") from exc
        zone_ids = None
        if options["zone"]:
            zone = Zone.objects.filter(name=options["zone"]).first()
            if zone is None:
                raise CommandError(f"未找到开发区「{options['zone']}」")
            zone_ids = [zone.pk]
        self.stdout.write(json.dumps(daily_round(today, zone_ids), ensure_ascii=False))
