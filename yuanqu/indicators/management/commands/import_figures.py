"""python manage.py import_figures FILE.xlsx [--dry-run] [--year Y] [--month M] [--unit NAME] [--user USERNAME]

Imports monthly figures and annual targets from an Excel workbook and prints a JSON summary.
On any bad row it prints every error (第 N 行「列名」: 原因) to stderr, and {"errors": [...]} to
stdout, saves nothing and exits 2.
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from yuanqu.core.errors import DomainError
from yuanqu.indicators.importers import import_workbook
from yuanqu.org.choices import Role

BAD_INPUT = 2


class Command(BaseCommand):
    help = (
        "从 Excel (.xlsx) 导入月度数据和年度目标，输出 JSON 摘要；有任何错误时逐行列出、不保存任何数据并以 2 退出。"
        "不指定 --user 时以系统中第一个启用的超级用户（没有则第一个「系统管理员」角色用户）的身份导入，"
        "变更记录记在该用户名下；命令不会创建用户。"
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Excel 文件路径（.xlsx）")
        parser.add_argument("--dry-run", action="store_true", help="只检查并报告，不保存")
        parser.add_argument("--year", type=int, default=None, help="年度；优先于表中标题和列名")
        parser.add_argument("--month", type=int, default=None, help="截至月份 N（1-N月）；优先于表中标题和列名")
        parser.add_argument("--unit", default=None, help="填报单位名称；优先于表中「填报单位：」（目标表默认全区）")
        parser.add_argument("--user", default=None, help="以该用户名的身份导入（权限按其角色和单位检查）")

    def handle(
        self,
        *args: Any,
        file: str,
        dry_run: bool,
        year: int | None,
        month: int | None,
        unit: str | None,
        user: str | None,
        **options: Any,
    ) -> None:
        try:
            summary = import_workbook(
                file,
                user=_importer(user),
                year=year,
                month=month,
                unit=unit,
                dry_run=dry_run,
            )
        except DomainError as exc:
            errors = exc.errors or [exc.message]
            for line in errors:
                self.stderr.write(line)
            self.stdout.write(json.dumps({"file": file, "errors": errors}, ensure_ascii=False))
            raise SystemExit(BAD_INPUT) from exc
        self.stdout.write(json.dumps(summary.as_dict() | {"file": file}, ensure_ascii=False))


def _importer(username: str | None) -> Any:
    """The user the import runs as: --user, else the first active superuser or system administrator.

    The actions check permissions and record the change log against a real, saved user, so the
    command borrows an existing administrator rather than inventing an unsaved one.
    """
    User = get_user_model()
    if username:
        user = User.objects.filter(username=username).first()
        if user is None:
            raise DomainError(f"用户「{username}」不存在")
        if not user.is_active:
            raise DomainError(f"用户「{username}」已停用")
        return user
    user = (
        User.objects.filter(is_active=True, is_superuser=True).order_by("pk").first()
        or User.objects.filter(is_active=True, role=Role.ADMIN).order_by("pk").first()
    )
    if user is None:
        raise DomainError("没有可用的系统管理员账号：请用 --user 指定以哪个用户的身份导入")
    return user
