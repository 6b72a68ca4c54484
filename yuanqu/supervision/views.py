"""Pages of 督查督办: the task tree, a unit's table (一街一表), a task with its reports and cards, the
红黄牌 board with the ranking, the 五个一 calendar, the inbox and the annual assessment.
Reads go through selectors, writes through actions; a DomainError is shown as a message."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from yuanqu.core.changelog import history_for
from yuanqu.core.downloads import download
from yuanqu.core.errors import DomainError
from yuanqu.core.htmx import is_htmx
from yuanqu.org import access
from yuanqu.org.mixins import ZoneMixin as BaseZoneMixin
from yuanqu.org.models import Unit, Zone
from yuanqu.supervision import actions, evaluation, exporters, importers, selectors
from yuanqu.supervision.choices import Cadence, NodeKind, ReportKind, ReportState, TaskStatus
from yuanqu.supervision.forms import (
    ConsolidateForm,
    MeetingForm,
    PeriodForm,
    ReplyForm,
    ReportForm,
    ReviewForm,
    RuleForm,
    StatusForm,
    TaskEditForm,
    TaskImportForm,
    TreeFilterForm,
    UnitGroupForm,
)
from yuanqu.supervision.models import Meeting, Notice, Plan, Report, ReportAttachment, Task, UnitGroup


def _default_period(zone: Zone) -> tuple[int, int]:
    """This year and month; a zone whose latest plan is of an earlier year (the demo's 2021) opens on
    that plan's latest reported month instead of an empty page."""
    today = timezone.localdate()
    plan_year = Plan.objects.filter(zone=zone).aggregate(y=Max("year"))["y"]
    if plan_year is None or plan_year >= today.year:
        return today.year, today.month
    month = Report.objects.filter(task__plan__zone=zone, year=plan_year).aggregate(m=Max("month"))["m"]
    return plan_year, month or 12


class ZoneMixin(BaseZoneMixin):
    """The user's zone and the supervision period asked for (default: the plan's latest month)."""

    def period(self) -> tuple[int, int]:
        form = PeriodForm(self.request.GET)
        year, month = _default_period(self.zone())
        if form.is_valid():
            year = form.cleaned_data.get("year") or year
            month = form.cleaned_data.get("month") or month
        return year, month


class OfficeRequiredMixin(ZoneMixin):
    """The 领导小组办公室's pages: its own users, admin and statistics staff."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.user.is_authenticated and not selectors.is_office(request.user):
            raise PermissionDenied(gettext("只有领导小组办公室可以执行此操作"))
        return super().dispatch(request, *args, **kwargs)


class ManagerRequiredMixin(ZoneMixin):
    """Configuration pages (红黄牌规则, 单位组): admin and statistics staff."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.user.is_authenticated and not access.writes_zone_wide(request.user):
            raise PermissionDenied(gettext("只有系统管理员和经发局统计可以修改督查设置"))
        return super().dispatch(request, *args, **kwargs)


class IndexView(ZoneMixin, TemplateView):
    """目标任务总表: the tree, filtered by unit, section and status; HTMX gets the tree only."""

    template_name = "supervision/index.html"

    def get_template_names(self) -> list[str]:
        return ["supervision/partials/tree.html"] if is_htmx(self.request) else [self.template_name]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        form = TreeFilterForm(self.request.GET)
        cleaned = form.cleaned_data if form.is_valid() else {}
        year = cleaned.get("year") or _default_period(self.zone())[0]
        plan = selectors.plan_for(zone, year) or zone.plans.order_by("-year").first()
        unit = None
        if cleaned.get("unit"):
            unit = Unit.objects.filter(zone=zone, pk=cleaned["unit"]).first()
            if (
                unit is not None
                and not selectors.reads_all_tasks(self.request.user)
                and unit.pk != getattr(self.request.user, "unit_id", None)
            ):
                raise PermissionDenied(gettext("只能查看本单位的任务"))
        nodes = (
            selectors.filtered_tree(
                plan,
                user=self.request.user,
                unit=unit,
                section=cleaned.get("section"),
                status=cleaned.get("status", ""),
            )
            if plan
            else []
        )
        ctx.update(
            zone=zone,
            plan=plan,
            nodes=nodes,
            form=form,
            is_office=selectors.is_office(self.request.user),
            units=Unit.objects.filter(zone=zone, is_active=True).order_by("sort_order", "name")
            if selectors.reads_all_tasks(self.request.user)
            else [],
            sections=[n for n in (selectors.task_tree(plan) if plan else []) if n.kind == NodeKind.SECTION],
            statuses=TaskStatus.choices,
            selected_unit=unit,
            can_export=selectors.reads_all_tasks(self.request.user),
        )
        return ctx


class UnitTableView(ZoneMixin, TemplateView):
    """一街一表 / 一办一表: a unit's tasks with this month's report state."""

    template_name = "supervision/unit.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        unit = get_object_or_404(Unit.objects.select_related("zone"), pk=kwargs["pk"], zone=zone)
        user = self.request.user
        if not (selectors.reads_all_tasks(user) or access.can_read_unit(user, unit)):
            raise PermissionDenied(gettext("只能查看本单位的任务表"))
        year, month = self.period()
        plan = selectors.plan_for(zone, year)
        rows = selectors.unit_table(plan, unit, year, month) if plan else []
        ctx.update(zone=zone, unit=unit, year=year, month=month, rows=rows, plan=plan, months=range(1, 13))
        return ctx


class MyTableView(ZoneMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        if getattr(request.user, "unit_id", None) is None:
            raise Http404("未设置所属单位")
        return redirect(
            reverse("supervision:unit", args=[getattr(request.user, "unit_id", None)]) + "?" + request.GET.urlencode()
        )


class TaskView(ZoneMixin, TemplateView):
    """A task: its units and goals, the reports timeline, the card history, and the forms the user may use."""

    template_name = "supervision/task.html"

    def task(self) -> Task:
        task = get_object_or_404(
            Task.objects.select_related("plan", "parent", "indicator_target"),
            pk=self.kwargs["pk"],
            plan__zone=self.zone(),
        )
        if not selectors.can_read_task(self.request.user, task):
            raise PermissionDenied(gettext("只能查看本单位的任务"))
        return task

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        task = self.task()
        user = self.request.user
        year, month = self.period()
        if year != task.plan.year:
            year = task.plan.year
        duty = selectors.duties([task.pk], task.plan.zone_id).get(task.pk) or selectors.Duty()
        unit_names = {u.pk: u for u in Unit.objects.filter(pk__in=[*duty.lead, *duty.responsible])}
        my_unit = getattr(user, "unit_id", None)
        can_report = (
            access.is_reporter(user) and my_unit is not None and duty.involves(my_unit) and not task.children.exists()
        )
        can_consolidate = access.is_reporter(user) and my_unit in duty.lead and duty.consolidates
        reports = list(selectors.task_reports(task))
        by_month: dict[int, list[Report]] = defaultdict(list)
        for r in reports:
            by_month[r.month].append(r)
        ctx.update(
            task=task,
            year=year,
            month=month,
            duty=duty,
            leads=[unit_names[i] for i in duty.lead if i in unit_names],
            responsible=[unit_names[i] for i in duty.responsible if i in unit_names],
            goals=list(task.goals.all()),
            reports=reports,
            timeline=sorted(by_month.items(), reverse=True),
            evaluations=list(selectors.task_evaluations(task)[:200]),
            history=[(h, _changes(h)) for h in history_for(task)[:30]],
            can_report=can_report,
            can_consolidate=can_consolidate,
            is_office=selectors.is_office(user),
            report_form=ReportForm(initial={"unit": my_unit, "year": year, "month": month}),
            consolidate_form=ConsolidateForm(initial={"unit": my_unit, "year": year, "month": month}),
            review_form=ReviewForm(),
            status_form=StatusForm(initial={"status": task.status}),
            children=list(task.children.order_by("position")),
            States=ReportState,
            Kinds=ReportKind,
        )
        return ctx


FIELD_LABELS = {
    "status": gettext_lazy("状态"),
    "due_date": gettext_lazy("完成时限"),
    "cadence": gettext_lazy("报告频次"),
    "title": gettext_lazy("内容"),
    "number": gettext_lazy("序号"),
    "depth": gettext_lazy("层级"),
    "parent": gettext_lazy("上级"),
    "lead_units": gettext_lazy("牵头责任单位"),
    "responsible_units": gettext_lazy("责任单位"),
    "units": gettext_lazy("责任单位"),
    "kind": gettext_lazy("层级类型"),
    "note": gettext_lazy("说明"),
}
VALUE_LABELS = {**dict(TaskStatus.choices), **dict(Cadence.choices)}


def _show(value: Any) -> str:
    if value in (None, "", []):
        return "—"
    if isinstance(value, list):
        return "、".join(str(v[-1] if isinstance(v, (list, tuple)) else v) for v in value)
    return str(VALUE_LABELS.get(value, value)) if isinstance(value, str) else str(value)


def _changes(entry: Any) -> list[tuple[str, str, str]]:
    """A change-log entry as (field label, before, after) in Chinese, for the task's history."""
    keys = [k for k in entry.after if k not in ("parent", "depth")] or list(entry.before)
    return [
        (str(FIELD_LABELS.get(k, k)), _show(entry.before.get(k)), _show(entry.after.get(k)))
        for k in keys
        if k in entry.after or k in entry.before
    ]


class _TaskAction(ZoneMixin, View):
    def task(self) -> Task:
        return get_object_or_404(Task.objects.select_related("plan"), pk=self.kwargs["pk"], plan__zone=self.zone())

    def done(self, task: Task, month: int | None = None) -> HttpResponse:
        url = reverse("supervision:task", args=[task.pk])
        return redirect(f"{url}?year={task.plan.year}&month={month}" if month else url)


class ReportSubmitView(_TaskAction):
    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        task = self.task()
        form = ReportForm(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(
                request, gettext("报告填写有误：") + "；".join(str(e) for errs in form.errors.values() for e in errs)
            )
            return self.done(task)
        d = form.cleaned_data
        unit = get_object_or_404(Unit, pk=d["unit"], zone=task.plan.zone)
        try:
            actions.report_save(
                user=request.user,
                task=task,
                unit=unit,
                year=d["year"],
                month=d["month"],
                data=actions.ReportInput(d["progress"], d["progress_value"], d["problems"], d["support_needed"]),
                submit=bool(request.POST.get("submit", "1") != "0"),
                files=[d["attachment"]] if d.get("attachment") else [],
                source="web",
            )
            messages.success(request, gettext("%(month)s月报告已报送") % {"month": d["month"]})
        except DomainError as exc:
            messages.error(request, exc.message)
        return self.done(task, d["month"])


class ConsolidateView(_TaskAction):
    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        task = self.task()
        form = ConsolidateForm(request.POST)
        if not form.is_valid():
            messages.error(request, gettext("汇总填写有误"))
            return self.done(task)
        d = form.cleaned_data
        unit = get_object_or_404(Unit, pk=d["unit"], zone=task.plan.zone)
        try:
            actions.report_consolidate(
                user=request.user,
                task=task,
                unit=unit,
                year=d["year"],
                month=d["month"],
                data=actions.ReportInput(progress=d["progress"]),
                source="web",
            )
            messages.success(request, gettext("%(month)s月报告已汇总报送领导小组办公室") % {"month": d["month"]})
        except DomainError as exc:
            messages.error(request, exc.message)
        return self.done(task, d["month"])


class ReviewView(ZoneMixin, View):
    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        report = get_object_or_404(Report.objects.select_related("task__plan"), pk=pk, task__plan__zone=self.zone())
        form = ReviewForm(request.POST)
        if not form.is_valid():
            messages.error(request, gettext("审核填写有误"))
        else:
            d = form.cleaned_data
            try:
                if d["decision"] == "reopen":
                    actions.report_reopen(user=request.user, report=report, comment=d["comment"], source="web")
                    messages.success(request, gettext("报告已重新打开"))
                else:
                    actions.report_review(
                        user=request.user,
                        report=report,
                        accept=d["decision"] == "accept",
                        comment=d["comment"],
                        source="web",
                    )
                    messages.success(
                        request, gettext("报告已通过") if d["decision"] == "accept" else gettext("报告已退回")
                    )
            except DomainError as exc:
                messages.error(request, exc.message)
        url = reverse("supervision:task", args=[report.task_id])
        return redirect(f"{url}?year={report.year}&month={report.month}")


class StatusView(_TaskAction):
    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        task = self.task()
        form = StatusForm(request.POST)
        if form.is_valid():
            try:
                actions.task_set_status(user=request.user, task=task, status=form.cleaned_data["status"], source="web")
                messages.success(request, gettext("任务状态已更新"))
            except DomainError as exc:
                messages.error(request, exc.message)
        return self.done(task)


class BoardView(ZoneMixin, TemplateView):
    """红黄牌评估: unit cards of a month, the ranking and the 排名靠后 list; the office re-runs it."""

    template_name = "supervision/board.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        year, month = self.period()
        user = self.request.user
        evals = list(selectors.unit_evaluations(zone, year, month))
        if not selectors.reads_all_tasks(user):
            evals = [e for e in evals if e.unit_id == getattr(user, "unit_id", None)]
        ctx.update(
            zone=zone,
            year=year,
            month=month,
            evals=evals,
            release=evaluation.release_for(zone, year, month),
            bottom=[e for e in evals if e.is_bottom],
            is_office=selectors.is_office(user),
            months=range(1, 13),
        )
        return ctx

    def post(self, request: HttpRequest) -> HttpResponse:
        if not selectors.is_office(request.user):
            raise PermissionDenied(gettext("只有领导小组办公室可以进行月度评估"))
        year, month = int(request.POST.get("year", 0) or 0), int(request.POST.get("month", 0) or 0)
        if not (2000 <= year <= 2100 and 1 <= month <= 12):
            messages.error(request, gettext("评估月份无效"))
        elif request.POST.get("publish"):
            try:
                actions.evaluation_publish(user=request.user, zone=self.zone(), year=year, month=month, source="web")
                messages.success(
                    request,
                    gettext("%(year)s年%(month)s月评估已发布，结果不再随报告变化") % {"year": year, "month": month},
                )
            except DomainError as exc:
                messages.error(request, exc.message)
        else:
            try:
                n = evaluation.evaluate_month(zone=self.zone(), year=year, month=month, today=timezone.localdate())
                messages.success(
                    request, gettext("%(year)s年%(month)s月评估完成：%(n)s 项") % {"year": year, "month": month, "n": n}
                )
            except DomainError as exc:
                messages.error(request, exc.message)
        return redirect(f"{reverse('supervision:board')}?year={year}&month={month}")


class AnnualView(ZoneMixin, TemplateView):
    template_name = "supervision/annual.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        year, _m = self.period()
        scores = list(exporters.annual_scores(zone, year))
        if not selectors.reads_all_tasks(self.request.user):
            scores = [s for s in scores if s.unit_id == getattr(self.request.user, "unit_id", None)]
        ctx.update(zone=zone, year=year, scores=scores, is_office=selectors.is_office(self.request.user))
        return ctx

    def post(self, request: HttpRequest) -> HttpResponse:
        if not selectors.is_office(request.user):
            raise PermissionDenied(gettext("只有领导小组办公室可以进行年度考核"))
        year = int(request.POST.get("year") or _default_period(self.zone())[0])
        evaluation.annual_assess(zone=self.zone(), year=year)
        messages.success(request, gettext("%(year)s年度考核已计算") % {"year": year})
        return redirect(f"{reverse('supervision:annual')}?year={year}")


class AnnualExportView(ZoneMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        if not selectors.reads_all_tasks(request.user):
            raise PermissionDenied(gettext("无权导出年度考核"))
        year = int(request.GET.get("year") or _default_period(self.zone())[0])
        data = exporters.annual_xlsx(exporters.annual_scores(self.zone(), year), year)
        return download(data, filename=f"{year}年年度考核.xlsx", ascii_fallback=f"annual-{year}.xlsx")


class ExportView(ZoneMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        if not selectors.reads_all_tasks(request.user):
            raise PermissionDenied(gettext("无权导出目标任务总表"))
        year = int(request.GET.get("year") or _default_period(self.zone())[0])
        plan = selectors.plan_for(self.zone(), year)
        if plan is None:
            raise Http404("该年度没有目标任务总表")
        return download(
            exporters.tasks_xlsx(plan), filename=f"{year}年目标任务总表.xlsx", ascii_fallback=f"tasks-{year}.xlsx"
        )


class CalendarView(ZoneMixin, TemplateView):
    """五个一 calendar of the year; the office generates it and records minutes."""

    template_name = "supervision/calendar.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        zone = self.zone()
        year, _m = self.period()
        ctx.update(
            zone=zone,
            year=year,
            meetings=list(selectors.meetings(zone, year)),
            is_office=selectors.is_office(self.request.user),
            form=MeetingForm(),
        )
        return ctx

    def post(self, request: HttpRequest) -> HttpResponse:
        year = int(request.POST.get("year") or _default_period(self.zone())[0])
        try:
            n = actions.meetings_generate(zone=self.zone(), year=year, user=request.user, source="web")
            messages.success(request, gettext("已生成 %(n)s 项五个一日程") % {"n": n})
        except DomainError as exc:
            raise PermissionDenied(exc.message) from exc
        return redirect(f"{reverse('supervision:calendar')}?year={year}")


class MeetingView(OfficeRequiredMixin, View):
    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        meeting = get_object_or_404(Meeting, pk=pk, zone=self.zone())
        form = MeetingForm(request.POST)
        if form.is_valid():
            d = form.cleaned_data
            task = Task.objects.filter(pk=d["task"], plan__zone=meeting.zone).first() if d.get("task") else None
            try:
                actions.meeting_record(
                    user=request.user,
                    meeting=meeting,
                    minutes=d["minutes"],
                    decision=d["decision"],
                    task=task,
                    task_status=d["task_status"],
                    task_due=d["task_due"],
                    source="web",
                )
                messages.success(request, gettext("纪要已保存"))
            except DomainError as exc:
                messages.error(request, exc.message)
        return redirect(f"{reverse('supervision:calendar')}?year={meeting.year}")


class InboxView(ZoneMixin, TemplateView):
    template_name = "supervision/inbox.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        ctx.update(notices=list(selectors.inbox(self.request.user)[:200]), reply_form=ReplyForm())
        return ctx


class NoticeReplyView(ZoneMixin, View):
    def post(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        notice = get_object_or_404(Notice, pk=pk, zone=self.zone())
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                actions.notice_reply(user=request.user, notice=notice, text=form.cleaned_data["reply"], source="web")
                messages.success(request, gettext("已回复"))
            except DomainError as exc:
                raise PermissionDenied(exc.message) from exc
        return redirect("supervision:inbox")


class TaskImportView(OfficeRequiredMixin, View):
    """导入目标任务总表: check first (dry run, on by default), then import every row or none.

    A year that already has a table is merged: reports stay on their tasks (see importers)."""

    template_name = "supervision/import.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        form = TaskImportForm(initial={"year": _default_period(self.zone())[0], "dry_run": True})
        return render(request, self.template_name, {"form": form})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = TaskImportForm(request.POST, request.FILES)
        ctx: dict[str, Any] = {"form": form}
        if form.is_valid():
            d = form.cleaned_data
            try:
                summary = importers.tasks_import(
                    zone=self.zone(),
                    year=d["year"],
                    source=d["file"],
                    user=request.user,
                    dry_run=d["dry_run"],
                    origin="web",
                )
            except DomainError as exc:
                ctx["errors"] = exc.errors or [exc.message]
            else:
                ctx["summary"] = summary.labelled()
                ctx["year"] = d["year"]
                ctx["dry_run"] = d["dry_run"]
                if d["dry_run"]:
                    messages.info(request, gettext("检查通过，未保存。取消勾选“仅检查，不保存”后再次上传即可导入。"))
                else:
                    messages.success(request, gettext("%(year)s年目标任务总表已导入。") % {"year": d["year"]})
        return render(request, self.template_name, ctx)


def _members(values: list[str], zone: Zone) -> list[Unit | UnitGroup]:
    """Chosen "u:3"/"g:1" values as units and groups of the zone, in the order chosen."""
    unit_ids = [int(v[2:]) for v in values if v.startswith("u:")]
    group_ids = [int(v[2:]) for v in values if v.startswith("g:")]
    units = Unit.objects.filter(zone=zone).in_bulk(unit_ids)
    groups = UnitGroup.objects.filter(zone=zone).in_bulk(group_ids)
    out: list[Unit | UnitGroup] = []
    for v in values:
        found = units.get(int(v[2:])) if v.startswith("u:") else groups.get(int(v[2:]))
        if found is not None:
            out.append(found)
    return out


class TaskEditView(OfficeRequiredMixin, View):
    """调整任务: wording, deadline, cadence, lead and responsible units; recorded in the history."""

    template_name = "supervision/task_edit.html"

    def task(self) -> Task:
        return get_object_or_404(Task.objects.select_related("plan"), pk=self.kwargs["pk"], plan__zone=self.zone())

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        task = self.task()
        units = list(task.task_units.order_by("role", "position"))
        initial = {
            "title": task.title,
            "due_date": task.due_date,
            "cadence": task.cadence,
            "lead": [f"u:{tu.unit_id}" if tu.unit_id else f"g:{tu.group_id}" for tu in units if tu.role == "lead"],
            "responsible": [
                f"u:{tu.unit_id}" if tu.unit_id else f"g:{tu.group_id}" for tu in units if tu.role == "responsible"
            ],
        }
        form = TaskEditForm(initial=initial, zone=task.plan.zone)
        return render(request, self.template_name, {"task": task, "form": form})

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        task = self.task()
        form = TaskEditForm(request.POST, zone=task.plan.zone)
        if form.is_valid():
            d = form.cleaned_data
            try:
                actions.task_update(
                    user=request.user,
                    task=task,
                    title=d["title"],
                    due_date=d["due_date"],
                    clear_due_date=d["due_date"] is None,
                    cadence=d["cadence"],
                    lead=_members(d["lead"], task.plan.zone),
                    responsible=_members(d["responsible"], task.plan.zone),
                    source="web",
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, gettext("任务已调整"))
                return redirect("supervision:task", pk=task.pk)
        return render(request, self.template_name, {"task": task, "form": form}, status=400)


class SettingsView(ManagerRequiredMixin, View):
    """督查设置: the zone's 红黄牌 rules and its unit groups."""

    template_name = "supervision/settings.html"

    def _ctx(self, form: RuleForm | None = None) -> dict[str, Any]:
        zone = self.zone()
        rule = evaluation.rule_for(zone)
        if form is None:
            form = RuleForm(initial={f: getattr(rule, f) for f in RuleForm.base_fields})
        members = selectors.group_members(zone)
        names = dict(Unit.objects.filter(zone=zone).values_list("pk", "name"))
        groups = [
            (g, sorted(names.get(pk, "") for pk in members.get(g.pk, set())))
            for g in UnitGroup.objects.filter(zone=zone).order_by("name")
        ]
        return {"zone": zone, "form": form, "groups": groups}

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, self._ctx())

    def post(self, request: HttpRequest) -> HttpResponse:
        form = RuleForm(request.POST)
        if form.is_valid():
            try:
                actions.evaluation_rule_save(user=request.user, zone=self.zone(), source="web", **form.cleaned_data)
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, gettext("红黄牌规则已保存，下次评估起生效（已发布的月份不变）"))
                return redirect("supervision:settings")
        return render(request, self.template_name, self._ctx(form), status=400)


class UnitGroupEditView(ManagerRequiredMixin, View):
    """A unit group's name, aliases, rule and listed members; ``pk`` 0 adds a group."""

    template_name = "supervision/group_edit.html"

    def group(self) -> UnitGroup | None:
        if not self.kwargs["pk"]:
            return None
        return get_object_or_404(UnitGroup, pk=self.kwargs["pk"], zone=self.zone())

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        group = self.group()
        initial = {}
        if group is not None:
            initial = {
                "name": group.name,
                "aliases": "、".join(group.aliases),
                "rule": group.rule,
                "members": list(group.members.all()),
            }
        form = UnitGroupForm(initial=initial, zone=self.zone())
        return render(request, self.template_name, {"group": group, "form": form})

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        group = self.group()
        form = UnitGroupForm(request.POST, zone=self.zone())
        if form.is_valid():
            d = form.cleaned_data
            try:
                actions.unit_group_save(
                    user=request.user,
                    zone=self.zone(),
                    group=group,
                    name=d["name"],
                    rule=d["rule"],
                    aliases=d["aliases"],
                    members=list(d["members"]),
                    source="web",
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, gettext("单位组「%(name)s」已保存") % {"name": d["name"]})
                return redirect("supervision:settings")
        return render(request, self.template_name, {"group": group, "form": form}, status=400)


class AttachmentDownloadView(ZoneMixin, View):
    """A report's attachment, for those who may read the report (files are never served from /media/)."""

    def get(self, request: HttpRequest, pk: int) -> FileResponse:
        attachment = (
            ReportAttachment.objects.filter(pk=pk, report__in=selectors.reports_for(request.user))
            .select_related("report")
            .first()
        )
        if attachment is None or not attachment.file:
            raise Http404("附件不存在或无权查看")
        return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.name)
