from django import forms
from django.utils.translation import gettext_lazy as _


class UploadForm(forms.Form):
    file = forms.FileField(label=_("文件（.txt、.docx、.pdf、.xlsx）"), allow_empty_file=True)


class FactForm(forms.Form):
    """Shape of a corrected fact; ``item_update`` decides what is valid."""

    indicator = forms.CharField(label=_("指标"), max_length=100)
    kind = forms.ChoiceField(
        label=_("类型"), choices=[("actual", _("实际")), ("estimate", _("预计")), ("target", _("目标"))]
    )
    year = forms.IntegerField(label=_("年度"), required=False)
    months = forms.CharField(label=_("月份(起,止)"), required=False)
    value_base = forms.DecimalField(label=_("数值(基本单位)"), required=False, max_digits=24, decimal_places=6)
    growth_pct = forms.DecimalField(label=_("同比(%)"), required=False, max_digits=12, decimal_places=4)
    completion_pct = forms.DecimalField(label=_("完成目标(%)"), required=False, max_digits=12, decimal_places=4)


class TaskForm(forms.Form):
    """A corrected task: its wording and units (names separated by 、)."""

    title = forms.CharField(label=_("内容"), max_length=2000)
    lead_units = forms.CharField(label=_("牵头责任单位"), required=False, max_length=500)
    units = forms.CharField(label=_("责任单位"), required=False, max_length=1000)


class TaskImportForm(forms.Form):
    year = forms.IntegerField(label=_("导入到年度"), min_value=2000, max_value=2100)
    dry_run = forms.BooleanField(label=_("仅检查，不保存"), required=False)
