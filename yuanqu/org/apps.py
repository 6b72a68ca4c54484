from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgConfig(AppConfig):
    name = "yuanqu.org"
    verbose_name = _("组织")

    def ready(self) -> None:
        from yuanqu.org import backends  # noqa: F401  (connects the failed-login signal)
