"""From upload to imported figures and targets, with the links back to the text; rejections."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yuanqu.core.errors import DomainError
from yuanqu.docintel import actions
from yuanqu.docintel.choices import ItemState, ItemType
from yuanqu.docintel.models import ImportLink
from yuanqu.docintel.tests.pdfgen import make_pdf
from yuanqu.indicators.models import Figure, Target

REPORT = (
    "2021年工作总结和2022年工作计划\n"
    "2021年1-11月，完成规上工业总产值590.3亿元，同比增长14.07%。全年社会消费品零售总额预计完成17.23亿元。\n"
    "二、2022年工作计划\n"
    "力争2022年完成工业总产值750亿元，同比增长14%以上。\n"
    "新增高新技术企业95家。\n"
)


@pytest.fixture
def document(zone, zone_unit, stats_user):
    return actions.document_upload(user=stats_user, zone=zone, filename="报告.txt", data=REPORT.encode())


def test_upload_keeps_text_metadata_and_items(document):
    assert document.metadata["years"] == [2021, 2022]
    facts = list(document.items.filter(type=ItemType.FACT).order_by("start"))
    assert [f.data["indicator"] for f in facts] == [
        "规模以上工业总产值",
        "社会消费品零售总额",
        "规模以上工业总产值",
        "新增高新技术企业",
    ]
    first = facts[0]
    assert document.text[first.start : first.end].startswith("完成规上工业总产值590.3亿元")


def test_import_writes_figures_and_targets_linked_to_their_text(document, stats_user, zone_unit, output_value, retail):
    # Given one fact dropped by the reviewer
    dropped = document.items.get(data__indicator="新增高新技术企业")
    actions.item_update(user=stats_user, item=dropped, state=ItemState.DROPPED)
    # When the rest is imported into the zone total
    result = actions.items_import(user=stats_user, document=document, unit=zone_unit)
    # Then figures and the target exist in base units, each linked to its item and span
    assert result == {"figures": 2, "targets": 1, "skipped": 0, "links": 3}
    figure = Figure.objects.get(unit=zone_unit, indicator=output_value, year=2021, month=11)
    assert figure.value == Decimal("59030000000") and figure.growth_pct == Decimal("14.07")
    estimate = Figure.objects.get(unit=zone_unit, indicator=retail, year=2021, month=12)
    assert estimate.status == "estimate"
    target = Target.objects.get(unit=zone_unit, indicator=output_value, year=2022)
    assert target.value == Decimal("75000000000") and target.growth_pct == Decimal("14")
    link = ImportLink.objects.get(target_model="indicators.Figure", target_id=figure.pk)
    assert document.text[link.item.start : link.item.end].startswith("完成规上工业总产值590.3亿元")
    assert link.item.document == document
    assert not ImportLink.objects.filter(item=dropped).exists()


def test_import_saves_nothing_when_a_figure_is_refused(document, reporter, zone_unit, output_value, retail):
    # A street reporter may not write the zone total: all or nothing
    with pytest.raises(DomainError):
        actions.items_import(user=reporter, document=document, unit=zone_unit)
    assert not Figure.objects.exists() and not Target.objects.exists() and not ImportLink.objects.exists()


def test_edited_fact_is_imported_as_corrected(document, stats_user, zone_unit, output_value, retail):
    item = document.items.get(data__indicator="社会消费品零售总额")
    actions.item_update(user=stats_user, item=item, data={"value_base": "1800000000", "months": "1,11"})
    assert item.state == ItemState.EDITED and item.original["value_base"] == 1_723_000_000
    actions.items_import(user=stats_user, document=document, unit=zone_unit)
    assert Figure.objects.get(indicator=retail, year=2021, month=11).value == Decimal("1800000000")


def test_item_update_rejects_bad_values(document, stats_user):
    item = document.items.filter(type=ItemType.FACT).first()
    with pytest.raises(DomainError) as exc:
        actions.item_update(user=stats_user, item=item, data={"year": "abc", "kind": "guess"})
    assert exc.value.errors


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("empty.txt", b"", "文件为空"),
        ("scan.pdf", make_pdf([[]]), "PDF 没有文字层（可能是扫描件），无法识别"),
        ("bad.docx", b"garbage", "Word 文件已损坏或格式不符，无法读取"),
        ("a.png", b"\x89PNG", "不支持的文件类型「.png」：请上传 .txt、.docx、.pdf 或 .xlsx"),
    ],
)
def test_upload_rejects_bad_files_with_a_clear_message(zone, stats_user, filename, data, message):
    with pytest.raises(DomainError) as exc:
        actions.document_upload(user=stats_user, zone=zone, filename=filename, data=data)
    assert exc.value.message == message


def test_upload_rejects_an_oversized_file(zone, stats_user, settings):
    settings.YUANQU_DOCINTEL_MAX_BYTES = 10
    with pytest.raises(DomainError) as exc:
        actions.document_upload(user=stats_user, zone=zone, filename="big.txt", data=b"x" * 11)
    assert exc.value.message.startswith("文件过大")


def test_reporter_may_not_upload(zone, reporter):
    with pytest.raises(DomainError):
        actions.document_upload(user=reporter, zone=zone, filename="a.txt", data=REPORT.encode())


BREAKDOWN = (
    "关于印发测试开发区2027年经济发展目标任务分解方案的通知\n"
    "一、总体目标\n"
    "2027年，全区规模以上工业总产值力争达到900亿元。\n"
    "二、目标任务分解\n"
    "1.走马岭街道：规上工业总产值320亿元，增长12%。\n"
    "2.金银湖街道：规上工业总产值210亿元。\n"
    "3.临空片区：规上工业总产值80亿元。\n"
)


def test_figures_set_for_a_unit_are_imported_under_that_unit(
    zone, zone_unit, street, other_street, stats_user, output_value
):
    # Given a target breakdown by street, one street unknown to the zone
    document = actions.document_upload(user=stats_user, zone=zone, filename="分解方案.txt", data=BREAKDOWN.encode())
    scopes = [i.data["scope"] for i in document.items.filter(type=ItemType.FACT).order_by("start")]
    assert scopes == [None, "走马岭街道", "金银湖街道", "临空片区"]
    # When the facts are imported with the zone total chosen
    result = actions.items_import(user=stats_user, document=document, unit=zone_unit)
    # Then each street's target is filed under its street (走马岭街道 is the unit 走马岭街), the zone's
    # under the zone, and the unknown 临空片区 is skipped
    assert result == {"figures": 0, "targets": 3, "skipped": 1, "links": 3}
    assert Target.objects.get(unit=zone_unit, indicator=output_value, year=2027).value == Decimal("90000000000")
    mine = Target.objects.get(unit=street, indicator=output_value, year=2027)
    assert mine.value == Decimal("32000000000") and mine.growth_pct == Decimal("12")
    assert Target.objects.get(unit=other_street, indicator=output_value, year=2027).value == Decimal("21000000000")
    link = ImportLink.objects.get(target_model="indicators.Target", target_id=mine.pk)
    assert document.text[link.item.start : link.item.end].startswith("规上工业总产值320亿元")
