"""Reading annual targets from a 目标任务总表 (目标名称 | 目标内容 | 牵头责任单位 | 责任单位).

A name may hold two parts and the content two numbers, in the same order: 「GDP 总量（亿元）/增速（%）」
with 「1590/15」 is 1590亿元 and 15%; 「实际利用外资增速（%）/…规模（万美元）」 with 「6.4/24716」 is 6.4%
and 24716万美元. Amounts are converted by the unit written in the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from yuanqu.core.money import same_dimension, scale
from yuanqu.indicators.actions import TargetInput
from yuanqu.indicators.choices import TargetTier
from yuanqu.indicators.importers.cells import (
    NotANumber,
    find_year,
    fold,
    is_empty,
    key,
    measure_unit,
    parse_number,
    plain,
    split_unit,
)
from yuanqu.indicators.importers.figures import (
    AMOUNT_LIMIT,
    PERCENT_LIMIT,
    PLACES,
    Options,
    SheetResult,
    Where,
    find_unit,
    table_end,
)
from yuanqu.indicators.importers.lookup import GROWTH_SUFFIX, IndicatorMatch, Lookup
from yuanqu.indicators.importers.sheets import CONTENT, EXPECTED, LEAD, NAME, NAME_KEYS, STRETCH, Column, Grid, Header
from yuanqu.indicators.models import Indicator
from yuanqu.org import access
from yuanqu.org.models import Unit

CONTENT_PART = re.compile(r"(增长|增速|增幅|约)?\s*([+-]?[\d.,]+%?)\s*(\S*)")


@dataclass
class NamePart:
    """One part of a 目标名称 split at '/': its unit and whether it is a growth rate."""

    text: str
    unit: str | None
    growth: bool
    match: IndicatorMatch | None


def read_targets(grid: Grid, header: Header, lookup: Lookup, options: Options, result: SheetResult) -> None:
    """Targets of the zone total (or ``options.unit``) for the year of the title or ``options.year``."""
    name = header.find(NAME)
    assert name is not None
    tiers = [(c, TargetTier.EXPECTED) for c in header.all(EXPECTED)] or [
        (c, TargetTier.EXPECTED) for c in header.all(CONTENT)
    ]
    tiers += [(c, TargetTier.STRETCH) for c in header.all(STRETCH)]
    lead = header.find(LEAD)
    first_tier = tiers[0][0]
    if not access.can_manage_catalogue(options.user):
        result.error(header.excel_row, first_tier.label, "无权设置年度目标（需经发局统计或系统管理员）")
        return
    year = options.year or next((c.year for c, _t in tiers if c.year), None)
    if year is None:
        for r in range(header.first):
            year = next((y for y in (find_year(t) for t in grid.texts(r) if t) if y), None)
            if year:
                break
        year = year or find_year(grid.name)
    if year is None:
        result.error(
            header.excel_row, first_tier.label, "无法确定目标年度：标题中没有「2021年」这样的年份，请指定年份（--year）"
        )
    unit = options.unit or lookup.zone_unit()
    if unit is None:
        result.error(header.excel_row, first_tier.label, "找不到全区单位（类型为「全区」的单位），请指定单位（--unit）")
    if year is None or unit is None:
        return
    result.periods.add((year, None))
    seen: dict[tuple[int, str], int] = {}
    for r in range(header.last + 1, table_end(grid, header.last + 1)):
        label = grid.text(r, name.index)
        contents = [(c, tier, grid.value(r, c.index)) for c, tier in tiers]
        given = [(c, tier, raw) for c, tier, raw in contents if not is_empty(plain(raw))]
        if key(label) in NAME_KEYS or not given:
            continue  # blank, repeated header or section line (一、重点经济指标)
        if not label:
            result.error(r + 1, name.label, "缺少目标名称")
            continue
        parts = _name_parts(label, lookup)
        indicators = {p.match.indicator.pk: p.match.indicator for p in parts if p.match}
        if not indicators:
            result.error(r + 1, name.label, f"「{label}」不在指标目录中")
            continue
        if len(indicators) > 1:
            names = "」「".join(str(i) for i in indicators.values())
            result.error(r + 1, name.label, f"一行只能设一个指标的目标，「{label}」含「{names}」")
            continue
        indicator = next(iter(indicators.values()))
        lead_unit, ok = _lead_unit(grid, r, lead, lookup, result)
        if not ok:
            continue
        for column, tier, raw in given:
            target = _target(result, r + 1, column.label, name.label, raw, parts, indicator)
            if target is None:
                continue
            value, growth = target
            if (indicator.pk, tier) in seen:
                result.error(r + 1, name.label, f"与第 {seen[(indicator.pk, tier)]} 行重复（指标「{indicator}」）")
                continue
            seen[(indicator.pk, tier)] = r + 1
            result.targets.append(
                TargetInput(
                    unit=unit,
                    indicator=indicator,
                    year=year,
                    tier=tier,
                    value=value,
                    growth_pct=growth,
                    lead_unit=lead_unit,
                    text=plain(raw)[:100],
                    row=r + 1,
                )
            )
            result.rows += 1


def _name_parts(label: str, lookup: Lookup) -> list[NamePart]:
    parts = []
    for text in re.split(r"/", fold(label)):
        bare, unit = split_unit(text)
        match = lookup.indicator(text)
        growth = match.growth if match else bool(GROWTH_SUFFIX.search(bare)) or bare in ("增速", "增幅", "增长")
        parts.append(NamePart(text=text.strip(), unit=unit, growth=growth, match=match))
    return parts


def _numbers(raw: object) -> list[tuple[Decimal, str | None]]:
    """'1590/15' → [(1590, None), (15, None)]; '1590亿元/15%' keeps the units written."""
    if isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
        number = parse_number(raw)
        return [(number, None)] if number is not None else []
    out = []
    for part in re.split(r"/", fold(plain(raw))):
        m = CONTENT_PART.fullmatch(part.strip())
        unit = None
        if m and m.group(3):
            unit = measure_unit(m.group(3))
            if unit is None:
                raise NotANumber(plain(raw))
        if not m:
            raise NotANumber(plain(raw))
        number = parse_number(m.group(2))
        if number is None:
            raise NotANumber(plain(raw))
        growth_word = m.group(1) in ("增长", "增速", "增幅")
        out.append((number, "%" if m.group(2).endswith("%") or growth_word else unit))
    return out


def _target(
    result: SheetResult,
    row: int,
    column: str,
    name_label: str,
    raw: object,
    parts: list[NamePart],
    indicator: Indicator,
) -> tuple[Decimal | None, Decimal | None] | None:
    try:
        numbers = _numbers(raw)
    except NotANumber as exc:
        result.error(row, column, f"「{exc}」不是数字")
        return None
    if len(numbers) != len(parts):
        if len(parts) == 1 and len(numbers) == 2:
            # 「社会消费品零售总额增速（%）」 with 「496/16.5」: the usual order, amount then growth.
            amount = parts[0] if not parts[0].growth else NamePart("总量", indicator.unit, False, None)
            parts = [amount, NamePart("增速", "%", True, None)]
            result.warn(
                row,
                column,
                f"「{plain(raw)}」有两项而目标名称只写了一项，按「总量（{amount.unit or indicator.unit}）"
                f"/增速（%）」读取",
            )
        else:
            result.error(row, column, f"「{plain(raw)}」有 {len(numbers)} 项，与目标名称的 {len(parts)} 项对不上")
            return None
    value = growth = None
    for part, (number, written) in zip(parts, numbers, strict=True):
        is_growth = part.growth or (written == "%" and indicator.unit != "%" and part.unit is None)
        if is_growth:
            if growth is not None or abs(number) >= PERCENT_LIMIT:
                result.error(row, column, f"「{plain(raw)}」的增速无法识别")
                return None
            growth = number.quantize(PLACES)
            continue
        unit = part.unit or written or indicator.unit
        if not same_dimension(unit, indicator.unit):
            where = Where(row, name_label if part.unit else column)
            result.error(
                where.row, where.label, f"计量单位「{unit}」与指标「{indicator}」的计量单位「{indicator.unit}」不符"
            )
            return None
        base = number * scale(unit)
        if value is not None or abs(base) >= AMOUNT_LIMIT:
            result.error(row, column, f"「{plain(raw)}」的目标值无法识别")
            return None
        value = base.quantize(PLACES)
    return value, growth


def _lead_unit(
    grid: Grid, r: int, column: Column | None, lookup: Lookup, result: SheetResult
) -> tuple[Unit | None, bool]:
    """The 牵头责任单位 (the first when several are named) and whether the cell was understood."""
    if column is None:
        return None, True
    text = grid.text(r, column.index)
    if is_empty(text):
        return None, True
    names = [n for n in re.split(r"[、,，;；/]", fold(text)) if n.strip()]
    unit = find_unit(lookup, names[0].strip(), Where(r + 1, column.label), result)
    if unit is None:
        return None, False
    if len(names) > 1:
        result.warn(r + 1, column.label, f"有 {len(names)} 个牵头单位，只记录第一个「{unit}」")
    return unit, True
