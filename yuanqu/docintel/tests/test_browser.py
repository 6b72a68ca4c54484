"""Browser journey (Playwright driving Debian's chromium): statistics staff upload a report, see its
figures highlighted beside the list, drop one, import the rest, and find the figure in the core."""

import os
import shutil

import pytest

from yuanqu.indicators.models import Figure

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
REPORT = "2021年工作总结\n2021年1-11月，完成规上工业总产值590.3亿元，同比增长14.07%。新增高新技术企业95家。\n"


@pytest.fixture
def browser_page():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop in this thread
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        context = browser.new_context(locale="zh-CN")
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()
        browser.close()


def test_upload_review_drop_and_import(live_server, browser_page, stats_user, zone_unit, output_value, tmp_path):
    stats_user.set_password("pw-12345678")
    stats_user.save()
    report = tmp_path / "报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    page = browser_page
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", stats_user.username)
    page.fill("#id_password", "pw-12345678")
    page.click("button[type=submit]")

    # upload
    page.goto(f"{live_server.url}/docintel/")
    page.set_input_files("input[name=file]", str(report))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#doc-text mark.fact")
    assert page.locator("#doc-text mark.fact").count() == 2
    assert page.locator("#fact-list li").count() == 2

    # drop the enterprise count through HTMX
    row = page.locator("#fact-list li", has_text="新增高新技术企业")
    row.locator("button.drop").click()
    page.wait_for_selector("#fact-list li.dropped")

    # import into the zone total
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("text=已导入 1 条数据")
    assert Figure.objects.filter(unit=zone_unit, indicator=output_value, year=2021, month=11).exists()
