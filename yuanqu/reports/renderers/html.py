"""The bulletin as a standalone printable HTML page (inline CSS, no external assets)."""

from __future__ import annotations

from django.template.loader import render_to_string

from yuanqu.reports.bulletin import Bulletin, amount_text, growth_text
from yuanqu.reports.renderers import cards_by_unit, cn_number, ranking_excerpt


def render_html(bulletin: Bulletin) -> bytes:
    rankings = []
    for number, ranking in enumerate(bulletin.rankings, start=1):
        shown, omitted = ranking_excerpt(ranking)
        rows = [
            None
            if r is None
            else {
                "unit": r.unit,
                "value": amount_text(r.value, ranking.decimals),
                "growth": growth_text(r.growth_pct),
                "rank_growth": r.rank_growth or "—",
                "completion": "—" if r.completion_pct is None else r.completion_pct,
                "rank_completion": r.rank_completion or "—",
                "card": r.card,
                "card_label": r.card_label,
            }
            for r in shown
        ]
        rankings.append(
            {
                "number": cn_number(number),
                "ranking": ranking,
                "rows": rows,
                "omitted": omitted,
                "shown_each": (ranking.size - omitted) // 2,
            }
        )
    context = {"b": bulletin, "rankings": rankings, "cards_by_unit": cards_by_unit(bulletin.cards)}
    html = render_to_string("reports/bulletin.html", context)
    return html.encode("utf-8")
