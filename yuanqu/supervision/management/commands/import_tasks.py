"""python manage.py import_tasks FILE.xlsx [--year Y] [--zone NAME] [--dry-run]"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from yuanqu.core.errors import DomainError
from yuanqu.org.models import Zone
from yuanqu.supervision import importers


def zone_arg(name: str | None) -> Zone:
    if name:
        zone = Zone.objects.filter(name=name).first()
        if zone is None:
            raise CommandError(f"未找到开发区「{name}」")
        return zone
    zones = list(Zone.objects.order_by("pk")[:2])
    if len(zones) != 1:
        raise CommandError("请用 --zone 指定开发区" if zones else "尚未建立开发区")
    return zones[0]


class Command(BaseCommand):
    help = "导入目标任务总表（Excel），打印JSON摘要；有错误时逐行报告、不保存并以状态码2退出"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file")
        parser.add_argument("--year", type=int, default=timezone.localdate().year)
        parser.add_argument("--zone", default=None, help="开发区名称（只有一个开发区时可省略）")
        parser.add_argument("--dry-run", action="store_true", help="只检查，不保存")

    def handle(self, *args: Any, **options: Any) -> None:
        zone = zone_arg(options["zone"])
        try:
            with open(options["file"], "rb") as fh:
                summary = importers.tasks_import(
                    zone=zone, year=options["year"], source=fh, dry_run=options["dry_run"], origin="import_tasks"
                )
        except FileNotFoundError as exc:
            raise CommandError(f"文件不存在：{options['file']}") from exc
        except DomainError as exc:
            for line in exc.errors or [exc.message]:
                self.stderr.write(line)
            sys.exit(2)
        self.stdout.write(json.dumps(summary.as_dict(), ensure_ascii=False))
