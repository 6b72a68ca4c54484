"""python manage.py bulletin --year 2021 --month 11 --format docx -o 通报.docx [--zone 名称]

Writes the zone's monthly economic-operations bulletin and prints the file's path. Exits 2 with a
message in Chinese on bad input (unknown zone or format, month outside 1-12, no data that month).
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from yuanqu.core.errors import DomainError
from yuanqu.reports.bulletin import bulletin_build
from yuanqu.reports.renderers import FORMATS, format_get
from yuanqu.reports.selectors import zone_resolve

BAD_INPUT = 2


class Command(BaseCommand):
    help = "生成月度经济运行通报（Word、Excel 或 HTML）"

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="年度，如 2021")
        parser.add_argument("--month", type=int, required=True, help="截至月份 N（1-N月），1-12")
        # Checked in handle(), not by argparse choices, so the message is in Chinese.
        parser.add_argument("--format", dest="format", required=True, help=f"文件格式：{'|'.join(FORMATS)}")
        parser.add_argument("-o", "--output", required=True, help="输出文件路径")
        parser.add_argument("--zone", default=None, help="开发区名称或简称（只有一个开发区时可省略）")

    def handle(self, *args, year: int, month: int, format: str, output: str, zone: str | None, **options):
        try:
            fmt = format_get(format)
            if not 1 <= month <= 12:
                raise DomainError(f"月份 {month} 超出 1-12 月")
            if not 1900 < year < 2200:
                raise DomainError(f"年度 {year} 无效")
            bulletin = bulletin_build(zone=zone_resolve(name=zone), year=year, month=month)
            content = fmt.render(bulletin)
        except DomainError as exc:
            raise CommandError(exc.message, returncode=BAD_INPUT) from exc
        path = Path(output)
        try:
            path.write_bytes(content)
        except OSError as exc:
            raise CommandError(f"无法写入文件「{path}」：{exc.strerror or exc}", returncode=BAD_INPUT) from exc
        self.stdout.write(str(path))
