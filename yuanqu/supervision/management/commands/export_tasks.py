"""python manage.py export_tasks --year Y -o FILE.xlsx [--zone NAME]"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from yuanqu.supervision import exporters, selectors
from yuanqu.supervision.management.commands.import_tasks import zone_arg


class Command(BaseCommand):
    help = "按目标任务总表的版式导出某年度目标任务（Excel）"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("-o", "--output", required=True)
        parser.add_argument("--zone", default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        zone = zone_arg(options["zone"])
        plan = selectors.plan_for(zone, options["year"])
        if plan is None:
            raise CommandError(f"{options['year']}年没有目标任务总表")
        with open(options["output"], "wb") as fh:
            fh.write(exporters.tasks_xlsx(plan))
        self.stdout.write(f"已导出 {options['output']}")
