"""Browser journey (Playwright driving Debian's chromium): a street reporter logs in, enters a month,
sees the overview card change, and downloads the monthly bulletin."""

import os
import shutil
from decimal import Decimal as D

import pytest

from yuanqu.indicators import actions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
YI = D(100_000_000)


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
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        context = browser.new_context(accept_downloads=True, locale="zh-CN")
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()
        browser.close()


def test_reporter_enters_month_sees_card_change_and_downloads_bulletin(
    live_server, browser_page, stats_user, reporter, street, zone_unit, retail, tmp_path
):
    # Given a street with a 2021 target and figures up to 1-5月 (40亿元 of 100: 40%, behind time → yellow)
    actions.target_set(user=stats_user, unit=street, indicator=retail, year=2021, value=100 * YI, growth_pct=D(5))
    actions.figures_set(
        user=stats_user,
        items=[
            actions.FigureInput(unit=street, indicator=retail, year=2021, month=m, value=m * 6 * YI, growth_pct=D(6))
            for m in range(1, 6)
        ],
    )
    page = browser_page

    # When the reporter logs in
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "zml")
    page.fill("#id_password", "Yuanqu@2021")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    card = page.locator('[data-testid="card-retail"]')
    assert page.locator('[data-testid="value-retail"]').inner_text().startswith("30.00")
    assert card.get_attribute("data-card") == "red"

    # and enters 1-6月
    page.goto(f"{live_server.url}/entry/?unit={street.pk}&year=2021&month=6")
    page.fill(f'input[name="value_{retail.pk}"]', "52")
    page.fill(f'input[name="growth_pct_{retail.pk}"]', "7.5")
    page.click('[data-testid="entry-submit"]')
    # a 73% jump over 1-5月 is flagged and saved only once confirmed
    assert "超过50%的提示阈值" in page.locator('[data-testid="entry-form"]').inner_text()
    page.check('input[name="confirm_jumps"]')
    page.click('[data-testid="entry-submit"]')
    assert "已保存" in page.locator("ul.messages").inner_text()

    # Then the overview card shows the new month, value and card
    page.goto(f"{live_server.url}/")
    assert page.locator('[data-testid="value-retail"]').inner_text().startswith("52.00")
    assert "1-6月" in card.inner_text() and "7.50%" in card.inner_text()
    assert card.get_attribute("data-card") == "green"
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)

    # and the bulletin downloads as a Word file
    with page.expect_download() as info:
        page.click('[data-testid="bulletin-button"]')
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert target.suffix == ".docx" and target.stat().st_size > 5000
    from docx import Document

    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "1-6月" in text
