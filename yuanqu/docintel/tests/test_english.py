"""The English UI of document intelligence: the upload page, the review page and their messages;
the document's own text stays as written, and the Chinese pages keep their wording."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from yuanqu.docintel.models import Document

REPORT = "2021年工作总结\n2021年1-11月，完成规上工业总产值590.3亿元，同比增长14.07%。\n"


def english(client) -> None:
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})


def upload(client) -> Document:
    client.post(reverse("docintel:index"), {"file": SimpleUploadedFile("r.txt", REPORT.encode())})
    return Document.objects.get()


def test_index_page_is_in_english(client, stats_user, zone_unit):
    client.force_login(stats_user)
    english(client)
    html = client.get(reverse("docintel:index")).content.decode()
    assert "<h1>Document intelligence</h1>" in html
    assert "Upload and analyse" in html and "Uploaded at" in html and "No documents yet" in html
    assert "上传并识别" not in html and "还没有文档" not in html


def test_review_page_is_in_english_around_the_document_text(client, stats_user, zone_unit, output_value):
    # Given a user who chose English and uploaded a report
    client.force_login(stats_user)
    english(client)
    document = upload(client)
    # When the review page opens
    html = client.get(reverse("docintel:review", args=[document.pk])).content.decode()
    # Then its chrome is English and the report text is as written
    assert "Indicator figures (1)" in html and "Projects and enterprises (0)" in html
    assert "Import the indicator figures not dropped" in html and "Import into unit" in html
    assert ">Drop</button>" in html and "<summary>Edit</summary>" in html
    assert "YoY 14.07%" in html and "2021, months 1-11" in html
    assert "规上工业总产值590.3亿元" in html
    assert "导入未舍弃的指标数据" not in html and "舍弃" not in html


def test_import_message_is_in_english(client, stats_user, zone_unit, output_value):
    client.force_login(stats_user)
    english(client)
    document = upload(client)
    response = client.post(reverse("docintel:import", args=[document.pk]), {"unit": zone_unit.pk}, follow=True)
    assert "Imported 1 figures and 0 targets into" in response.content.decode()


def test_upload_error_stays_in_english_page_chrome(client, stats_user, zone_unit):
    client.force_login(stats_user)
    english(client)
    response = client.post(reverse("docintel:index"), {"file": SimpleUploadedFile("r.txt", b"")})
    assert response.status_code == 400 and "Upload and analyse" in response.content.decode()


def test_chinese_pages_keep_their_wording(client, stats_user, zone_unit, output_value):
    client.force_login(stats_user)
    document = upload(client)
    html = client.get(reverse("docintel:index")).content.decode()
    assert "<h1>文档智能</h1>" in html and '<button type="submit">上传并识别</button>' in html
    html = client.get(reverse("docintel:review", args=[document.pk])).content.decode()
    assert "<h2>指标数据（1）</h2>" in html and "导入未舍弃的指标数据" in html
    assert "同比 14.07%" in html and ">舍弃</button>" in html
    assert "Indicator figures" not in html
