"""The demo loader: the whole 004 table and 2021 reports in the demo zone, idempotently."""

import pytest

from yuanqu.demo.actions import demo_load
from yuanqu.supervision.demo import supervision_demo_load
from yuanqu.supervision.models import Report, Task, TaskEvaluation, UnitEvaluation


@pytest.mark.django_db
def test_demo_loads_004_table_and_2021_reports_idempotently():
    # Given the demo loaded (it loads the supervision demo as one of its steps)
    result = demo_load()
    zone = result.zone
    first = result.supervision
    # Then the whole 004 table and a year of reports are there, evaluated
    assert first["imported"] and first["tasks"] == 6 + 23 + 64 and first["reports_created"] > 1000
    assert TaskEvaluation.objects.filter(year=2021, month=11).exists()
    assert UnitEvaluation.objects.filter(year=2021, month=11, is_bottom=True).exists()
    # When it is loaded again, nothing is added
    again = supervision_demo_load(zone=zone)
    assert not again["imported"] and again["reports_created"] == 0 and again["meetings_created"] == 0
    assert Task.objects.filter(plan__zone=zone).count() == first["tasks"] and Report.objects.count() == first["reports"]
