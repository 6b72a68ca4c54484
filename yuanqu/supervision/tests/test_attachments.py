"""Attachments of monthly reports (照片、台账、佐证材料): uploaded through the report form or the API
(multipart), saved under MEDIA_ROOT, listed on the task page, refused in Chinese above the size limit."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from yuanqu.supervision import actions
from yuanqu.supervision.models import Report, ReportAttachment, Task
from yuanqu.supervision.tests.conftest import YEAR


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.YUANQU_SUPERVISION_ATTACHMENT_MAX_MB = 1
    return tmp_path


@pytest.fixture
def wangan(plan_004) -> Task:
    return Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")


def upload(name: str = "走访台账.pdf", size: int = 1000) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF" + b"x" * (size - 4), content_type="application/pdf")


def post_report(client, task, unit, **extra):
    data = {"unit": unit.pk, "year": YEAR, "month": 3, "progress": "新增企业3家", "submit": "1", **extra}
    return client.post(reverse("supervision:report_submit", args=[task.pk]), data)


def test_upload_through_the_report_form_is_saved_and_shown(client, reporter, street, wangan, media):
    client.force_login(reporter)
    # When the street submits its report with an attachment
    resp = post_report(client, wangan, street, attachment=upload())
    assert resp.status_code == 302
    # Then the file is stored under MEDIA_ROOT with the report
    attachment = ReportAttachment.objects.get(report__task=wangan, report__unit=street)
    assert attachment.name == "走访台账.pdf"
    assert (media / attachment.file.name).exists() and str(media) in attachment.file.path
    # and the task page lists it with a link
    html = client.get(reverse("supervision:task", args=[wangan.pk]), {"year": YEAR, "month": 3}).content.decode()
    download = reverse("supervision:attachment", args=[attachment.pk])
    assert "走访台账.pdf" in html and download in html


def test_attachment_downloads_only_for_those_who_may_read_the_report(client, reporter, street, wangan, media):
    from django.contrib.auth import get_user_model

    client.force_login(reporter)
    post_report(client, wangan, street, attachment=upload())
    attachment = ReportAttachment.objects.get(report__task=wangan, report__unit=street)
    url = reverse("supervision:attachment", args=[attachment.pk])
    # The author's unit downloads it as an attachment with its name
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]
    # A viewer of another zone's unit, or anonymous, does not
    stranger = get_user_model().objects.create_user("stranger", password="Xx@12345678", role="reporter")
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_too_large_an_attachment_is_refused_in_chinese_and_nothing_saved(client, reporter, street, wangan, media):
    client.force_login(reporter)
    # When the file is over the 1 MB limit
    resp = post_report(client, wangan, street, attachment=upload("照片.pdf", 1024 * 1024 + 10))
    # Then the page says why, and neither report nor file is saved
    texts = [str(m) for m in get_messages(resp.wsgi_request)]
    assert any("附件「照片.pdf」超过1MB上限" in t for t in texts)
    assert not Report.objects.exists() and not ReportAttachment.objects.exists()
    assert not any(media.rglob("*.pdf"))


def test_api_accepts_a_multipart_report_with_attachment(client, reporter, street, wangan, media):
    client.force_login(reporter)
    # When a report is posted as multipart with a file
    resp = client.post(
        "/api/supervision/reports/",
        {"task": wangan.pk, "unit": street.pk, "year": YEAR, "month": 3, "progress": "已报", "attachment": upload()},
    )
    # Then it is created with the attachment listed
    assert resp.status_code == 201, resp.content
    body = resp.json()
    assert [a["name"] for a in body["attachments"]] == ["走访台账.pdf"] and body["attachments"][0]["size"] == 1000


def test_api_uploads_attachments_to_an_existing_report(client, reporter, other_reporter, street, wangan, media):
    report = actions.report_save(
        user=reporter, task=wangan, unit=street, year=YEAR, month=3, data=actions.ReportInput("进展")
    )
    url = f"/api/supervision/reports/{report.pk}/attachments/"
    # Given another street: it may read the report but not add files to it
    client.force_login(other_reporter)
    resp = client.post(url, {"file": upload()})
    assert resp.status_code == 403 and resp.json()["detail"].startswith("无权")
    # When the street itself uploads two files
    client.force_login(reporter)
    resp = client.post(url, {"file": [upload("a.pdf"), upload("b.pdf")]})
    # Then both are attached
    assert resp.status_code == 201, resp.content
    assert sorted(a["name"] for a in resp.json()["attachments"]) == ["a.pdf", "b.pdf"]
    # and a file over the limit is refused with the Chinese message
    resp = client.post(url, {"file": upload("big.pdf", 2 * 1024 * 1024)})
    assert resp.status_code == 400 and "超过1MB上限" in resp.json()["detail"]
    assert ReportAttachment.objects.filter(report=report).count() == 2


def test_no_attachment_is_added_to_an_accepted_report(reporter, street, wangan, office_user):
    report = actions.report_save(
        user=reporter, task=wangan, unit=street, year=YEAR, month=3, data=actions.ReportInput("进展")
    )
    actions.report_review(user=office_user, report=report, accept=True)
    from yuanqu.core.errors import DomainError

    with pytest.raises(DomainError, match="不能再上传附件"):
        actions.report_attach(user=reporter, report=report, files=[upload()])
