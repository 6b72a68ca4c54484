"""Writes of document intelligence: upload and read a document, correct or drop an item, and import
the accepted facts into the core's figures and targets (through their actions, all or nothing),
linking each imported record back to its document and text span."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from io import BytesIO
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from yuanqu.core.changelog import record_change
from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.core.models import ChangeLog
from yuanqu.docintel.choices import DocumentStatus, ItemState, ItemType
from yuanqu.docintel.engine import ReadError, extract_bytes
from yuanqu.docintel.engine.lexicon import normalize
from yuanqu.docintel.engine.tasks import ResolvedRow, sheet_rows, task_tree
from yuanqu.docintel.models import Document, ExtractedItem, ImportLink
from yuanqu.indicators.actions import FigureInput, TargetInput, figures_set, targets_set
from yuanqu.indicators.choices import FigureStatus
from yuanqu.indicators.models import Figure, Indicator, Target
from yuanqu.org import access
from yuanqu.org.models import Unit, Zone
from yuanqu.supervision import importers as task_importers
from yuanqu.supervision import selectors as task_selectors
from yuanqu.supervision.layout import build_xlsx
from yuanqu.supervision.models import Task

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FACT_EDITABLE = ("indicator", "kind", "year", "months", "value_base", "growth_pct", "completion_pct")
TASK_EDITABLE = ("title", "lead_units", "units")


def max_bytes() -> int:
    return int(getattr(settings, "YUANQU_DOCINTEL_MAX_BYTES", DEFAULT_MAX_BYTES))


def document_upload(*, user: Any, zone: Zone, filename: str, data: bytes) -> Document:
    """Read an uploaded file, extract its items and keep both; rejects (DomainError, in Chinese) an
    oversized, empty, unreadable, scanned or unsupported file, saving nothing."""
    if not access.writes_zone_wide(user):
        raise PermissionDenied("只有系统管理员和经发局统计可以上传文档")
    limit = max_bytes()
    if len(data) > limit:
        raise DomainError(
            f"文件过大：{len(data) / 1024 / 1024:.1f} MB，上限 {limit / 1024 / 1024:.0f} MB", code="too_large"
        )
    try:
        text, result = extract_bytes(data, filename, known_names=_known_names(zone))
    except ReadError as exc:
        raise DomainError(exc.message, code=exc.code) from exc
    with transaction.atomic():
        document = Document(
            zone=zone, filename=filename[:255], size=len(data), text=text, metadata=result["document"], uploaded_by=user
        )
        document.file.save(filename[:100], ContentFile(data), save=False)
        document.save()
        items = []
        position = 0
        for type_, key in (
            (ItemType.FACT, "facts"),
            (ItemType.TASK, "tasks"),
            (ItemType.PROJECT, "projects"),
            (ItemType.ENTERPRISE, "enterprises"),
        ):
            for entry in result[key]:
                start, end = _span(entry)
                items.append(
                    ExtractedItem(
                        document=document,
                        type=type_,
                        data=entry,
                        original=entry,
                        start=start,
                        end=end,
                        position=position,
                    )
                )
                position += 1
        ExtractedItem.objects.bulk_create(items)
        record_change(
            instance=document,
            action=ChangeLog.Action.CREATE,
            user=user,
            after={"filename": filename, "items": len(items)},
            source="docintel",
        )
    return document


def _span(entry: dict[str, Any]) -> tuple[int, int]:
    if "start" in entry:
        return int(entry["start"]), int(entry["end"])
    spans = entry.get("spans") or [[0, 0]]
    return int(spans[0][0]), int(spans[0][1])


def _known_names(zone: Zone) -> dict[str, int]:
    names: dict[str, int] = {}
    for unit in Unit.objects.filter(zone=zone, is_active=True).only("id", "name", "short_name", "aliases"):
        for label in [unit.name, unit.short_name, *(unit.aliases or [])]:
            if label:
                names[label] = unit.pk
    return names


def item_update(
    *, user: Any, item: ExtractedItem, state: str | None = None, data: dict[str, Any] | None = None
) -> ExtractedItem:
    """Correct an item's fields (a fact: indicator, kind, year, months, value_base, growth_pct,
    completion_pct; a task: title, lead_units, units) or set its state (accepted, dropped, back to
    proposed)."""
    if not access.writes_zone_wide(user):
        raise PermissionDenied("无权修改识别结果")
    before = {"state": item.state, "data": item.data}
    if data:
        merged = dict(item.data)
        errors = []
        for key, value in data.items():
            editable = (
                FACT_EDITABLE if item.type == ItemType.FACT else TASK_EDITABLE if item.type == ItemType.TASK else None
            )
            if editable is not None and key not in editable:
                errors.append(f"「{key}」不能修改")
                continue
            merged[key] = _clean_field(key, value, errors)
        if item.type == ItemType.TASK and not merged.get("title"):
            errors.append("「title」不能为空")
        if item.type == ItemType.FACT and merged.get("kind") not in (None, "actual", "estimate", "target"):
            errors.append("「kind」须为 actual、estimate 或 target")
        if errors:
            raise DomainError("识别项未保存", errors=errors)
        item.data = merged
        item.state = ItemState.EDITED
    if state is not None:
        if state not in ItemState.values:
            raise DomainError(f"未知状态「{state}」")
        item.state = state
    with transaction.atomic():
        item.save(update_fields=["data", "state", "updated_at"])
        record_change(
            instance=item,
            action=ChangeLog.Action.UPDATE,
            user=user,
            before=before,
            after={"state": item.state, "data": item.data},
            source="docintel",
        )
    return item


def _clean_field(key: str, value: Any, errors: list[str]) -> Any:
    if key in ("lead_units", "units"):
        names = value if isinstance(value, list) else re.split(r"[、，,；;\s]+", str(value or ""))
        return [str(n).strip() for n in names if str(n).strip()]
    if value in ("", None):
        return None
    try:
        if key == "year":
            return int(value)
        if key == "months":
            months = [int(m) for m in (value if isinstance(value, list) else str(value).replace("-", ",").split(","))]
            if len(months) != 2 or not 1 <= months[0] <= months[1] <= 12:
                raise ValueError
            return months
        if key in ("value_base", "growth_pct", "completion_pct"):
            number = Decimal(str(value))
            return int(number) if number == number.to_integral_value() else float(number)
    except (ValueError, InvalidOperation):
        errors.append(f"「{key}」的值「{value}」无效")
        return None
    return str(value).strip()


def _indicator_index() -> dict[str, Indicator]:
    index: dict[str, Indicator] = {}
    for indicator in Indicator.objects.filter(is_active=True):
        for label in [indicator.name, *indicator.aliases]:
            index[normalize(label)] = indicator
    return index


UNIT_SUFFIX_RE = re.compile(r"(?:街道办事处|街道办|街道|街|办事处|镇|乡|片区|园区|产业园|园)$")


def _unit_for_scope(scope: str, names: dict[str, int]) -> int | None:
    """The unit a fact is set for: its name, short name or alias as written, else the same name
    with another unit word (走马岭街道 → 走马岭街)."""
    if scope in names:
        return names[scope]
    stem = UNIT_SUFFIX_RE.sub("", scope)
    found = {pk for label, pk in names.items() if len(stem) >= 2 and UNIT_SUFFIX_RE.sub("", label) == stem}
    return found.pop() if len(found) == 1 else None


def items_import(*, user: Any, document: Document, unit: Unit) -> dict[str, int]:
    """Import the document's facts that are not dropped into ``unit``'s figures (实际/预计, 1-N月)
    and annual targets, through ``figures_set``/``targets_set``, all or nothing; every record is
    linked to the item it came from. A fact set for one of the zone's units (固定资产投资（白鹭街道）,
    ``scope``) goes to that unit instead. Facts naming no catalogue indicator, or a unit the zone
    does not have, are skipped and counted."""
    if unit.zone_id != document.zone_id:
        raise DomainError("导入单位不属于该文档所在开发区")
    index = _indicator_index()
    names = _known_names(document.zone)
    units = {u.pk: u for u in Unit.objects.filter(zone=document.zone, is_active=True)}
    items = list(document.items.filter(type=ItemType.FACT).exclude(state=ItemState.DROPPED))
    figures: dict[tuple[int, int, int, int], tuple[FigureInput, list[ExtractedItem]]] = {}
    targets: dict[tuple[int, int, int], tuple[TargetInput, list[ExtractedItem]]] = {}
    skipped = 0
    errors: list[str] = []
    for item in items:
        fact = item.data
        name = str(fact.get("indicator") or "")
        fact_unit = unit
        if fact.get("scope"):
            pk = _unit_for_scope(str(fact["scope"]), names)
            if pk is None:
                skipped += 1
                continue
            fact_unit = units[pk]
            name = name.removesuffix(f"（{fact['scope']}）")
        indicator = index.get(normalize(name))
        if indicator is None or not fact.get("year"):
            skipped += 1
            continue
        value = Decimal(str(fact["value_base"])) if fact.get("value_base") is not None else None
        growth = Decimal(str(fact["growth_pct"])) if fact.get("growth_pct") is not None else None
        if value is None and growth is None:
            skipped += 1
            continue
        if indicator.currency and fact.get("currency") and fact["currency"] != indicator.currency:
            errors.append(f"「{fact['indicator']}」: 币种 {fact['currency']} 与指标单位 {indicator.unit} 不符")
            continue
        year = int(fact["year"])
        if fact.get("kind") == "target":
            key_t = (fact_unit.pk, indicator.pk, year)
            if key_t in targets:
                existing, linked = targets[key_t]
                existing.value = existing.value if existing.value is not None else value
                existing.growth_pct = existing.growth_pct if existing.growth_pct is not None else growth
                linked.append(item)
            else:
                text = document.text[item.start : item.end][:100]
                targets[key_t] = (
                    TargetInput(
                        unit=fact_unit, indicator=indicator, year=year, value=value, growth_pct=growth, text=text
                    ),
                    [item],
                )
        else:
            month = int((fact.get("months") or [1, 12])[1])
            key_f = (fact_unit.pk, indicator.pk, year, month)
            status = FigureStatus.ESTIMATE if fact.get("kind") == "estimate" else FigureStatus.FLASH
            if key_f in figures:
                existing_f, linked = figures[key_f]
                existing_f.value = existing_f.value if existing_f.value is not None else value
                existing_f.growth_pct = existing_f.growth_pct if existing_f.growth_pct is not None else growth
                linked.append(item)
            else:
                note = f"来自文档「{document}」"[:200]
                figures[key_f] = (
                    FigureInput(
                        unit=fact_unit,
                        indicator=indicator,
                        year=year,
                        month=month,
                        value=value,
                        growth_pct=growth,
                        status=status,
                        note=note,
                    ),
                    [item],
                )
    if errors:
        raise DomainError("未导入任何数据", errors=errors)
    source = f"docintel:{document.pk}"
    with transaction.atomic():
        if figures:
            figures_set(user=user, items=[f for f, _ in figures.values()], source=source)
        if targets:
            targets_set(user=user, items=[t for t, _ in targets.values()], source=source)
        links = []
        for (unit_id, indicator_id, year, month), (_, linked) in figures.items():
            figure = Figure.objects.get(unit_id=unit_id, indicator_id=indicator_id, year=year, month=month)
            links += [
                ImportLink(item=i, target_model="indicators.Figure", target_id=figure.pk, imported_by=user)
                for i in linked
            ]
        for (unit_id, indicator_id, year), (target_input, linked) in targets.items():
            target = Target.objects.get(unit_id=unit_id, indicator_id=indicator_id, year=year, tier=target_input.tier)
            links += [
                ImportLink(item=i, target_model="indicators.Target", target_id=target.pk, imported_by=user)
                for i in linked
            ]
        ImportLink.objects.bulk_create(links)
        document.items.filter(pk__in=[link.item_id for link in links], state=ItemState.PROPOSED).update(
            state=ItemState.ACCEPTED
        )
        document.status = DocumentStatus.IMPORTED
        document.save(update_fields=["status", "updated_at"])
    return {"figures": len(figures), "targets": len(targets), "skipped": skipped, "links": len(links)}


SHEET_FIRST_ROW = 3  # the layout's title and header rows come first
ROW_IN_MESSAGE = re.compile(r"第 (\d+) 行")


def tasks_import(*, user: Any, document: Document, year: int, dry_run: bool = False) -> dict[str, Any]:
    """Import the document's target-task table into the supervision plan of ``year``, through the
    same importer as an uploaded Excel table (every row checked first, all or nothing; a year that
    already has a table is merged, reports kept). A dropped task leaves out its rows and everything
    under it; an edited title is imported as edited. Every task created or matched is linked to the
    item it came from. ``dry_run`` checks and counts, and saves nothing.

    Errors name the document's line: 「文档第 N 行「列名」: 原因」."""
    if not task_selectors.is_office(user):
        raise PermissionDenied("只有领导小组办公室可以导入目标任务")
    if document.zone_id is None:
        raise DomainError("文档不属于任何开发区")
    nodes, resolved, node_of = task_tree(document.text)
    if not nodes:
        raise DomainError("文档中没有识别到目标任务表（表头须含「目标名称」或「工作任务」及「牵头责任单位」）")
    items = {(i.start, i.end): i for i in document.items.filter(type=ItemType.TASK)}
    item_at = [items.get((n["start"], n["end"])) for n in nodes]
    dropped: set[int] = set()
    for index, node in enumerate(nodes):
        item = item_at[index]
        parent = node["parent"] - 1 if node["parent"] else None
        if (item is not None and item.state == ItemState.DROPPED) or (parent is not None and parent in dropped):
            dropped.add(index)
    title_of = {
        index: str(item.data["title"]).strip()
        for index, item in enumerate(item_at)
        if item is not None and item.state == ItemState.EDITED and item.data.get("title")
    }
    titles = {
        id(cell): title_of[node_of[id(cell)]] for r in resolved for cell in r.chain if node_of[id(cell)] in title_of
    }
    for k, r in enumerate(resolved):
        leaf = item_at[node_of[id(r.chain[-1])]] if r.chain and r.row.section is None else None
        if leaf is not None and leaf.state == ItemState.EDITED:  # units corrected on the row's task
            resolved[k] = replace(
                r,
                lead="、".join(leaf.data.get("lead_units") or []),
                responsible="、".join(leaf.data.get("units") or []),
            )

    def keep(r: ResolvedRow) -> bool:
        return not any(node_of[id(cell)] in dropped for cell in r.chain)

    kept = [r for r in resolved if keep(r)]
    if not any(r.row.section is None for r in kept):
        raise DomainError("所有目标任务都已删除，没有可导入的内容")
    sheet = build_xlsx(sheet_rows(kept, titles=titles), title=str(document)[:100])
    lines = {SHEET_FIRST_ROW + k: r.row.line + 1 for k, r in enumerate(kept)}

    def where(message: str) -> str:
        def line_of(m: re.Match[str]) -> str:
            line = lines.get(int(m.group(1)))
            return f"文档第 {line} 行" if line else m.group(0)

        return ROW_IN_MESSAGE.sub(line_of, message)

    with transaction.atomic():
        try:
            summary = task_importers.tasks_import(
                zone=document.zone,
                year=year,
                source=BytesIO(sheet),
                user=user,
                dry_run=dry_run,
                origin=f"docintel:{document.pk}",
            )
        except DomainError as exc:
            raise DomainError(where(exc.message), errors=[where(e) for e in exc.errors], code=exc.code) from exc
        links = 0
        if not dry_run:
            links = _link_tasks(user, document, year, nodes, item_at, dropped, title_of)
    return {**summary.as_dict(), "links": links, "dry_run": dry_run}


def _task_key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _link_tasks(
    user: Any,
    document: Document,
    year: int,
    nodes: list[dict[str, Any]],
    item_at: list[ExtractedItem | None],
    dropped: set[int],
    title_of: dict[int, str],
) -> int:
    """Link each imported node's item to the task the importer made or matched for it: the same
    path of numbered titles (as edited, ``title_of`` by node index) from the section down."""
    paths: dict[tuple[str, ...], int] = {}
    for index in range(len(nodes)):
        if index in dropped or item_at[index] is None:
            continue
        path: list[str] = []
        k: int | None = index
        while k is not None:
            path.insert(0, _task_key(title_of.get(k, nodes[k]["title"])))
            k = nodes[k]["parent"] - 1 if nodes[k]["parent"] else None
        paths[tuple(path)] = index
    tasks = {t.pk: t for t in Task.objects.filter(plan__zone=document.zone, plan__year=year)}
    links: list[ImportLink] = []
    for task in tasks.values():
        path = []
        current: Task | None = task
        while current is not None:
            path.insert(0, _task_key(f"{current.number}{current.title}"))
            current = tasks.get(current.parent_id) if current.parent_id else None
        found = paths.get(tuple(path))
        item = item_at[found] if found is not None else None
        if item is not None:
            links.append(ImportLink(item=item, target_model="supervision.Task", target_id=task.pk, imported_by=user))
    ImportLink.objects.filter(item__document=document, target_model="supervision.Task").delete()
    ImportLink.objects.bulk_create(links)
    document.items.filter(pk__in=[link.item_id for link in links], state=ItemState.PROPOSED).update(
        state=ItemState.ACCEPTED
    )
    document.status = DocumentStatus.IMPORTED
    document.save(update_fields=["status", "updated_at"])
    return len(links)
