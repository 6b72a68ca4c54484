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
