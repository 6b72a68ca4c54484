"""Settings read from the environment (see .env.example). SQLite and in-process jobs by default."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
env_file = BASE_DIR / ".env"
if env_file.exists():
    env.read_env(str(env_file))

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-dev-key-change-me-in-production")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "yuanqu.core",
    "yuanqu.org",
    "yuanqu.indicators",
    "yuanqu.reports",
    "yuanqu.supervision",
    "yuanqu.docintel",
    "yuanqu.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "yuanqu.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "yuanqu" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "yuanqu.org.context_processors.access_flags",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "org.User"
AUTHENTICATION_BACKENDS = ["yuanqu.org.backends.LockoutModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env.int("YUANQU_PASSWORD_MIN_LENGTH", default=8)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "yuanqu.org.validators.CharacterClassValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"
# Lockout after this many consecutive failed logins, for this many minutes.
YUANQU_LOGIN_MAX_FAILURES = env.int("YUANQU_LOGIN_MAX_FAILURES", default=5)
YUANQU_LOGIN_LOCKOUT_MINUTES = env.int("YUANQU_LOGIN_LOCKOUT_MINUTES", default=30)
SESSION_COOKIE_AGE = env.int("YUANQU_SESSION_SECONDS", default=8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = True

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", default="Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "yuanqu" / "static"]
MEDIA_ROOT = env.path("YUANQU_MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
# The largest spreadsheet an import accepts, in bytes.
YUANQU_IMPORT_MAX_BYTES = env.int("YUANQU_IMPORT_MAX_BYTES", default=20 * 1024 * 1024)
# The largest document document intelligence reads, in bytes.
YUANQU_DOCINTEL_MAX_BYTES = env.int("YUANQU_DOCINTEL_MAX_BYTES", default=20 * 1024 * 1024)
# A monthly entry whose cumulative value jumps by more than this share over last month is flagged.
YUANQU_ENTRY_JUMP_THRESHOLD_PCT = env.float("YUANQU_ENTRY_JUMP_THRESHOLD_PCT", default=50.0)

# Supervision (督查督办): reports due on this day of the next month; reminders this many days before;
# 督办单 replies due this many days after issue; card scores and annual weights; units listed as 排名靠后.
YUANQU_SUPERVISION_DUE_DAY = env.int("YUANQU_SUPERVISION_DUE_DAY", default=6)
YUANQU_SUPERVISION_REMIND_DAYS = env.int("YUANQU_SUPERVISION_REMIND_DAYS", default=3)
YUANQU_SUPERVISION_REPLY_DAYS = env.int("YUANQU_SUPERVISION_REPLY_DAYS", default=5)
YUANQU_SUPERVISION_CARD_SCORES = env.json(
    "YUANQU_SUPERVISION_CARD_SCORES", default={"green": 100, "yellow": 80, "red": 60}
)
YUANQU_SUPERVISION_ANNUAL_WEIGHTS = env.json(
    "YUANQU_SUPERVISION_ANNUAL_WEIGHTS", default={"monthly": 0.7, "completion": 0.3}
)
YUANQU_SUPERVISION_ATTACHMENT_MAX_MB = env.int("YUANQU_SUPERVISION_ATTACHMENT_MAX_MB", default=20)
YUANQU_SUPERVISION_UNIT_CARD_SCORES = env.json(
    "YUANQU_SUPERVISION_UNIT_CARD_SCORES", default={"green": 90, "yellow": 75}
)
YUANQU_SUPERVISION_BOTTOM_COUNT = env.int("YUANQU_SUPERVISION_BOTTOM_COUNT", default=3)

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="yuanqu@localhost")

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "yuanqu.api.pagination.StandardPagination",
    "PAGE_SIZE": 100,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "yuanqu.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "yuanqu API",
    "DESCRIPTION": "园区管理平台：经济运行（指标、目标、月度数据、评估）、目标任务与督查督办、文档智能。令牌：POST /api/auth/token/",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Several apps name a field "card" or "status" with different choices: name each set once.
    "ENUM_NAME_OVERRIDES": {
        "IndicatorCardEnum": "yuanqu.indicators.choices.Card",
        "TaskCardEnum": "yuanqu.supervision.choices.Card",
        "FigureStatusEnum": "yuanqu.indicators.choices.FigureStatus",
        "TaskStatusEnum": "yuanqu.supervision.choices.TaskStatus",
        "DocumentStatusEnum": "yuanqu.docintel.choices.DocumentStatus",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
