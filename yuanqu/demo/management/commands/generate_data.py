"""python manage.py generate_data --scale city|small [--zones N --units N --indicators N --years N]:
synthetic data for benchmarks (see ``yuanqu.demo.synthetic``)."""

from __future__ import annotations

import resource
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from yuanqu.core.errors import DomainError
from yuanqu.demo.synthetic import SCALES, synthetic_generate


class Command(BaseCommand):
    help = (
        "生成合成数据用于基准测试：--scale city 为20个开发区、600个单位、60个指标、5年逐月数据（约200万条）；"
        "--scale small 为1个开发区、30个单位、20个指标、2年。月度数据用 bulk_create 直接写入（不经 figures_set），"
        "红黄牌只计算最后一年（--assess-years 可改）。"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", choices=sorted(SCALES), default="small")
        parser.add_argument("--zones", type=int, help="开发区个数")
        parser.add_argument("--units", type=int, help="单位总数（含各开发区的全区单位）")
        parser.add_argument("--indicators", type=int, help="指标个数（先用指标目录，不足的补合成指标）")
        parser.add_argument("--years", type=int, help="年数（每年12个月）")
        parser.add_argument("--end-year", type=int, default=2021, help="最后一年（默认2021）")
        parser.add_argument("--seed", type=int, default=2021)
        parser.add_argument("--batch-size", type=int, default=5000)
        parser.add_argument("--assess-years", type=int, default=1, help="计算红黄牌的年数，从最后一年往前数；0为不计算")
        parser.add_argument("--reset", action="store_true", help="先删除已有的合成开发区")

    def handle(self, *args: Any, **options: Any) -> None:
        preset = SCALES[options["scale"]]
        params = {
            "zones": options["zones"] or preset.zones,
            "units": options["units"] or preset.units,
            "indicators": options["indicators"] or preset.indicators,
            "years": options["years"] or preset.years,
        }
        self.stdout.write(
            f"生成合成数据（{options['scale']}，数据库 {connection.vendor}）：{params['zones']} 个开发区，"
            f"{params['units']} 个单位，{params['indicators']} 个指标，{params['years']} 年"
        )
        try:
            result = synthetic_generate(
                **params,
                end_year=options["end_year"],
                seed=options["seed"],
                batch_size=options["batch_size"],
                assess_years=options["assess_years"],
                reset=options["reset"],
                progress=self.stdout.write,
            )
        except DomainError as exc:
            raise CommandError(exc.message) from exc
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(
            f"合计：开发区 {result.zones}，单位 {result.units}，指标 {result.indicators}，"
            f"月度数据 {result.figures}，目标 {result.targets}，红黄牌 {result.assessments}。"
        )
        self.stdout.write(
            self.style.SUCCESS(f"用时 {result.seconds['total']:.1f} 秒，进程内存峰值约 {peak_mb:.0f} MB。")
        )
