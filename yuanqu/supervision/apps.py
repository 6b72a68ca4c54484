from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupervisionConfig(AppConfig):
    name = "yuanqu.supervision"
    verbose_name = _("目标任务与督查督办")
