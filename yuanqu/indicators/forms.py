"""Forms check input shape only; the actions decide."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yuanqu.indicators.choices import FigureStatus, TargetTier
from yuanqu.indicators.models import Indicator
from yuanqu.org.models import Unit

MONTH_CHOICES = [(m, f"1-{m}月" if m > 1 else "1月") for m in range(1, 13)]


class PeriodForm(forms.Form):
    """Year and month of a 1-N月 period, from the query string."""

    year = forms.IntegerField(label=_("年度"), min_value=1990, max_value=2100, required=False)
    month = forms.TypedChoiceField(label=_("期间"), choices=MONTH_CHOICES, coerce=int, required=False, empty_value=None)


class EntryPeriodForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("填报单位"), queryset=Unit.objects.none())
    year = forms.IntegerField(label=_("年度"), min_value=1990, max_value=2100)
    month = forms.TypedChoiceField(label=_("期间"), choices=MONTH_CHOICES, coerce=int)

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]


class EntryForm(forms.Form):
    """One row per indicator: 1-N月累计, 本月, 上年同期, 同比%, in the indicator's display unit."""

    status = forms.ChoiceField(label=_("数据状态"), choices=FigureStatus.choices, initial=FigureStatus.FLASH)
    confirm_jumps = forms.BooleanField(label=_("已核对大幅变动的数据，确认无误"), required=False)

    COLUMNS = (
        ("value", _("1-N月累计")),
        ("month_value", _("本月")),
        ("prior_value", _("上年同期")),
        ("growth_pct", _("同比增长(%)")),
    )

    def __init__(
        self, *args: Any, indicators: list[Indicator], initial_rows: dict[int, dict[str, Any]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.indicators = indicators
        for ind in indicators:
            for name, label in self.COLUMNS:
                field = forms.DecimalField(
                    label=f"{ind.name} {label}",
                    required=False,
                    max_digits=22,
                    decimal_places=6,
                    error_messages={"invalid": f"「{ind.name}」{label}：请输入数字"},
                )
                self.fields[f"{name}_{ind.pk}"] = field
                value = initial_rows.get(ind.pk, {}).get(name)
                if value is not None:
                    self.initial[f"{name}_{ind.pk}"] = value

    def rows(self) -> list[dict[str, Any]]:
        """Cleaned rows, skipping indicators left entirely blank."""
        out = []
        for ind in self.indicators:
            values: dict[str, Decimal | None] = {
                name: self.cleaned_data.get(f"{name}_{ind.pk}") for name, _label in self.COLUMNS
            }
            if all(v is None for v in values.values()):
                continue
            out.append({"indicator": ind, **values})
        return out

    def bound_rows(self) -> list[dict[str, Any]]:
        return [
            {"indicator": ind, "fields": [self[f"{name}_{ind.pk}"] for name, _label in self.COLUMNS]}
            for ind in self.indicators
        ]


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Excel 文件 (.xlsx)"))
    year = forms.IntegerField(label=_("年度（表中未写明时）"), required=False, min_value=1990, max_value=2100)
    month = forms.TypedChoiceField(
        label=_("期间（表中未写明时）"),
        choices=[("", "—"), *MONTH_CHOICES],
        coerce=int,
        required=False,
        empty_value=None,
    )
    unit = forms.ModelChoiceField(label=_("填报单位（表中未写明时）"), queryset=Unit.objects.none(), required=False)
    dry_run = forms.BooleanField(label=_("仅检查，不保存"), required=False, initial=True)

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]


class TargetForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("单位"), queryset=Unit.objects.none())
    indicator = forms.ModelChoiceField(label=_("指标"), queryset=Indicator.objects.filter(is_active=True))
    year = forms.IntegerField(label=_("年度"), min_value=1990, max_value=2100)
    tier = forms.ChoiceField(label=_("档次"), choices=TargetTier.choices, initial=TargetTier.EXPECTED)
    value = forms.DecimalField(label=_("目标值（按指标计量单位）"), required=False, max_digits=22, decimal_places=6)
    growth_pct = forms.DecimalField(label=_("目标增速(%)"), required=False, max_digits=10, decimal_places=4)
    lead_unit = forms.ModelChoiceField(label=_("牵头责任单位"), queryset=Unit.objects.none(), required=False)

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["lead_unit"].queryset = units  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("value") is None and data.get("growth_pct") is None:
            raise forms.ValidationError("目标值和目标增速至少填一项。")
        return data
