"""Production settings: PostgreSQL via DATABASE_URL, Celery on Redis, secure cookies."""

from config.settings.base import *  # noqa: F403
from config.settings.base import env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/0")
CELERY_TASK_ALWAYS_EAGER = False
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The daily supervision round (reminders, 催办, 督办单) at 08:00; run `celery -A config beat` beside a worker.
from celery.schedules import crontab  # noqa: E402

CELERY_BEAT_SCHEDULE = {
    "supervision-daily": {"task": "supervision.daily", "schedule": crontab(hour=8, minute=0)},
}
