from __future__ import annotations

from urllib.parse import quote

import pytest
from django.conf import settings
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse

from .test_bulletin import SEED_SENTENCE

TITLE = "武汉临空港经开区2021年1-11月经济运行情况通报"


def test_any_signed_in_user_of_the_zone_downloads_the_bulletin(bulletin_data, client, reporter):
    # Given a 单位填报 user of a street (the bulletin goes to every unit)
    client.force_login(reporter)
    # When
    response = client.get(reverse("reports:bulletin"), {"year": 2021, "month": 11, "format": "docx"})
    # Then
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="bulletin-2021-11.docx"')
    assert f"filename*=UTF-8''{quote(TITLE + '.docx')}" in disposition


def test_download_defaults_to_the_latest_month_as_word(bulletin_data, client, viewer_user):
    client.force_login(viewer_user)

    response = client.get(reverse("reports:bulletin"))

    assert response.status_code == 200
    assert quote(TITLE + ".docx") in response["Content-Disposition"]


def test_download_as_html_contains_the_sentence(bulletin_data, client, viewer_user):
    client.force_login(viewer_user)

    response = client.get(reverse("reports:bulletin"), {"year": 2021, "month": 11, "format": "html"})

    assert response.status_code == 200
    assert SEED_SENTENCE in response.content.decode("utf-8")


def test_anonymous_is_sent_to_login(bulletin_data, client):
    response = client.get(reverse("reports:bulletin"))

    assert response.status_code == 302
    assert response["Location"].startswith(settings.LOGIN_URL)


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        pytest.param({"year": 2021, "month": 10}, 404, "没有数据", id="no-data"),
        pytest.param({"year": 2021, "month": 11, "format": "pdf"}, 400, "不支持的格式", id="bad-format"),
        pytest.param({"year": 2021, "month": 13}, 400, "超出 1-12 月", id="month-13"),
        pytest.param({"year": "二〇二一", "month": 11}, 400, "不是整数", id="bad-year"),
    ],
)
def test_download_refuses_bad_parameters_in_chinese(bulletin_data, client, viewer_user, params, status, message):
    client.force_login(viewer_user)

    response = client.get(reverse("reports:bulletin"), params)

    assert response.status_code == status
    assert message in response.content.decode("utf-8")


def _base_template_exists() -> bool:
    try:
        get_template("base.html")
    except TemplateDoesNotExist:
        return False
    return True


def test_index_lists_months_with_download_links(bulletin_data, client, viewer_user):
    if not _base_template_exists():
        pytest.skip("base.html does not exist yet")
    client.force_login(viewer_user)

    response = client.get(reverse("reports:index"))

    assert response.status_code == 200
    html = response.content.decode("utf-8")
    assert "2021年1-11月" in html
    for fmt in ("docx", "xlsx", "html"):
        assert f"{reverse('reports:bulletin')}?year=2021&amp;month=11&amp;format={fmt}" in html


def test_index_requires_login(client, db):
    response = client.get(reverse("reports:index"))

    assert response.status_code == 302
