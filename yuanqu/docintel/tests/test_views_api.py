from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from yuanqu.docintel.models import Document, ImportLink

REPORT = "2021年工作总结\n2021年1-11月，完成规上工业总产值590.3亿元，同比增长14.07%。\n"


def test_review_page_highlights_every_item_and_lists_it(client, stats_user, zone_unit, output_value):
    client.force_login(stats_user)
    response = client.post(reverse("docintel:index"), {"file": SimpleUploadedFile("r.txt", REPORT.encode())})
    document = Document.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("docintel:review", args=[document.pk])
    page = client.get(response["Location"]).content.decode()
    item = document.items.get()
    assert f'<mark id="m-{item.pk}" class="fact"' in page and f'id="item-{item.pk}"' in page
    # HTMX drop answers the row, marked dropped
    row = client.post(
        reverse("docintel:item", args=[document.pk, item.pk]), {"state": "dropped"}, HTTP_HX_REQUEST="true"
    )
    assert 'class="dropped"' in row.content.decode()


def test_upload_page_shows_the_reason_for_a_rejected_file(client, stats_user, zone_unit):
    client.force_login(stats_user)
    response = client.post(reverse("docintel:index"), {"file": SimpleUploadedFile("r.txt", b"")})
    assert response.status_code == 400
    assert "文件为空" in response.content.decode()


def test_api_upload_items_patch_and_import(client, stats_user, zone_unit, output_value):
    client.force_login(stats_user)
    created = client.post("/api/documents/", {"file": SimpleUploadedFile("r.txt", REPORT.encode())})
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    items = client.get(f"/api/documents/{pk}/items/").json()
    fact = next(i for i in items if i["type"] == "fact")
    patched = client.patch(
        f"/api/documents/{pk}/items/{fact['id']}/", {"data": {"growth_pct": 14.1}}, content_type="application/json"
    )
    assert patched.status_code == 200 and patched.json()["state"] == "edited"
    imported = client.post(f"/api/documents/{pk}/import/", {"unit": zone_unit.pk}, content_type="application/json")
    assert imported.status_code == 200 and imported.json()["figures"] == 1
    assert ImportLink.objects.count() == 1


def test_api_rejects_an_unsupported_file_in_chinese(client, stats_user, zone_unit):
    client.force_login(stats_user)
    response = client.post("/api/documents/", {"file": SimpleUploadedFile("a.jpg", b"x")})
    assert response.status_code == 400
    assert "不支持的文件类型" in response.content.decode()
