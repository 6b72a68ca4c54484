"""python manage.py load_demo [--reset]: load the demo zone 武汉临空港经开区（东西湖区）."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from yuanqu.core.errors import DomainError
from yuanqu.demo import data
from yuanqu.demo.actions import demo_load


class Command(BaseCommand):
    help = (
        "加载演示开发区（武汉临空港经开区（东西湖区））：单位、演示账号、2021年目标、2020–2021年月度数据。可重复运行。"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--reset", action="store_true", help="先删除演示开发区及其全部数据，再重新加载")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        try:
            result = demo_load(reset=options["reset"], progress=self.stdout.write)
        except DomainError as exc:
            raise CommandError("；".join([exc.message, *exc.errors])) from exc
        cards = result.cards
        self.stdout.write(
            f"指标目录写入 {result.indicators_written} 项；目标写入 {result.targets_written} 条；"
            f"月度数据新增 {result.figures_created}、修改 {result.figures_updated}、未变 {result.figures_unchanged} 条。"
        )
        self.stdout.write(
            f"{data.DATA_YEAR}年1-{data.LAST_MONTH}月红黄牌：绿牌 {cards.get('green', 0)}，"
            f"黄牌 {cards.get('yellow', 0)}，红牌 {cards.get('red', 0)}，无目标 {cards.get('none', 0)}。"
        )
        for username in result.skipped_users:
            self.stderr.write(f"用户名 {username} 已被非演示用户使用，未修改该账号。")
        self.stdout.write("")
        self.stdout.write("演示账号（仅限演示环境）")
        rows = [("用户名", "角色", "单位"), *result.users]
        widths = [max(_width(r[i]) for r in rows) for i in range(3)]
        for row in rows:
            self.stdout.write("  ".join(_pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip())
        self.stdout.write(f"密码（全部账号）：{data.PASSWORD}")
        self.stdout.write(self.style.SUCCESS(f"演示数据加载完成，用时 {time.monotonic() - started:.1f} 秒。"))


def _width(text: str) -> int:
    """Columns taken in a terminal: CJK characters are two wide."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
