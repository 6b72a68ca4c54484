from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocintelConfig(AppConfig):
    name = "yuanqu.docintel"
    verbose_name = _("文档智能")
