from __future__ import annotations

import json

import pytest
from django.core.management import call_command


def test_extract_prints_one_json_object_with_the_fact_fields(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(
        "2023年工作总结\n规模以上工业总产值预计完成226.1亿元，完成全年目标的100%，同比增长21%。", encoding="gb18030"
    )
    call_command("extract", str(path), "--format", "json")
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"document", "facts", "tasks", "projects", "enterprises"}
    fact = result["facts"][0]
    for key in (
        "indicator",
        "kind",
        "year",
        "months",
        "value",
        "unit",
        "value_base",
        "currency",
        "growth_pct",
        "completion_pct",
        "start",
        "end",
    ):
        assert key in fact
    assert (fact["indicator"], fact["kind"], fact["year"], fact["value_base"]) == (
        "规模以上工业总产值",
        "estimate",
        2023,
        22_610_000_000,
    )


@pytest.mark.parametrize(("name", "data"), [("a.jpg", b"x"), ("empty.txt", b""), ("missing.txt", None)])
def test_extract_exits_2_with_a_message_on_a_bad_file(tmp_path, capsys, name, data):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(SystemExit) as exc:
        call_command("extract", str(path))
    assert exc.value.code == 2
    assert "无法识别文件" in capsys.readouterr().err
