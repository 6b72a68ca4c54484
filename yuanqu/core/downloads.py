"""File downloads with Chinese names: an ASCII fallback for old clients and the real name per RFC 5987."""

from urllib.parse import quote

from django.http import HttpResponse

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def attachment_header(filename: str, ascii_fallback: str) -> str:
    """Content-Disposition with an ASCII fallback and the Chinese name as RFC 5987 filename*."""
    return f"attachment; filename=\"{ascii_fallback}\"; filename*=UTF-8''{quote(filename)}"


def download(data: bytes, *, filename: str, ascii_fallback: str, content_type: str = XLSX) -> HttpResponse:
    """A response that saves ``data`` as ``filename`` (e.g. 2021年目标任务总表.xlsx)."""
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = attachment_header(filename, ascii_fallback)
    return response
