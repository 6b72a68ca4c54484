"""A target-task table read from a document (document intelligence) imported into supervision
tasks through the Excel importer: the same tree as the typed-in 004 sheet, dropped and edited items
honoured, errors naming the document's line, every task linked back to its text."""

from __future__ import annotations

import io
from io import BytesIO
from pathlib import Path

import pytest

from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.docintel import actions as docintel
from yuanqu.docintel.choices import ItemState, ItemType
from yuanqu.docintel.models import ImportLink
from yuanqu.supervision import importers
from yuanqu.supervision.models import Task, TaskUnit

SEED_004 = Path(__file__).resolve().parents[2] / "docintel/seeds/004_f5dd378bd535e063.txt"
YEAR = 2021


@pytest.fixture
def document_004(zone, stats_user, units_004):
    return docintel.document_upload(user=stats_user, zone=zone, filename="004.txt", data=SEED_004.read_bytes())


def _tree(year: int) -> list[tuple[int, str, str]]:
    return [
        (t.depth, t.number, t.title.replace(" ", "")) for t in Task.objects.filter(plan__year=year).order_by("position")
    ]


def _units(year: int) -> dict[tuple[int, str], set[tuple[str, str]]]:
    out: dict[tuple[int, str], set[tuple[str, str]]] = {}
    for t in Task.objects.filter(plan__year=year).order_by("position"):
        out[(t.depth, t.number + t.title.replace(" ", ""))] = {
            (tu.role, str(tu.unit or tu.group))
            for tu in TaskUnit.objects.filter(task=t).select_related("unit", "group")
        }
    return out


def test_dry_run_counts_the_004_table_and_saves_nothing(document_004, office_user):
    result = docintel.tasks_import(user=office_user, document=document_004, year=YEAR, dry_run=True)
    assert (result["sections"], result["targets"], result["items"]) == (6, 23, 64)
    assert result["dry_run"] and result["links"] == 0
    assert not Task.objects.exists() and not ImportLink.objects.exists()


def test_004_from_its_text_gives_the_tree_of_the_typed_in_sheet(document_004, office_user, xlsx_004, zone):
    # Given the typed-in sheet imported into another year for comparison
    importers.tasks_import(zone=zone, year=2020, source=BytesIO(xlsx_004))
    # When the document's table is imported
    result = docintel.tasks_import(user=office_user, document=document_004, year=YEAR)
    # Then the trees are the same node for node
    assert _tree(YEAR) == _tree(2020) and len(_tree(YEAR)) == 93
    # And so are the units, except where the text leaves a lead cell empty under a merged one: the
    # typist read those four as "none", the reader repeats the cell above (区商务局)
    typed, read = _units(2020), _units(YEAR)
    differ = {k for k in typed if typed[k] != read[k]}
    assert len(differ) == 4
    for k in differ:
        assert read[k] - typed[k] == {("lead", "区商务局")}
    # And every task is linked to the item whose span holds its title
    assert result["links"] == 93
    task = Task.objects.get(plan__year=YEAR, number="(1)", title__startswith="制定产业发展图谱")
    link = ImportLink.objects.get(target_model="supervision.Task", target_id=task.pk)
    assert document_004.text[link.item.start : link.item.end].startswith("(1) 制定产业发展图谱")
    assert link.item.state == ItemState.ACCEPTED


def test_dropped_target_leaves_out_its_rows_and_an_edited_title_is_imported(document_004, office_user, stats_user):
    items = document_004.items.filter(type=ItemType.TASK)
    park = items.filter(data__kind="target", data__title="产业园区提升").order_by("start").first()
    docintel.item_update(user=stats_user, item=park, state=ItemState.DROPPED)
    digital = items.get(data__kind="target", data__title="推动数字经济产业集群")
    docintel.item_update(user=stats_user, item=digital, data={"title": "推动数字经济产业集群发展"})
    docintel.tasks_import(user=office_user, document=document_004, year=YEAR)
    assert not Task.objects.filter(title="产业园区提升").exists()
    assert not Task.objects.filter(title__contains="国家网络安全人才与创新基地").exists()
    target = Task.objects.get(title="推动数字经济产业集群发展")
    assert target.children.count() == 3
    # the target after the dropped one, which continues its section, is intact
    assert Task.objects.get(title="主导产业发展").children.count() == 1


def test_a_bad_unit_is_reported_with_the_documents_line_and_nothing_is_saved(zone, stats_user, office_user, units_004):
    text = (
        "关于印发2022年目标任务的通知\n"
        "目标名称\t目标内容\t牵头责任单位\t责任单位\n"
        "一、重点工作任务\t\t\t\n"
        "产业链招商\t1.签约亿元以上项目20个。\t区商务局\t各街道\n"
        "\t2.新开工项目10个。\t区不存在局\t各街道\n"
    )
    document = docintel.document_upload(user=stats_user, zone=zone, filename="通知.txt", data=text.encode())
    with pytest.raises(DomainError) as caught:
        docintel.tasks_import(user=office_user, document=document, year=2022)
    assert caught.value.errors == ["文档第 5 行「牵头责任单位」: 未找到单位「区不存在局」"]
    assert not Task.objects.exists()


def test_only_the_office_imports_tasks(document_004, reporter):
    with pytest.raises(PermissionDenied):
        docintel.tasks_import(user=reporter, document=document_004, year=YEAR)


def test_a_document_without_a_task_table_is_refused(zone, stats_user, office_user, units_004):
    document = docintel.document_upload(
        user=stats_user, zone=zone, filename="报告.txt", data="2021年工作总结\n工业投资增长12%。\n".encode()
    )
    with pytest.raises(DomainError, match="没有识别到目标任务表"):
        docintel.tasks_import(user=office_user, document=document, year=YEAR)


def test_reimporting_the_document_merges_and_relinks(document_004, office_user):
    docintel.tasks_import(user=office_user, document=document_004, year=YEAR)
    first = set(Task.objects.values_list("pk", flat=True))
    result = docintel.tasks_import(user=office_user, document=document_004, year=YEAR)
    assert result["merged"] and result["added"] == 0
    assert set(Task.objects.values_list("pk", flat=True)) == first
    assert ImportLink.objects.filter(target_model="supervision.Task").count() == 93


def test_a_word_table_with_merged_cells(zone, stats_user, office_user, units_004):
    import docx

    document = docx.Document()
    document.add_paragraph("关于印发2022年重点工作目标任务的通知")
    table = document.add_table(rows=5, cols=5)
    rows = [
        ["目标名称", "目标内容", "", "牵头责任单位", "责任单位"],
        ["一、重点工作任务", "", "", "", ""],
        ["项目建设", "1.推进重大项目。", "(1) 新开工亿元以上项目20个。", "区发改局", "各街道"],
        ["", "", "(2) 竣工投产项目15个。", "", ""],
        ["", "2.优化营商环境。", "", "区市场监管局", "相关街道"],
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(1, 0).merge(table.cell(1, 4))
    table.cell(2, 0).merge(table.cell(4, 0))  # 目标名称 over three rows
    table.cell(2, 1).merge(table.cell(3, 1))  # item 1 over its two sub-items
    table.cell(2, 3).merge(table.cell(3, 3))  # lead and responsible units over both
    table.cell(2, 4).merge(table.cell(3, 4))
    table.cell(4, 1).merge(table.cell(4, 2))
    buffer = io.BytesIO()
    document.save(buffer)
    doc = docintel.document_upload(user=stats_user, zone=zone, filename="通知.docx", data=buffer.getvalue())
    result = docintel.tasks_import(user=office_user, document=doc, year=2022)
    assert (result["sections"], result["targets"], result["items"]) == (1, 1, 4)
    second = Task.objects.get(number="(2)")
    assert second.parent.title == "推进重大项目。"
    assert {tu.unit.name for tu in TaskUnit.objects.filter(task=second, role="lead")} == {"区发改局"}
    assert {tu.group.name for tu in TaskUnit.objects.filter(task=second, role="responsible")} == {"各街道"}
    assert result["links"] == 1 + 1 + 4


def test_review_page_lists_tasks_and_imports_them(client, document_004, office_user, stats_user):
    client.force_login(stats_user)
    page = client.get(f"/docintel/{document_004.pk}/")
    html = page.content.decode()
    assert "目标任务（93）" in html and "导入为督查督办目标任务" in html
    assert 'name="year" value="2021"' in html
    # a task's title and units are corrected on the page
    item = document_004.items.get(type=ItemType.TASK, data__title="3.滚动实施工业技改项目 32 个。")
    answer = client.post(
        f"/docintel/{document_004.pk}/items/{item.pk}/",
        {"title": "3.滚动实施工业技改项目 35 个。", "lead_units": "区科经局、区发改局", "units": "各街道"},
        HTTP_HX_REQUEST="true",
    )
    assert "3.滚动实施工业技改项目 35 个。" in answer.content.decode()
    # a check first, then the import
    client.force_login(office_user)
    checked = client.post(f"/docintel/{document_004.pk}/import-tasks/", {"year": 2021, "dry_run": "on"}, follow=True)
    assert "检查通过：6 个板块、23 个目标、64 项任务，未保存" in checked.content.decode()
    assert not Task.objects.exists()
    done = client.post(f"/docintel/{document_004.pk}/import-tasks/", {"year": 2021}, follow=True)
    assert "已导入2021年目标任务" in done.content.decode()
    task = Task.objects.get(title="滚动实施工业技改项目 35 个。")
    assert {tu.unit.name for tu in TaskUnit.objects.filter(task=task, role="lead")} == {"区科经局", "区发改局"}


def test_api_imports_tasks_and_reports_errors_in_chinese(client, document_004, office_user, reporter):
    client.force_login(office_user)
    url = f"/api/documents/{document_004.pk}/import-tasks/"
    checked = client.post(url, {"year": 2021, "dry_run": True}, content_type="application/json")
    assert checked.status_code == 200 and checked.json()["items"] == 64 and not Task.objects.exists()
    done = client.post(url, {"year": 2021}, content_type="application/json")
    assert done.status_code == 200 and done.json()["links"] == 93
    client.force_login(reporter)
    refused = client.post(url, {"year": 2021}, content_type="application/json")
    assert refused.status_code in (403, 404)
