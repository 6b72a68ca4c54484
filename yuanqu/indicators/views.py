"""Pages of economic operations: overview, indicator, unit (一街一表), ranking, 红黄牌, monthly
entry, figure history, Excel import and targets. Reads go through selectors, writes through actions."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from yuanqu.core import money
from yuanqu.core.changelog import history_for
from yuanqu.core.errors import DomainError
from yuanqu.core.htmx import is_htmx
from yuanqu.core.periods import period_label
from yuanqu.indicators import actions, selectors
from yuanqu.indicators.forms import EntryForm, EntryPeriodForm, ImportForm, PeriodForm, TargetForm
from yuanqu.indicators.models import Figure, Indicator
from yuanqu.org import access
from yuanqu.org.choices import UnitType
from yuanqu.org.mixins import ZoneMixin as BaseZoneMixin
from yuanqu.org.models import Unit, Zone


class ZoneMixin(BaseZoneMixin):
    """Resolves the user's zone and the requested 1-N月 period (default: the latest with data)."""

    def period(self, unit: Unit | None) -> tuple[int, int | None]:
        form = PeriodForm(self.request.GET)
        year = month = None
        if form.is_valid():
            year, month = form.cleaned_data.get("year"), form.cleaned_data.get("month")
        latest = selectors.latest_period(unit) if unit else None
        if year is None:
            year = latest[0] if latest else timezone.localdate().year
            if month is None and latest:
                month = latest[1]
        elif month is None and latest and latest[0] == year:
            month = latest[1]
        return year, month


class WriterRequiredMixin(ZoneMixin):
    """Pages that change figures: statistics staff, admins, and unit reporters (own unit only)."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        user = request.user
        if user.is_authenticated and not (access.writes_zone_wide(user) or access.is_reporter(user)):
            raise PermissionDenied(gettext("当前角色只能查看，不能填报或导入"))
        return super().dispatch(request, *args, **kwargs)


class ManagerRequiredMixin(ZoneMixin):
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.user.is_authenticated and not access.can_manage_catalogue(request.user):
            raise PermissionDenied(gettext("只有系统管理员和经发局统计可以维护目标"))
        return super().dispatch(request, *args, **kwargs)


def _chart_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=lambda d: float(d) if isinstance(d, Decimal) else str(d))


class OverviewView(ZoneMixin, TemplateView):
    """The home page: every indicator of the zone (a reporter: their unit) against target and time."""

    template_name = "indicators/overview.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        unit = selectors.home_unit(self.request.user, zone)
        if unit is None:
            raise PermissionDenied(gettext("当前账号未分配单位"))
        year, month = self.period(unit)
        cards = selectors.unit_cards(unit=unit, year=year, month=month)
        ctx.update(
            zone=zone,
            unit=unit,
            year=year,
            month=month,
            cards=cards,
            counts=selectors.card_counts(cards),
            period=period_label(month) if month else "",
            sparks=_chart_json({c.indicator.code: c.spark for c in cards if c.month}),
            period_form=PeriodForm(initial={"year": year, "month": month}),
        )
        return ctx


class IndicatorView(ZoneMixin, TemplateView):
    """One indicator: this year against last year by month, and every unit's standing."""

    template_name = "indicators/indicator.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        indicator = get_object_or_404(Indicator, code=kwargs["code"])
        zone = self.zone()
        unit = selectors.home_unit(self.request.user, zone)
        if unit is None:
            raise PermissionDenied(gettext("当前账号未分配单位"))
        year, month = self.period(unit)
        points = selectors.indicator_series(unit=unit, indicator=indicator, year=year)
        rows = []
        if month:
            rows = list(
                selectors.assessments_for(
                    user=self.request.user, zone=zone, year=year, month=month, indicator=indicator
                ).order_by(F("rank_growth").asc(nulls_last=True), "unit__sort_order")
            )
            rows.sort(key=lambda a: a.unit.type != UnitType.ZONE)  # the zone total first, then by rank
        ctx.update(
            zone=zone,
            unit=unit,
            indicator=indicator,
            year=year,
            month=month,
            points=points,
            rows=rows,
            period=period_label(month) if month else "",
            chart=_chart_json(
                {
                    "months": [gettext("%(month)s月") % {"month": p.month} for p in points],
                    "this": [p.this_year for p in points],
                    "last": [p.last_year for p in points],
                    "growth": [p.growth_pct for p in points],
                    "unit": indicator.unit,
                    "labels": [str(year), str(year - 1)],
                }
            ),
            period_form=PeriodForm(initial={"year": year, "month": month}),
        )
        return ctx


class UnitListView(ZoneMixin, TemplateView):
    template_name = "indicators/unit_list.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        units = selectors.units_for(self.request.user, zone)
        kind = self.request.GET.get("type", "")
        if kind:
            units = units.filter(type=kind)
        ctx.update(zone=zone, units=units, types=UnitType.choices, type=kind)
        return ctx

    def get_template_names(self) -> list[str]:
        if is_htmx(self.request):
            return ["indicators/partials/unit_table.html"]
        return [self.template_name]


class UnitView(ZoneMixin, TemplateView):
    """一街一表: a unit's targets and figures for a year, with each indicator's card."""

    template_name = "indicators/unit.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        unit = selectors.units_for(self.request.user, zone).filter(pk=kwargs["pk"]).first()
        if unit is None:
            raise Http404("单位不存在或无权查看")
        year, month = self.period(unit)
        cards = selectors.unit_cards(unit=unit, year=year, month=month)
        targets = selectors.targets_for(user=self.request.user, zone=zone, year=year, unit=unit)
        by_indicator: dict[int, dict[str, Any]] = {}
        for t in targets:
            by_indicator.setdefault(t.indicator_id, {})[t.tier] = t
        figures = Figure.objects.filter(unit=unit, year=year).only("indicator_id", "month", "value", "growth_pct")
        grid: dict[int, dict[int, Figure]] = {}
        for f in figures:
            grid.setdefault(f.indicator_id, {})[f.month] = f
        rows = []
        for c in cards:
            months = [grid.get(c.indicator.pk, {}).get(m) for m in range(1, 13)]
            rows.append({"card": c, "targets": by_indicator.get(c.indicator.pk, {}), "months": months})
        ctx.update(
            zone=zone,
            unit=unit,
            year=year,
            month=month,
            rows=rows,
            month_numbers=range(1, 13),
            can_write=access.can_write_unit(self.request.user, unit),
            period_form=PeriodForm(initial={"year": year, "month": month}),
        )
        return ctx


class RankingView(ZoneMixin, TemplateView):
    """Units ranked by growth or by completion for one indicator and month."""

    template_name = "indicators/ranking.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.user.is_authenticated and not access.reads_zone_wide(request.user):
            raise PermissionDenied(gettext("排名涉及其他单位数据，单位填报账号无权查看"))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        total = selectors.zone_total_unit(zone)
        year, month = self.period(total)
        all_indicators = list(selectors.indicators())
        code = self.request.GET.get("indicator") or (all_indicators[0].code if all_indicators else "")
        indicator = next((i for i in all_indicators if i.code == code), None)
        by = "completion" if self.request.GET.get("by") == "completion" else "growth"
        rows = []
        if indicator and month:
            rows = selectors.ranking(
                user=self.request.user, zone=zone, year=year, month=month, indicator=indicator, by=by
            )
        ctx.update(
            zone=zone,
            year=year,
            month=month,
            indicators=all_indicators,
            indicator=indicator,
            by=by,
            rows=rows,
            period=period_label(month) if month else "",
        )
        return ctx

    def get_template_names(self) -> list[str]:
        if is_htmx(self.request):
            return ["indicators/partials/ranking_table.html"]
        return [self.template_name]


class CardsView(ZoneMixin, TemplateView):
    """The month's red and yellow list (a reporter sees only their own unit's cards)."""

    template_name = "indicators/cards.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        unit = selectors.home_unit(self.request.user, zone)
        year, month = self.period(unit)
        rows = list(selectors.carded(user=self.request.user, zone=zone, year=year, month=month)) if month else []
        ctx.update(
            zone=zone,
            year=year,
            month=month,
            rows=rows,
            period=period_label(month) if month else "",
            period_form=PeriodForm(initial={"year": year, "month": month}),
        )
        return ctx


class EntryView(WriterRequiredMixin, View):
    """Monthly entry of a unit's 1-N月 figures. Flags a cumulative value below last month's (refused)
    and a jump beyond the configured threshold (saved only once confirmed)."""

    template_name = "indicators/entry.html"

    def _setup(self, request: HttpRequest) -> tuple[Zone, Any, EntryPeriodForm]:
        zone = self.zone()
        units = Unit.objects.filter(zone=zone, is_active=True)
        if not access.writes_zone_wide(request.user):
            units = units.filter(pk=getattr(request.user, "unit_id", None) or 0)
        unit = units.first()
        year, month = selectors.next_entry_period(unit, today=timezone.localdate())
        initial = {"unit": unit, "year": year, "month": month}
        data = request.GET if "unit" in request.GET else None
        period_form = EntryPeriodForm(data, units=units, initial=initial)
        return zone, units, period_form

    def _period(self, period_form: EntryPeriodForm) -> tuple[Unit, int, int]:
        if period_form.is_bound and period_form.is_valid():
            d = period_form.cleaned_data
            return d["unit"], d["year"], d["month"]
        if period_form.is_bound:
            raise Http404("填报单位或期间无效")
        i = period_form.initial
        if i["unit"] is None:
            raise PermissionDenied(gettext("当前账号未分配可填报的单位"))
        return i["unit"], i["year"], i["month"]

    def _form(self, unit: Unit, year: int, month: int, data: Any = None) -> tuple[EntryForm, dict[int, Any]]:
        inds = [i for i in selectors.indicators() if i.reports_month(month)]
        existing = {f.indicator_id: f for f in Figure.objects.filter(unit=unit, year=year, month=month)}
        previous: dict[int, Figure] = {}
        for f in Figure.objects.filter(unit=unit, year=year, month__lt=month).order_by("month"):
            previous[f.indicator_id] = f
        initial_rows = {}
        for ind in inds:
            current = existing.get(ind.pk)
            if current:
                initial_rows[ind.pk] = {
                    "value": money.quantize(money.from_base(current.value, ind.unit), 6),
                    "month_value": money.quantize(money.from_base(current.month_value, ind.unit), 6),
                    "prior_value": money.quantize(money.from_base(current.prior_value, ind.unit), 6),
                    "growth_pct": None if current.growth_derived else current.growth_pct,
                }
        form = EntryForm(data, indicators=inds, initial_rows=initial_rows)
        return form, previous

    def _render(self, request: HttpRequest, **ctx: Any) -> HttpResponse:
        form: EntryForm = ctx["form"]
        previous: dict[int, Figure] = ctx["previous"]
        rows = []
        flags = ctx.get("flags", {})
        for row in form.bound_rows():
            ind = row["indicator"]
            last = previous.get(ind.pk)
            row["previous"] = (
                gettext("1-%(month)s月 %(value)s")
                % {"month": last.month, "value": money.fmt_display(last.value, ind.unit, ind.decimals)}
                if last and last.value is not None
                else ""
            )
            row["flags"] = flags.get(ind.pk, [])
            rows.append(row)
        ctx["rows"] = rows
        ctx["period"] = period_label(ctx["month"])
        return render(request, self.template_name, ctx)

    def get(self, request: HttpRequest) -> HttpResponse:
        zone, units, period_form = self._setup(request)
        unit, year, month = self._period(period_form)
        if not access.can_write_unit(request.user, unit):
            raise PermissionDenied(gettext("无权填报该单位"))
        form, previous = self._form(unit, year, month)
        return self._render(
            request, zone=zone, unit=unit, year=year, month=month, form=form, period_form=period_form, previous=previous
        )

    def post(self, request: HttpRequest) -> HttpResponse:
        zone, units, _ = self._setup(request)
        period_form = EntryPeriodForm(request.POST, units=units)
        if not period_form.is_valid():
            raise PermissionDenied(gettext("无权填报该单位或期间无效"))
        unit, year, month = (period_form.cleaned_data[k] for k in ("unit", "year", "month"))
        if not access.can_write_unit(request.user, unit):
            raise PermissionDenied(gettext("无权填报该单位"))
        form, previous = self._form(unit, year, month, data=request.POST)
        ctx = {
            "zone": zone,
            "unit": unit,
            "year": year,
            "month": month,
            "form": form,
            "period_form": period_form,
            "previous": previous,
        }
        if not form.is_valid():
            return self._render(request, **ctx)
        items = []
        flags: dict[int, list[str]] = {}
        decreasing = False
        threshold = Decimal(str(settings.YUANQU_ENTRY_JUMP_THRESHOLD_PCT))
        for row in form.rows():
            ind = row["indicator"]
            item = actions.FigureInput(
                unit=unit,
                indicator=ind,
                year=year,
                month=month,
                value=money.to_base(row["value"], ind.unit),
                month_value=money.to_base(row["month_value"], ind.unit),
                prior_value=money.to_base(row["prior_value"], ind.unit),
                growth_pct=row["growth_pct"],
                status=form.cleaned_data["status"],
            )
            prev = previous.get(ind.pk)
            if prev and prev.value and item.value is not None and ind.kind in ("flow", "count"):
                if item.value < prev.value:
                    decreasing = True
                    flags.setdefault(ind.pk, []).append(
                        gettext("累计值低于1-%(month)s月的%(value)s")
                        % {"month": prev.month, "value": money.fmt_display(prev.value, ind.unit, ind.decimals)}
                    )
                elif prev.value > 0 and (item.value - prev.value) / prev.value * 100 > threshold:
                    flags.setdefault(ind.pk, []).append(
                        gettext("较1-%(month)s月增加%(pct)s%%，超过%(threshold)s%%的提示阈值")
                        % {
                            "month": prev.month,
                            "pct": money.fmt((item.value - prev.value) / prev.value * 100, 1),
                            "threshold": money.fmt(threshold, 0),
                        }
                    )
            items.append(item)
        if decreasing or (flags and not form.cleaned_data.get("confirm_jumps")):
            ctx["flags"] = flags
            ctx["needs_confirm"] = not decreasing
            messages.error(
                request,
                gettext("有数据需要核对，尚未保存。") if not decreasing else gettext("累计值不能低于上月，尚未保存。"),
            )
            return self._render(request, **ctx)
        if not items:
            messages.error(request, gettext("没有填写任何数据。"))
            return self._render(request, **ctx)
        try:
            result = actions.figures_set(user=request.user, items=items, source="entry")
        except DomainError as exc:
            ctx["errors"] = exc.errors or [exc.message]
            return self._render(request, **ctx)
        messages.success(
            request,
            gettext("已保存%(unit)s%(year)s年%(period)s数据：新增%(created)s项，修改%(updated)s项。")
            % {
                "unit": unit,
                "year": year,
                "period": period_label(month),
                "created": result.created,
                "updated": result.updated,
            },
        )
        url = reverse("indicators:entry") + f"?unit={unit.pk}&year={year}&month={month}"
        return redirect(url)


class FigureView(ZoneMixin, TemplateView):
    """A figure and its history: every change with who, when, before and after."""

    template_name = "indicators/figure.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        figure = selectors.figures_for(user=self.request.user).filter(pk=kwargs["pk"]).first()
        if figure is None:
            raise Http404("数据不存在或无权查看")
        ind = figure.indicator
        history = []
        for log in history_for(figure):
            history.append(
                {
                    "log": log,
                    "changes": [
                        (
                            # the labels are Chinese for import errors; each is also marked elsewhere
                            gettext(actions.FIELD_LABELS.get(k, k)),
                            _show(log.before.get(k), k, ind),
                            _show(log.after.get(k), k, ind),
                        )
                        for k in sorted(set(log.before) | set(log.after))
                    ],
                }
            )
        ctx.update(
            figure=figure,
            indicator=ind,
            history=history,
            period=period_label(figure.month),
            value=money.fmt_display(figure.value, ind.unit, ind.decimals),
            prior=money.fmt_display(figure.prior_value, ind.unit, ind.decimals),
            month_value=money.fmt_display(figure.month_value, ind.unit, ind.decimals),
        )
        return ctx


def _show(raw: Any, key: str, indicator: Indicator) -> str:
    if raw is None or raw == "":
        return "—"
    if key in ("value", "month_value", "prior_value"):
        return f"{money.fmt_display(Decimal(str(raw)), indicator.unit, indicator.decimals)} {indicator.unit}"
    return str(raw)


class ImportView(WriterRequiredMixin, View):
    """Upload a statistics workbook: check first (dry run), then import all rows or none."""

    template_name = "indicators/import.html"

    def _units(self) -> Any:
        zone = self.zone()
        units = Unit.objects.filter(zone=zone)
        if not access.writes_zone_wide(self.request.user):
            units = units.filter(pk=getattr(self.request.user, "unit_id", None) or 0)
        return units

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": ImportForm(units=self._units())})

    def post(self, request: HttpRequest) -> HttpResponse:
        from yuanqu.indicators.importers import import_workbook

        form = ImportForm(request.POST, request.FILES, units=self._units())
        ctx: dict[str, Any] = {"form": form}
        if form.is_valid():
            d = form.cleaned_data
            try:
                summary = import_workbook(
                    d["file"],
                    user=request.user,
                    year=d.get("year"),
                    month=d.get("month"),
                    unit=d.get("unit"),
                    dry_run=d.get("dry_run", False),
                    zone=self.zone(),
                )
            except DomainError as exc:
                ctx["errors"] = exc.errors or [exc.message]
            else:
                ctx["summary"] = summary.as_dict()
                if d.get("dry_run"):
                    messages.info(request, gettext("检查通过，未保存。取消勾选“仅检查”后再次提交即可导入。"))
                else:
                    messages.success(request, gettext("导入完成。"))
        return render(request, self.template_name, ctx)


class TargetListView(ZoneMixin, TemplateView):
    """Annual targets of the year (预期/拼搏, with their 牵头责任单位); managers can set one."""

    template_name = "indicators/targets.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        year, _m = self.period(selectors.home_unit(self.request.user, zone))
        targets = selectors.targets_for(user=self.request.user, zone=zone, year=year).order_by(
            "unit__sort_order", "indicator__sort_order", "tier"
        )
        rows = [{"t": t, "value": money.fmt_display(t.value, t.indicator.unit, t.indicator.decimals)} for t in targets]
        ctx.update(zone=zone, year=year, rows=rows)
        if access.can_manage_catalogue(self.request.user):
            ctx["form"] = kwargs.get("form") or TargetForm(units=Unit.objects.filter(zone=zone), initial={"year": year})
        return ctx


class TargetSetView(ManagerRequiredMixin, View):
    def post(self, request: HttpRequest) -> HttpResponseBase:
        zone = self.zone()
        form = TargetForm(request.POST, units=Unit.objects.filter(zone=zone))
        if form.is_valid():
            d = form.cleaned_data
            try:
                actions.target_set(
                    user=request.user,
                    unit=d["unit"],
                    indicator=d["indicator"],
                    year=d["year"],
                    tier=d["tier"],
                    value=money.to_base(d["value"], d["indicator"].unit),
                    growth_pct=d["growth_pct"],
                    lead_unit=d["lead_unit"],
                    source="form",
                )
            except DomainError as exc:
                form.add_error(None, exc.errors[0] if exc.errors else exc.message)
            else:
                messages.success(request, gettext("目标已保存。"))
                return redirect(reverse("indicators:targets") + f"?year={d['year']}")
        view = TargetListView.as_view()
        response = view(request, form=form)
        response.status_code = 400
        return response
