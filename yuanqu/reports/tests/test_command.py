from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from docx import Document

from yuanqu.org.tests.factories import ZoneFactory

from .test_bulletin import SEED_SENTENCE


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "html"])
def test_command_writes_the_file_and_prints_its_path(bulletin_data, tmp_path, capsys, fmt):
    out = tmp_path / f"通报.{fmt}"

    call_command("bulletin", "--year", "2021", "--month", "11", "--format", fmt, "-o", str(out))

    assert capsys.readouterr().out.strip() == str(out)
    assert out.stat().st_size > 0
    if fmt == "docx":
        assert SEED_SENTENCE in [p.text for p in Document(str(out)).paragraphs]


def test_command_picks_the_zone_by_name_when_there_are_several(bulletin_data, tmp_path):
    ZoneFactory(name="另一个开发区")
    out = tmp_path / "b.html"

    call_command(
        "bulletin", "--year", "2021", "--month", "11", "--format", "html", "-o", str(out), "--zone", "武汉临空港经开区"
    )

    assert SEED_SENTENCE in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--month", "10", "--format", "docx"], "2021年1-10月没有数据", id="no-data"),
        pytest.param(["--month", "13", "--format", "docx"], "月份 13 超出 1-12 月", id="month-13"),
        pytest.param(["--month", "11", "--format", "pdf"], "不支持的格式「pdf」", id="bad-format"),
        pytest.param(
            ["--month", "11", "--format", "docx", "--zone", "火星开发区"],
            "未找到开发区「火星开发区」",
            id="unknown-zone",
        ),
    ],
)
def test_command_refuses_bad_input_with_exit_code_2(bulletin_data, tmp_path, args, message):
    out = tmp_path / "x"

    with pytest.raises(CommandError, match=message) as excinfo:
        call_command("bulletin", "--year", "2021", *args, "-o", str(out))

    assert excinfo.value.returncode == 2
    assert not out.exists()


def test_command_asks_for_the_zone_when_there_are_several(bulletin_data, tmp_path):
    ZoneFactory(name="另一个开发区")

    with pytest.raises(CommandError, match="多个开发区") as excinfo:
        call_command("bulletin", "--year", "2021", "--month", "11", "--format", "docx", "-o", str(tmp_path / "x"))

    assert excinfo.value.returncode == 2


def test_command_line_exits_2_with_a_chinese_message():
    # Given a real process (checks the exit status the shell sees); the month is checked before the database.
    manage = Path(settings.BASE_DIR) / "manage.py"
    # When
    result = subprocess.run(
        [
            sys.executable,
            str(manage),
            "bulletin",
            "--year",
            "2021",
            "--month",
            "13",
            "--format",
            "docx",
            "-o",
            "/tmp/x",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    # Then
    assert result.returncode == 2
    assert "月份 13 超出 1-12 月" in result.stderr
