"""python manage.py extract FILE [--format json]

Reads a work report, plan or 通报 (.txt UTF-8/GB18030, .docx, .pdf with a text layer, .xlsx) and
prints one JSON object: {"document", "facts", "tasks", "projects", "enterprises"}. Nothing is saved.
Exits 2 with a message on stderr when the file is unreadable, empty, scanned or unsupported.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand

from yuanqu.docintel.engine import ReadError, extract_file

BAD_INPUT = 2


class Command(BaseCommand):
    help = "识别工作报告、计划、通报中的指标数据、目标、任务和项目，输出 JSON（不保存）。"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", help="文件路径（.txt、.docx、.pdf、.xlsx）")
        parser.add_argument("--format", choices=["json"], default="json", help="输出格式（目前只有 json）")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = extract_file(options["file"])
        except ReadError as exc:
            self.stderr.write(f"无法识别文件：{exc.message}")
            sys.exit(BAD_INPUT)
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=1))
