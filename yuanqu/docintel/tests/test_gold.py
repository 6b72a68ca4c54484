"""The seed gold through the scorer, with a floor just under what the engine measures."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# The five seeds are kept beside the gold, so the floor is checked on every machine.
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _eval_module():
    spec = importlib.util.spec_from_file_location("extract_eval", ROOT / "bench" / "extract_eval.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_seed_gold_scores_above_the_floor():
    result = _eval_module().evaluate(seed_dir=SEEDS)
    # All five seeds are annotated blind (see data/gold/README.md). Measured on 2026-11-22 after
    # round 11 and still after round 17: P 0.988, R 0.917, F1 0.951 (0.945 after round 10, 0.907 after round 6, 0.857 before
    # rounds 5 and 6). The floor guards against regressions; the aim on reports never seen
    # (F1 ≥ 0.95) is not reached: see bench/README.md.
    assert result["totals"]["gold"] >= 270
    assert result["f1"] >= 0.94, result["f1"]
    assert result["precision"] >= 0.97 and result["recall"] >= 0.90
    assert all(value >= 0.95 for value in result["accuracy"].values()), result["accuracy"]


def test_scorer_matches_by_alias_kind_and_tolerance():
    scorer = _eval_module()
    gold = [
        {
            "indicator": "规模以上工业总产值",
            "kind": "actual",
            "value_base": 100.0,
            "year": 2020,
            "months": [1, 12],
            "growth_pct": 5,
            "completion_pct": None,
        }
    ]
    near = [
        {
            "indicator": "规上工业总产值",
            "kind": "actual",
            "value_base": 100.05,
            "year": 2020,
            "months": [1, 11],
            "growth_pct": 5,
            "completion_pct": None,
        }
    ]
    wrong_kind = [{**near[0], "kind": "target"}]
    result = scorer.score(gold, near)
    assert result["tp"] == 1 and result["fields"]["months"] == 0 and result["fields"]["year"] == 1
    assert scorer.score(gold, wrong_kind)["tp"] == 0


def test_scorer_reads_names_without_quotes_stock_words_target_tiers_or_generic_brackets():
    same = _eval_module()._same_indicator
    assert same("国家级专精特新“小巨人”企业", "国家级专精特新小巨人企业")
    assert same("关联上下游企业累计（智能制造产业园）", "关联上下游企业累计（智能制造产业园）")
    assert same("农民专业合作社（累计）", "农民专业合作社")
    assert same("新登记市场主体（拼搏目标）", "新登记市场主体")
    # a tier leaves the catalogue name: 实际利用外资（拼搏目标） is the catalogue's 实际使用外资
    assert same("实际利用外资（拼搏目标）", "实际使用外资（拼搏目标）")
    # a chain's figure written either way; a generic word in brackets is no unit
    assert same("签约项目（锂电新能源产业链）", "锂电新能源产业链签约项目")
    assert same("国家级现代化农业产业园（基地）", "国家级现代化农业产业园")
    assert not same("签约项目（锂电新能源产业链）", "签约项目")
    # the plan of projects' investment written with or without 年度计划 (the kind tells it is a plan)
    assert same("重点项目年度计划投资", "重点项目投资")
    assert same("重点项目计划投资", "重点项目完成投资")
    assert not same("重点项目年度计划投资", "产业项目投资")
    # a unit and a target's tier written in either order (round 14)
    assert same("规模以上工业总产值（青禾街道）（拼搏目标）", "规模以上工业总产值（拼搏目标）（青禾街道）")
    assert not same("规模以上工业总产值（青禾街道）（拼搏目标）", "规模以上工业总产值（拼搏目标）")
    # a validity before 高新技术企业 names the same stock (round 15)
    assert same("净增有效高新技术企业", "净增高新技术企业")
    assert not same("有效发明专利拥有量", "发明专利授权量")
    # a size threshold written before or after the stage of the projects it sorts (round 14)
    assert same("在谈10亿元以上项目", "10亿元以上在谈项目")
    assert same("新签约亿元以上项目", "亿元以上新签约项目")
    assert not same("在谈10亿元以上项目", "在建10亿元以上项目")
    # a figure for a unit is still not the zone's, and different names stay different
    assert not same("固定资产投资（青禾街道）", "固定资产投资")
    assert not same("新登记市场主体", "新登记企业")
