"""Writes: figures and targets through the actions, with the change log and recomputed cards."""

from decimal import Decimal as D

import pytest

from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.core.models import ChangeLog
from yuanqu.indicators import actions
from yuanqu.indicators.choices import Card, FigureStatus, TargetTier
from yuanqu.indicators.models import Assessment, Figure

YI = D(100_000_000)


def fig(unit, indicator, month, value, **kw):
    return actions.FigureInput(unit=unit, indicator=indicator, year=2021, month=month, value=value, **kw)


def test_figure_set_records_change_log_with_before_and_after(stats_user, street, retail):
    # Given a figure recorded once
    actions.figure_set(
        user=stats_user, unit=street, indicator=retail, year=2021, month=3, value=10 * YI, growth_pct=D("12.5")
    )
    # When it is revised
    figure = actions.figure_set(
        user=stats_user,
        unit=street,
        indicator=retail,
        year=2021,
        month=3,
        value=11 * YI,
        growth_pct=D("13.1"),
        status=FigureStatus.FINAL,
    )
    # Then the revision is counted and the log holds who, before and after
    assert figure.revision == 1
    logs = list(ChangeLog.objects.filter(model="indicators.figure", object_id=str(figure.pk)).order_by("id"))
    assert [log.action for log in logs] == ["create", "update"]
    assert logs[1].user == stats_user
    assert logs[1].before["value"] == str(10 * YI) or D(logs[1].before["value"]) == 10 * YI
    assert D(logs[1].after["value"]) == 11 * YI
    assert logs[1].before["status"] == "flash" and logs[1].after["status"] == "final"


def test_same_values_again_change_nothing(stats_user, street, retail):
    actions.figure_set(
        user=stats_user, unit=street, indicator=retail, year=2021, month=3, value=10 * YI, growth_pct=D(5)
    )
    result = actions.figures_set(user=stats_user, items=[fig(street, retail, 3, 10 * YI, growth_pct=D(5))])
    assert (result.created, result.updated, result.unchanged) == (0, 0, 1)
    assert ChangeLog.objects.filter(model="indicators.figure").count() == 1


def test_official_growth_is_stored_as_published_never_recomputed(stats_user, street, retail):
    figure = actions.figure_set(
        user=stats_user,
        unit=street,
        indicator=retail,
        year=2021,
        month=3,
        value=110 * YI,
        prior_value=100 * YI,
        growth_pct=D("8.7"),
    )
    assert figure.growth_pct == D("8.7")
    assert figure.growth_derived is False


def test_missing_growth_is_derived_from_last_year_and_marked(stats_user, street, retail):
    actions.figure_set(
        user=stats_user, unit=street, indicator=retail, year=2020, month=3, value=100 * YI, growth_pct=D(1)
    )
    figure = actions.figure_set(user=stats_user, unit=street, indicator=retail, year=2021, month=3, value=115 * YI)
    assert figure.growth_pct == D("15.0000")
    assert figure.growth_derived is True
    assert figure.prior_value == 100 * YI


def test_reporter_cannot_write_another_unit_and_nothing_is_saved(reporter, street, other_street, retail):
    with pytest.raises(DomainError) as err:
        actions.figures_set(user=reporter, items=[fig(street, retail, 3, YI), fig(other_street, retail, 3, YI)])
    assert any("无权填报单位「金银湖街」" in e for e in err.value.errors)
    assert Figure.objects.count() == 0


def test_reporter_writes_own_unit(reporter, street, retail):
    actions.figures_set(user=reporter, items=[fig(street, retail, 3, YI, growth_pct=D(2))])
    assert Figure.objects.get().updated_by == reporter


def test_january_rejected_for_indicator_first_reported_for_february(stats_user, street, output_value):
    with pytest.raises(DomainError) as err:
        actions.figures_set(user=stats_user, items=[fig(street, output_value, 1, YI, row=4)])
    assert err.value.errors == ["第 4 行「月」: 指标「规模以上工业总产值」没有 1-1 月的报告期（自 1-2 月起报）"]


def test_month_beyond_year_is_rejected(stats_user, street, retail):
    with pytest.raises(DomainError) as err:
        actions.figures_set(user=stats_user, items=[fig(street, retail, 13, YI, row=7, columns={"month": "月份"})])
    assert "第 7 行「月份」: 月份 13 超出 1-12 月" in err.value.errors


def test_cumulative_value_below_earlier_month_is_rejected(stats_user, street, retail):
    actions.figure_set(
        user=stats_user, unit=street, indicator=retail, year=2021, month=5, value=50 * YI, growth_pct=D(1)
    )
    with pytest.raises(DomainError) as err:
        actions.figures_set(user=stats_user, items=[fig(street, retail, 6, 40 * YI, growth_pct=D(1), row=9)])
    assert err.value.errors[0].startswith("第 9 行「累计值」: 累计值不能小于更早月份")
    assert Figure.objects.count() == 1


def test_duplicate_rows_are_rejected_with_both_rows_named(stats_user, street, retail):
    with pytest.raises(DomainError) as err:
        actions.figures_set(
            user=stats_user, items=[fig(street, retail, 3, YI, row=5), fig(street, retail, 3, YI, row=8)]
        )
    assert err.value.errors[0].startswith("第 8 行「指标」: 与第 5 行重复")


def test_figure_needs_value_or_growth(stats_user, street, retail):
    with pytest.raises(DomainError):
        actions.figures_set(user=stats_user, items=[fig(street, retail, 3, None)])


def test_viewer_and_leader_cannot_write(leader_user, viewer_user, street, retail):
    for user in (leader_user, viewer_user):
        with pytest.raises(DomainError):
            actions.figures_set(user=user, items=[fig(street, retail, 3, YI)])


def test_only_statistics_and_admin_set_targets(reporter, stats_user, zone_unit, retail):
    with pytest.raises(DomainError):
        actions.target_set(user=reporter, unit=zone_unit, indicator=retail, year=2021, value=496 * YI)
    target = actions.target_set(
        user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=496 * YI, growth_pct=D("16.5")
    )
    assert target.value == 496 * YI and target.growth_pct == D("16.5")


def test_assessment_computes_completion_gap_and_card(stats_user, zone_unit, retail):
    # Given a target of 496亿元 and 1-6月 of 200亿元 (40.3%, 9.7 points behind 50%)
    actions.target_set(
        user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=496 * YI, growth_pct=D("16.5")
    )
    actions.figure_set(
        user=stats_user, unit=zone_unit, indicator=retail, year=2021, month=6, value=200 * YI, growth_pct=D("18")
    )
    a = Assessment.objects.get(unit=zone_unit, indicator=retail, year=2021, month=6)
    assert a.completion_pct == D("40.3226")
    assert a.time_progress_pct == D("50.0000")
    assert a.gap_pp == D("-9.6774")
    assert a.card == Card.YELLOW
    assert a.reasons == ["完成率落后时间进度9.68个百分点"]


def test_yellow_two_months_running_becomes_red_in_history(stats_user, zone_unit, retail):
    actions.target_set(user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=120 * YI)
    actions.figures_set(
        user=stats_user,
        items=[
            fig(zone_unit, retail, 5, 35 * YI, growth_pct=D(1)),  # 29.2% vs 41.7%: 12.5 behind → red
            fig(zone_unit, retail, 6, 53 * YI, growth_pct=D(1)),  # 44.2% vs 50%: 5.8 behind → yellow
            fig(
                zone_unit, retail, 7, 63 * YI, growth_pct=D(1)
            ),  # 52.5% vs 58.3%: 5.8 behind → yellow after yellow → red
        ],
    )
    cards = dict(Assessment.objects.filter(unit=zone_unit).values_list("month", "card"))
    assert cards == {5: Card.RED, 6: Card.RED, 7: Card.RED}


def test_rankings_among_units_exclude_zone_total(stats_user, zone_unit, street, other_street, retail):
    actions.figures_set(
        user=stats_user,
        items=[
            fig(zone_unit, retail, 3, 30 * YI, growth_pct=D(10)),
            fig(street, retail, 3, 10 * YI, growth_pct=D(5)),
            fig(other_street, retail, 3, 20 * YI, growth_pct=D(15)),
        ],
    )
    ranks = {a.unit.name: (a.rank_growth, a.rank_size) for a in Assessment.objects.select_related("unit")}
    assert ranks == {"全区": (None, None), "走马岭街": (2, 2), "金银湖街": (1, 2)}


def test_target_change_recomputes_cards(stats_user, zone_unit, retail):
    actions.figure_set(
        user=stats_user, unit=zone_unit, indicator=retail, year=2021, month=6, value=50 * YI, growth_pct=D(1)
    )
    assert Assessment.objects.get().card == Card.NONE
    actions.target_set(user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=100 * YI)
    assert Assessment.objects.get().card == Card.GREEN
    actions.target_set(user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=200 * YI)
    assert Assessment.objects.get().card == Card.RED


def test_stretch_target_completion(stats_user, zone_unit, retail):
    actions.target_set(user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=100 * YI)
    actions.target_set(
        user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=125 * YI, tier=TargetTier.STRETCH
    )
    actions.figure_set(
        user=stats_user, unit=zone_unit, indicator=retail, year=2021, month=6, value=50 * YI, growth_pct=D(1)
    )
    a = Assessment.objects.get()
    assert (a.completion_pct, a.stretch_completion_pct) == (D("50.0000"), D("40.0000"))


def test_card_rules_are_configurable_per_zone(
    stats_user, reporter, zone, zone_unit, retail, django_capture_on_commit_callbacks
):
    actions.target_set(user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=100 * YI)
    actions.figure_set(
        user=stats_user, unit=zone_unit, indicator=retail, year=2021, month=6, value=43 * YI, growth_pct=D(1)
    )
    assert Assessment.objects.get().card == Card.YELLOW
    with pytest.raises(PermissionDenied):
        actions.card_rules_save(user=reporter, zone=zone, yellow_lag_pp=D(8))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        actions.card_rules_save(user=stats_user, zone=zone, yellow_lag_pp=D(8), red_lag_pp=D(12))
    assert len(callbacks) == 1  # the recompute job, queued after commit
    assert Assessment.objects.get().card == Card.GREEN


def test_indicator_alias_may_not_collide(stats_user, retail):
    with pytest.raises(DomainError, match="社零"):
        actions.indicator_save(user=stats_user, code="other", name="其他指标", unit="亿元", aliases=["社零"])


def test_setting_the_same_target_again_logs_nothing(stats_user, zone_unit, retail):
    actions.target_set(user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=496 * YI)
    actions.target_set(user=stats_user, unit=zone_unit, indicator=retail, year=2021, value=496 * YI)
    assert ChangeLog.objects.filter(model="indicators.target").count() == 1


def test_stock_card_judges_progress_from_last_year_end(stats_user, zone_unit):
    from yuanqu.indicators.choices import IndicatorKind
    from yuanqu.indicators.tests.factories import IndicatorFactory

    total = IndicatorFactory(code="entities", name="市场主体总量", unit="户", kind=IndicatorKind.STOCK)
    actions.figure_set(
        user=stats_user, unit=zone_unit, indicator=total, year=2020, month=12, value=D(130_000), growth_pct=D(5)
    )
    actions.target_set(user=stats_user, unit=zone_unit, indicator=total, year=2021, value=D(145_613))
    # 1-6月: 138,000 is 51% of the way from 130,000 to 145,613 at 50% time — on track, although 94.8% of the target
    actions.figure_set(
        user=stats_user, unit=zone_unit, indicator=total, year=2021, month=6, value=D(138_000), growth_pct=D(6)
    )
    a = Assessment.objects.get(indicator=total, year=2021)
    assert a.card == Card.GREEN
    assert a.completion_pct == D("94.7718")


def test_no_growth_is_derived_for_a_share(stats_user, zone_unit):
    from yuanqu.indicators.choices import IndicatorKind
    from yuanqu.indicators.tests.factories import IndicatorFactory

    share = IndicatorFactory(code="share", name="技改投资占工业投资比重", unit="%", kind=IndicatorKind.RATE)
    actions.figure_set(
        user=stats_user, unit=zone_unit, indicator=share, year=2020, month=6, value=D(35), growth_pct=D(1)
    )
    figure = actions.figure_set(user=stats_user, unit=zone_unit, indicator=share, year=2021, month=6, value=D(39))
    assert figure.growth_pct is None and not figure.growth_derived
