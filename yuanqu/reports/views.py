"""The bulletin page (months with data, a download button per format) and the download itself.

The bulletin goes to every unit of the zone, so any signed-in user of the zone may download it.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from yuanqu.core.downloads import attachment_header
from yuanqu.core.errors import DomainError
from yuanqu.core.periods import period_label
from yuanqu.org.selectors import zone_for
from yuanqu.reports import selectors
from yuanqu.reports.bulletin import bulletin_build
from yuanqu.reports.renderers import format_get

NOT_FOUND_CODES = {"no_data", "unknown_zone"}


def _error(message: str, status: int) -> HttpResponse:
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def _int_param(request: HttpRequest, name: str, label: str) -> int | None:
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise DomainError(gettext("%(label)s「%(raw)s」不是整数") % {"label": label, "raw": raw}) from None


@login_required
@require_GET
def bulletin_download(request: HttpRequest) -> HttpResponse:
    """GET ?year=2021&month=11&format=docx|xlsx|html; defaults to the latest month with data, Word."""
    zone = zone_for(request.user)
    if zone is None:
        return _error(gettext("系统中还没有开发区"), 404)
    try:
        fmt = format_get(request.GET.get("format", "docx") or "docx")
        year = _int_param(request, "year", gettext("年度"))
        month = _int_param(request, "month", gettext("月份"))
        if year is None or month is None:
            latest = selectors.latest_month_with_data(zone=zone)
            if latest is None:
                return _error(gettext("%(zone)s还没有任何月度数据，无法生成通报") % {"zone": zone.name}, 404)
            year = latest[0] if year is None else year
            month = latest[1] if month is None else month
        bulletin = bulletin_build(zone=zone, year=year, month=month)
        content = fmt.render(bulletin)
    except DomainError as exc:
        return _error(exc.message, 404 if exc.code in NOT_FOUND_CODES else 400)
    response = HttpResponse(content, content_type=fmt.content_type)
    response["Content-Disposition"] = attachment_header(
        bulletin.filename(fmt.extension), f"bulletin-{year}-{month:02d}.{fmt.extension}"
    )
    return response


@login_required
@require_GET
def bulletin_index(request: HttpRequest) -> HttpResponse:
    """The months of the user's zone that have data, newest first, each with Word/Excel/HTML links."""
    zone = zone_for(request.user)
    months = selectors.months_with_data(zone=zone) if zone else []
    rows = [
        {
            "year": year,
            "month": month,
            "label": gettext("%(year)s年%(period)s") % {"year": year, "period": period_label(month)},
        }
        for year, month in months
    ]
    return render(request, "reports/index.html", {"zone": zone, "months": rows})
