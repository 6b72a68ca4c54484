"""Excel import of monthly figures and annual targets (导入月度数据、年度目标).

``import_workbook`` reads every sheet, detects its layout (one unit's sheet, a long table, a
unit × indicator matrix or a target table), checks every row, and only then writes all rows
through ``figures_set`` and ``targets_set`` in one transaction, or nothing. Errors are worded
``第 N 行「列名」: 原因`` with N the Excel row and 列名 the header as written in the sheet.
"""

from __future__ import annotations

import io
import os
import re
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from openpyxl import load_workbook

from yuanqu.core.errors import DomainError
from yuanqu.indicators.actions import figures_set, targets_set
from yuanqu.indicators.importers.figures import Options, SheetResult, read_long, read_matrix, read_unit_sheet
from yuanqu.indicators.importers.lookup import AmbiguousUnit, Lookup
from yuanqu.indicators.importers.sheets import LONG, MATRIX, TARGETS, UNIT_SHEET, Grid, detect
from yuanqu.indicators.importers.targets import read_targets
from yuanqu.org.models import Unit, Zone

UNREADABLE = "文件无法读取：不是有效的 Excel (.xlsx) 文件"
MAX_CELLS = 5_000_000
READERS = {UNIT_SHEET: read_unit_sheet, LONG: read_long, MATRIX: read_matrix, TARGETS: read_targets}
ROW_LABEL = re.compile(r"^第 (\d+) 行「(.*?)」")

__all__ = ["UNREADABLE", "ImportSummary", "import_workbook"]


@dataclass
class ImportSummary:
    """What an import read and did; ``as_dict()`` is the JSON the command prints."""

    file: str
    layout: str  # unit_sheet | long | matrix | targets, or "mixed" for sheets of several layouts
    sheets: int
    rows: int
    figures: int
    created: int
    updated: int
    unchanged: int
    targets: int
    dry_run: bool
    year: int | None
    month: int | None
    sheet_layouts: dict[str, str] = field(default_factory=dict)
    skipped_sheets: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def import_workbook(
    fileobj_or_path: Any,
    *,
    user: Any,
    year: int | None = None,
    month: int | None = None,
    unit: Unit | str | None = None,
    dry_run: bool = False,
    zone: Zone | None = None,
) -> ImportSummary:
    """Import an .xlsx of figures and/or targets, all or nothing; raises DomainError(errors=[…]).

    ``year``, ``month`` and ``unit`` (a Unit or its name) override what the sheets say or supply
    what they lack. A dry run checks everything, the stored months included, and saves nothing.
    """
    started = time.perf_counter()
    name, data = _read(fileobj_or_path)
    workbook = _open(data)
    if month is not None and not 1 <= month <= 12:
        raise DomainError(f"月份 {month} 超出 1-12 月")
    if year is not None and not 1900 < year < 2200:
        raise DomainError(f"年份 {year} 无效")
    zone = _zone(zone, user, unit)
    lookup = Lookup(zone)
    options = Options(user=user, year=year, month=month, unit=_unit_option(unit, lookup))

    results: list[SheetResult] = []
    skipped: list[str] = []
    for ws in workbook.worksheets:
        if (ws.max_row or 0) * (ws.max_column or 0) > MAX_CELLS:
            raise DomainError(f"工作表「{ws.title}」过大（{ws.max_row} 行 × {ws.max_column} 列），请拆分后导入")
        grid = Grid(ws)
        header = detect(grid, lookup)
        if header is None:
            if grid.rows:
                skipped.append(ws.title)
            continue
        result = SheetResult(name=ws.title, layout=header.layout)
        READERS[header.layout](grid, header, lookup, options, result)
        results.append(result)
    if not results:
        raise DomainError("文件中没有可识别的数据表：找不到「指标名称」「单位」或「目标名称」「目标内容」这样的表头")
    read_done = time.perf_counter()

    several = len(results) > 1
    errors = [_in_sheet(e, r.name, several) for r in results for e in r.errors]
    figures = [f for r in results for f in r.figures]
    targets = [t for r in results for t in r.targets]
    source = f"Excel导入:{name}"[:50]
    outcome = None
    with transaction.atomic():
        # The actions run even when rows already failed, so their own checks (permissions, duplicates,
        # cumulative values against the stored months) are reported too; then everything is rolled back.
        if figures:
            try:
                with transaction.atomic():
                    outcome = figures_set(user=user, items=figures, source=source)
            except DomainError as exc:
                errors += _located(exc, results, several)
        if targets:
            try:
                with transaction.atomic():
                    targets_set(user=user, items=targets, source=source)
            except DomainError as exc:
                errors += _located(exc, results, several)
        if errors or dry_run:
            transaction.set_rollback(True)
    if errors:
        raise DomainError(f"导入未完成：发现 {len(errors)} 处错误，未保存任何数据", errors=errors)

    layouts = {r.layout for r in results}
    years = {y for r in results for y, _m in r.periods}
    months = {m for r in results for _y, m in r.periods if m is not None}
    return ImportSummary(
        file=name,
        layout=layouts.pop() if len(layouts) == 1 else "mixed",
        sheets=len(results),
        rows=sum(r.rows for r in results),
        figures=len(figures),
        created=outcome.created if outcome else 0,
        updated=outcome.updated if outcome else 0,
        unchanged=outcome.unchanged if outcome else 0,
        targets=len(targets),
        dry_run=dry_run,
        year=next(iter(years)) if len(years) == 1 else None,
        month=next(iter(months)) if len(months) == 1 else None,
        sheet_layouts={r.name: r.layout for r in results},
        skipped_sheets=skipped,
        warnings=[_in_sheet(w, r.name, several) for r in results for w in r.warnings],
        seconds={"read": round(read_done - started, 3), "apply": round(time.perf_counter() - read_done, 3)},
    )


def _read(source: Any) -> tuple[str, bytes]:
    """The file's name and bytes, refusing files over YUANQU_IMPORT_MAX_BYTES before reading them whole."""
    limit = settings.YUANQU_IMPORT_MAX_BYTES
    too_big = f"文件过大：超过导入上限 {limit / 1024 / 1024:g} MB"
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.is_file():
            raise DomainError(f"文件不存在：{path}")
        if path.stat().st_size > limit:
            raise DomainError(f"{too_big}（{path.stat().st_size / 1024 / 1024:.1f} MB）")
        return path.name, path.read_bytes()
    name = os.path.basename(getattr(source, "name", "") or "") or "上传文件"
    size = getattr(source, "size", None)
    if isinstance(size, int) and size > limit:
        raise DomainError(f"{too_big}（{size / 1024 / 1024:.1f} MB）")
    if hasattr(source, "seek"):
        source.seek(0)
    data = source.read(limit + 1)
    if len(data) > limit:
        raise DomainError(too_big)
    if not isinstance(data, bytes):
        raise DomainError(UNREADABLE)
    return name, data


def _open(data: bytes) -> Any:
    try:
        return load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl fails on bad input with zip, XML, key and value errors alike
        raise DomainError(UNREADABLE) from exc


def _zone(zone: Zone | None, user: Any, unit: Unit | str | None) -> Zone | None:
    """The zone whose units the sheet names: given, else the unit's, the user's, or the only zone."""
    if zone is not None:
        return zone
    if isinstance(unit, Unit):
        return unit.zone
    if getattr(user, "unit_id", None):
        return user.unit.zone
    zones = list(Zone.objects.all()[:2])
    return zones[0] if len(zones) == 1 else None


def _unit_option(unit: Unit | str | None, lookup: Lookup) -> Unit | None:
    if unit is None or isinstance(unit, Unit):
        return unit
    try:
        found = lookup.unit(unit)
    except AmbiguousUnit:
        raise DomainError(f"单位「{unit}」在多个开发区中都有，请指定开发区") from None
    if found is None:
        raise DomainError(f"单位「{unit}」不在单位名录中")
    return found


def _in_sheet(message: str, sheet: str, several: bool) -> str:
    return f"{message}（工作表「{sheet}」）" if several else message


def _located(exc: DomainError, results: list[SheetResult], several: bool) -> list[str]:
    """The action's messages, each naming its sheet when the workbook has several and the row tells which."""
    messages = exc.errors or [exc.message]
    if not several:
        return messages
    by_row: dict[int, list[tuple[str, Any]]] = defaultdict(list)
    for r in results:
        items: list[Any] = [*r.figures, *r.targets]
        for item in items:
            by_row[item.row].append((r.name, item))
    out = []
    for message in messages:
        m = ROW_LABEL.match(message)
        sheets: set[str] = set()
        if m:
            candidates = [
                (s, i)
                for s, i in by_row.get(int(m.group(1)), [])
                if m.group(2) in (getattr(i, "columns", None) or {}).values() or not hasattr(i, "columns")
            ]
            sheets = {s for s, _i in candidates}
            if len(sheets) > 1:
                sheets = {s for s, i in candidates if str(i.unit) in message and str(i.indicator) in message}
        out.append(_in_sheet(message, sheets.pop(), True) if len(sheets) == 1 else message)
    return out
