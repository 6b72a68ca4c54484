"""Pages of document intelligence: upload, review (text with highlights beside the item list, edit
or drop items through HTMX) and import."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views import View

from yuanqu.core.errors import DomainError
from yuanqu.docintel import actions, selectors
from yuanqu.docintel.choices import ItemType
from yuanqu.docintel.forms import FactForm, TaskForm, TaskImportForm, UploadForm
from yuanqu.docintel.models import Document, ExtractedItem
from yuanqu.org.choices import UnitType
from yuanqu.org.mixins import ZoneMixin as BaseZoneMixin
from yuanqu.org.models import Unit


class ZoneMixin(BaseZoneMixin):
    """The user's zone and its documents."""

    def document(self, pk: int) -> Document:
        return get_object_or_404(Document, pk=pk, zone=self.zone())


class IndexView(ZoneMixin, View):
    """The zone's documents and the upload form."""

    def get(self, request: HttpRequest) -> HttpResponse:
        return self._render(request, UploadForm())

    def post(self, request: HttpRequest) -> HttpResponse:
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > actions.max_bytes():
                form.add_error(
                    "file", gettext("文件过大：上限 %(mb)s MB") % {"mb": f"{actions.max_bytes() / 1024 / 1024:.0f}"}
                )
            else:
                try:
                    document = actions.document_upload(
                        user=request.user, zone=self.zone(), filename=upload.name, data=upload.read()
                    )
                except DomainError as exc:
                    form.add_error("file", exc.message)
                else:
                    return redirect("docintel:review", pk=document.pk)
        return self._render(request, form, status=400)

    def _render(self, request: HttpRequest, form: UploadForm, status: int = 200) -> HttpResponse:
        context = {"form": form, "documents": selectors.documents_for_zone(self.zone())}
        return render(request, "docintel/index.html", context, status=status)


class ReviewView(ZoneMixin, View):
    """The text with every item highlighted, the items beside it, and the import form."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = self.document(pk)
        items = list(selectors.document_items(document))
        units = Unit.objects.filter(zone=document.zone, is_active=True).order_by("sort_order", "name")
        context = {
            "document": document,
            "pieces": selectors.highlighted(document, items),
            "facts": [i for i in items if i.type == ItemType.FACT],
            "tasks": [i for i in items if i.type == ItemType.TASK],
            "others": [i for i in items if i.type not in (ItemType.FACT, ItemType.TASK)],
            "units": units,
            "default_unit": units.filter(type=UnitType.ZONE).first(),
            "task_form": TaskImportForm(initial={"year": _plan_year(document), "dry_run": True}),
        }
        return render(request, "docintel/review.html", context)


class ItemView(ZoneMixin, View):
    """POST: correct a fact (the form's fields) or set its state (``state``); answers the item's row."""

    def post(self, request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
        item = get_object_or_404(ExtractedItem, pk=item_pk, document=self.document(pk))
        error = ""
        try:
            if "state" in request.POST:
                actions.item_update(user=request.user, item=item, state=request.POST["state"])
            elif item.type == ItemType.TASK:
                task_form = TaskForm(request.POST)
                if task_form.is_valid():
                    actions.item_update(user=request.user, item=item, data=dict(task_form.cleaned_data))
                else:
                    error = "；".join(
                        f"{task_form.fields[k].label}: {', '.join(str(e) for e in v)}"
                        for k, v in task_form.errors.items()
                    )
            else:
                form = FactForm(request.POST)
                if form.is_valid():
                    data = dict(form.cleaned_data)
                    actions.item_update(user=request.user, item=item, data=data)
                else:
                    error = "；".join(
                        f"{form.fields[k].label}: {', '.join(str(e) for e in v)}" for k, v in form.errors.items()
                    )
        except DomainError as exc:
            error = "；".join([exc.message, *exc.errors])
        return render(request, "docintel/partials/item.html", {"item": item, "document": item.document, "error": error})


class ImportView(ZoneMixin, View):
    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = self.document(pk)
        unit = get_object_or_404(Unit, pk=request.POST.get("unit"), zone=document.zone)
        try:
            result = actions.items_import(user=request.user, document=document, unit=unit)
        except DomainError as exc:
            messages.error(request, "；".join([exc.message, *exc.errors]))
        else:
            messages.success(
                request,
                gettext(
                    "已导入 %(figures)s 条数据、%(targets)s 条目标到「%(unit)s」；%(skipped)s 条不在指标目录中，未导入"
                )
                % {
                    "figures": result["figures"],
                    "targets": result["targets"],
                    "unit": unit,
                    "skipped": result["skipped"],
                },
            )
        return redirect("docintel:review", pk=document.pk)


def _plan_year(document: Document) -> int | None:
    """The year a document's task table is for: the last year it names (a plan names the coming
    year after the one it reviews), else its 文号's year."""
    years = document.metadata.get("years") or []
    if years:
        return int(years[-1])
    parts = document.metadata.get("doc_number_parts") or {}
    return int(parts["year"]) if parts.get("year") else None


class TaskImportView(ZoneMixin, View):
    """POST: import the document's target-task table into the year's supervision tasks (a check
    first when 仅检查 is ticked); the result or the errors come back as messages on the review page."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = self.document(pk)
        form = TaskImportForm(request.POST)
        if not form.is_valid():
            messages.error(
                request,
                "；".join(f"{form.fields[k].label}: {', '.join(str(e) for e in v)}" for k, v in form.errors.items()),
            )
            return redirect("docintel:review", pk=document.pk)
        year, dry_run = form.cleaned_data["year"], form.cleaned_data["dry_run"]
        try:
            result = actions.tasks_import(user=request.user, document=document, year=year, dry_run=dry_run)
        except DomainError as exc:
            messages.error(request, "；".join([exc.message, *exc.errors[:20]]))
        else:
            counts = gettext("%(sections)s 个板块、%(targets)s 个目标、%(items)s 项任务") % {
                "sections": result["sections"],
                "targets": result["targets"],
                "items": result["items"],
            }
            if dry_run:
                messages.info(
                    request,
                    gettext("检查通过：%(counts)s，未保存。取消勾选“仅检查，不保存”后再次导入。") % {"counts": counts},
                )
            else:
                merged = (
                    gettext("（与已有%(year)s年任务表合并：新增 %(added)s，修改 %(updated)s）")
                    % {"year": year, "added": result["added"], "updated": result["updated"]}
                    if result["merged"]
                    else ""
                )
                messages.success(
                    request,
                    gettext("已导入%(year)s年目标任务：%(counts)s%(merged)s，%(links)s 项关联到原文。")
                    % {"year": year, "counts": counts, "merged": merged, "links": result["links"]},
                )
        return redirect("docintel:review", pk=document.pk)
