"""The English UI of 督查督办: headings, buttons, table headers and messages in English once the user
picks English; the Chinese pages keep their wording."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from yuanqu.supervision.tests.conftest import YEAR

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def english(client) -> None:
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})


def main_text(html: str) -> str:
    """The page's own content (without the top bar, whose unit names and language menu are Chinese)."""
    return html.split("<main>", 1)[1].split("</main>", 1)[0]


def chinese_chrome(html: str) -> list[str]:
    """Chinese text left in the page's fixed UI: tags, scripts and data cells removed."""
    body = re.sub(r"<(td|option|select|ul)[^>]*>.*?</\1>", "", main_text(html), flags=re.S)
    body = re.sub(r"<[^>]+>", "\n", body)
    return [line.strip() for line in body.splitlines() if re.search(r"[\u4e00-\u9fff]", line)]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("index", ["Target-task table", "Filter", "Export Excel", "Import Excel", "Lead unit", "Responsible units"]),
        ("mine", ["2021 tasks (month 5 reports)", "Goal", "Lead consolidation", "Task status", "Show"]),
        ("import", ["Import target-task table (Excel)", "Upload", "document intelligence</a>"]),
        ("board", ["Red/yellow card evaluation · 2021, month 5", "Re-evaluate this month", "Publish this month"]),
    ],
)
def test_main_pages_are_in_english(client, office_user, plan_004, page, expected):
    # Given an office user who chose English
    client.force_login(office_user)
    english(client)
    url = {
        "index": reverse("supervision:index") + f"?year={YEAR}",
        "mine": reverse("supervision:mine") + f"?year={YEAR}&month=5",
        "import": reverse("supervision:import"),
        "board": reverse("supervision:board") + f"?year={YEAR}&month=5",
    }[page]
    # When the page is opened
    response = client.get(url, follow=True)
    html = response.content.decode()
    # Then its headings, buttons and headers are English, with no Chinese left in the fixed UI
    assert response.status_code == 200
    for text in expected:
        assert text in html
    assert 'aria-label="Supervision"' in html and "Five-ones calendar" in html
    if page != "import":  # the import form's field labels are not marked yet
        data = (str(plan_004), office_user.unit.name)  # the plan and the unit are named as written
        assert chinese_chrome(html.replace(data[0], "").replace(data[1], "")) == []


def test_task_page_is_in_english_around_the_task_text(client, office_user, plan_004):
    from yuanqu.supervision.models import Task

    task = Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")
    client.force_login(office_user)
    english(client)
    html = client.get(reverse("supervision:task", args=[task.pk])).content.decode()
    assert "Lead unit: " in html and "Change status" in html and "Card history" in html
    assert "围绕国家网安" in html  # the task itself is data and stays as written


def test_messages_are_in_english(client, office_user, units_004, xlsx_004):
    client.force_login(office_user)
    english(client)
    upload = SimpleUploadedFile("任务总表.xlsx", xlsx_004, content_type=XLSX)
    html = client.post(reverse("supervision:import"), {"file": upload, "year": YEAR, "dry_run": "on"}).content.decode()
    assert "Check passed; nothing saved." in html and "Check result (not saved)" in html
    response = client.post(reverse("supervision:board"), {"year": YEAR, "month": 13}, follow=True)
    assert "Invalid evaluation month" in response.content.decode()


def test_chinese_pages_keep_their_wording(client, office_user, plan_004):
    # Given a user who switched to English and back
    client.force_login(office_user)
    english(client)
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    # Then the pages read as before
    html = client.get(reverse("supervision:index") + f"?year={YEAR}").content.decode()
    assert '<button type="submit">筛选</button>' in html and ">目标任务总表</a>" in html
    assert "Filter" not in html and "Target-task table" not in html
    html = client.get(reverse("supervision:mine") + f"?year={YEAR}&month=5", follow=True).content.decode()
    assert "2021年任务表（5月报告）" in html and "<th>牵头汇总</th>" in html
    html = client.get(reverse("supervision:import")).content.decode()
    assert "<h1>导入目标任务总表（Excel）</h1>" in html and ">文档智能</a>上传该文件" in html
