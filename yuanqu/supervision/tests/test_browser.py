"""Browser journey: a street reporter submits, the lead unit consolidates, the office returns it,
the street's card turns yellow, the street resubmits."""

import os
import shutil
from io import BytesIO

import pytest
from django.utils import timezone

from yuanqu.supervision import importers
from yuanqu.supervision.models import Task
from yuanqu.supervision.seed004 import build_xlsx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def browser_page():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        context = browser.new_context(locale="zh-CN")
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()
        browser.close()


def login(page, base, username):
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "Yuanqu@2021")
    page.click("button[type=submit]")
    page.wait_for_load_state()


def logout(page):
    page.click("form[action$='logout/'] button")
    page.wait_for_load_state()


def test_submit_consolidate_return_yellow_card_resubmit(
    live_server, browser_page, zone, units_004, reporter, lead_reporter, office_user
):
    today = timezone.localdate()
    importers.tasks_import(zone=zone, year=today.year, source=BytesIO(build_xlsx()))
    task = Task.objects.get(plan__year=today.year, title__startswith="围绕国家网安")
    page, base = browser_page, live_server.url
    task_url = f"{base}/supervision/tasks/{task.pk}/?year={today.year}&month={today.month}"
    board_url = f"{base}/supervision/board/?year={today.year}&month={today.month}"

    # Given the street reporter submits this month's report
    login(page, base, "zml")
    page.goto(task_url)
    form = page.locator('[data-testid="report-form"]')
    form.locator("textarea[name=progress]").fill("新增网安企业3家")
    form.locator("button[value='1']").click()
    assert "已报送" in page.locator("ul.messages").inner_text()
    page.goto(board_url)
    assert page.locator('[data-testid="card-走马岭街"]').get_attribute("data-card") == "green"
    logout(page)

    # When the lead unit consolidates
    login(page, base, "xdfw")
    page.goto(task_url)
    page.locator('[data-testid="consolidate-form"] button').click()
    assert "已汇总" in page.locator("ul.messages").inner_text()
    logout(page)

    # and the office returns it with a comment
    login(page, base, "ldxz")
    page.goto(task_url)
    row = page.locator("tr", has_text="牵头单位汇总")
    row.locator("input[name=comment]").fill("请补充企业名单")
    row.locator("button[value=return]").click()
    assert "已退回" in page.locator("ul.messages").inner_text()
    # Then the street's card turns yellow
    page.goto(board_url)
    assert page.locator('[data-testid="card-走马岭街"]').get_attribute("data-card") == "yellow"
    logout(page)

    # and the street sees the comment and resubmits
    login(page, base, "zml")
    page.goto(task_url)
    assert "请补充企业名单" in page.content()
    form = page.locator('[data-testid="report-form"]')
    form.locator("textarea[name=progress]").fill("新增网安企业3家，名单见附件")
    form.locator("button[value='1']").click()
    assert "已报送" in page.locator("ul.messages").inner_text()
    page.goto(board_url)
    assert page.locator('[data-testid="card-走马岭街"]').get_attribute("data-card") == "green"
