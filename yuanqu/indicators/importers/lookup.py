"""Finding the catalogue indicator and the zone's unit that a sheet's wording refers to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from yuanqu.indicators.importers.cells import clean_name, fold, key, split_unit
from yuanqu.indicators.models import Indicator
from yuanqu.org.choices import UnitType
from yuanqu.org.models import Unit, Zone

GROWTH_SUFFIX = re.compile(r"(?:同比)?(?:增长率|增长速度|增速|增幅|增长)$")
SIZE_SUFFIX = re.compile(r"(?:总量|规模|总额完成|完成额|完成值)$")
UNIT_SUFFIXES = (("街道办事处", "街"), ("办事处", ""), ("街道", "街"))


@dataclass(frozen=True)
class IndicatorMatch:
    """An indicator found for a label; ``growth`` when the label names its rate ('规上工业增加值增速')."""

    indicator: Indicator
    growth: bool
    unit: str | None  # unit of measure written in the label（亿元）


class AmbiguousUnit(LookupError):
    """The same unit name exists in several zones and no zone was given."""


class Lookup:
    """Names of the catalogue and of the zone's units, keyed for tolerant matching; loaded once."""

    def __init__(self, zone: Zone | None):
        self.zone = zone
        self._indicators: dict[str, Indicator] = {}
        for indicator in Indicator.objects.order_by("sort_order", "code"):
            for label in [indicator.name, *indicator.aliases]:
                self._indicators.setdefault(key(clean_name(split_unit(label)[0])), indicator)
        units = Unit.objects.select_related("zone").order_by("zone_id", "sort_order", "pk")
        if zone is not None:
            units = units.filter(zone=zone)
        self.units = list(units)
        self._units: dict[str, list[Unit]] = {}
        for unit in self.units:
            for label in {unit.name, unit.short_name, *unit.aliases}:
                if label and label.strip():
                    bucket = self._units.setdefault(key(label), [])
                    if unit not in bucket:
                        bucket.append(unit)

    # ------------------------------------------------------------ indicators

    def indicator(self, label: str) -> IndicatorMatch | None:
        """The indicator a row or column label names, tolerant of numbering, units and 增速/总量 words."""
        name, unit = split_unit(clean_name(label))
        name = clean_name(name)
        for candidate, growth in self._candidates(name):
            found = self._indicators.get(key(candidate))
            if found is not None:
                return IndicatorMatch(found, growth, unit)
        return None

    def _candidates(self, name: str) -> list[tuple[str, bool]]:
        out = [(name, False)]
        bare = re.sub(r"\([^()]*\)", "", name).strip()
        if bare and bare != name:
            out.append((bare, False))
        for text in list(dict.fromkeys([name, bare])):
            if GROWTH_SUFFIX.search(text):
                stem = GROWTH_SUFFIX.sub("", text).strip()
                out.append((stem, True))
                if SIZE_SUFFIX.search(stem):
                    out.append((SIZE_SUFFIX.sub("", stem).strip(), True))
            if SIZE_SUFFIX.search(text):
                out.append((SIZE_SUFFIX.sub("", text).strip(), False))
        return [(c, g) for c, g in out if c]

    # ------------------------------------------------------------ units

    def unit(self, label: str) -> Unit | None:
        """The zone's unit named by ``label`` (name, short name or alias); raises AmbiguousUnit."""
        text = fold(label).strip()
        tries = [text]
        for suffix, replacement in UNIT_SUFFIXES:
            if text.endswith(suffix):
                tries.append(text[: -len(suffix)] + replacement)
        for candidate in tries:
            found = self._units.get(key(candidate))
            if found:
                if len(found) > 1:
                    raise AmbiguousUnit(label)
                return found[0]
        return None

    def unit_in_text(self, text: str) -> Unit | None:
        """The unit whose name appears in a title ('走马岭街2021年1-6月…'), longest name first."""
        folded = key(text)
        best: tuple[int, Unit] | None = None
        for label, units in self._units.items():
            if len(label) >= 2 and label in folded and len(units) == 1 and (best is None or len(label) > best[0]):
                best = (len(label), units[0])
        return best[1] if best else None

    def zone_unit(self) -> Unit | None:
        """The zone-total unit (type 全区) that carries the zone's targets, when there is exactly one."""
        totals = [u for u in self.units if u.type == UnitType.ZONE]
        return totals[0] if len(totals) == 1 else None
