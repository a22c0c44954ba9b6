"""Settings for every environment. Production differs from development only through environment variables.

Variables (all optional; `coalition check --deploy` says which ones production needs):
- DJANGO_DEBUG: "yes" for development (default "no").
- DJANGO_SECRET_KEY (or DJANGO_SECRET_KEY_FILE, a file holding it): set it in production. Without either, the
  key is kept in the data directory's secret_key file, created (mode 0600) on first use.
- DJANGO_ALLOWED_HOSTS: comma-separated host names (default "127.0.0.1,localhost").
- DJANGO_CSRF_TRUSTED_ORIGINS: comma-separated origins, for a site behind a proxy.
- DJANGO_HTTPS: secure cookies and HSTS, for a site served over HTTPS. On by default unless DJANGO_DEBUG is on:
  set "no" to serve plain HTTP, as scripts/run does on loopback.
- DATABASE_URL: e.g. sqlite:///path/to/db.sqlite3 or postgres://user@127.0.0.1:5432/name.
  Default: SQLite in the project's var/ folder.
- COALITION_DATA_DIR: where the SQLite file and collected static files live (default ./var of the project).
- COALITION_MAX_UPLOAD_BYTES: the largest factsheet accepted (default 20 MB).
- DJANGO_LOG_LEVEL: level of the log written to stderr (default INFO).
- COALITION_API_ANON_RATE: requests an anonymous API client may make, e.g. "60/min" (default).
- COALITION_NUM_PROXIES: reverse proxies of yours in front of the server (default 0). With 0, forwarded headers
  are ignored: the API's rate limit counts the connecting address and X-Forwarded-Proto is not trusted. With N,
  the Nth address from the right of X-Forwarded-For is the client, and X-Forwarded-Proto says whether the
  request came over HTTPS.
- COALITION_APPROXIMATE_BAND: half-width of the range an "approximately" figure stands for (default 0.1,
  so "about 100" counts as 90 to 110 in totals).
- COALITION_CONTACT_EMAIL: the address readers are given on the about page (none shown when unset).
- COALITION_REQUEST_DEADLINE_SECONDS: a request still running after this long is stopped with a 503 problem
  (API) or the site's error page, before gunicorn's 30-second worker timeout (default 25; 0 turns it off).
- DJANGO_AXES_FAILURE_LIMIT: failed logins before an account is locked for an hour (default 5).
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str, secret_key

PROJECT_DIR = Path(__file__).resolve().parents[2]
DATA_DIR = Path(env_str("COALITION_DATA_DIR", str(PROJECT_DIR / "var")))

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY, SECRET_KEY_SOURCE = secret_key(DATA_DIR)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "simple_history",
    "coalition.partners",
    "coalition.editorial",
    "coalition.documents",
    "coalition.claims",
    "coalition.ingest",
    "coalition.exports",
    "coalition.events",
    "coalition.profiles",
    "coalition.website",
    "ninja",
    "coalition.api",
    "coalition.review",
    "axes",
    "coalition.totals",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "coalition.urls"
WSGI_APPLICATION = "coalition.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'coalition.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the one writer work at the same time; IMMEDIATE avoids lock upgrades failing.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Accounts (docs/editorial.md): Argon2 first; the others only read older hashes. Axes counts failed logins.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "review:login"
LOGIN_REDIRECT_URL = "review:dashboard"
LOGOUT_REDIRECT_URL = "review:login"
AXES_FAILURE_LIMIT = env_int("DJANGO_AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "review/locked_out.html"
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("ar", _("Arabic"))]
LOCALE_PATHS = [PROJECT_DIR / "coalition" / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Rendered public pages (coalition/website/page_cache.py), shared by every worker of the server.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": DATA_DIR / "cache",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

# Security: safe by default, so HTTPS is assumed unless DJANGO_HTTPS=no (or debug) says otherwise.
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
NUM_PROXIES = env_int("COALITION_NUM_PROXIES", 0)
BEHIND_PROXY = NUM_PROXIES > 0
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_AGE = 8 * 60 * 60
CSRF_COOKIE_SAMESITE = "Lax"
# No inline script or style anywhere; pages load only this site's own files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
# A client can send X-Forwarded-Proto itself: trust it only from a proxy that overwrites it.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# The project's own settings, read at call time through coalition.conf.
COALITION = {
    "MAX_UPLOAD_BYTES": env_int("COALITION_MAX_UPLOAD_BYTES", 20 * 1024 * 1024),
    "API_ANON_RATE": env_str("COALITION_API_ANON_RATE", "60/min"),
    "NUM_PROXIES": NUM_PROXIES,
    "APPROXIMATE_BAND": env_str("COALITION_APPROXIMATE_BAND", "0.1"),
    "CONTACT_EMAIL": env_str("COALITION_CONTACT_EMAIL", ""),
    "REQUEST_DEADLINE_SECONDS": env_int("COALITION_REQUEST_DEADLINE_SECONDS", 25),
}

# ---- Beyond one machine (coalition/settings/services.py, docs/deploy.md): each part is off until configured.
from . import services  # noqa: E402

INSTALLED_APPS += ["coalition.health", "coalition.jobs"]
MIDDLEWARE = [
    "coalition.health.middleware.RequestIdMiddleware",
    "coalition.routers.ReplicaMiddleware",
    "coalition.health.middleware.MetricsMiddleware",
    "coalition.health.deadline.RequestDeadlineMiddleware",
    *MIDDLEWARE,
]
CACHES = services.caches(CACHES)
STORAGES = services.storages(STORAGES)
DATABASES = services.databases(DATABASES)
DATABASE_ROUTERS = services.database_routers()
COALITION_QUEUE = services.queue()
INSTALLED_APPS += services.queue_apps(DATABASES)
PROCRASTINATE_WORKER_DEFAULTS = services.worker_defaults()
PROCRASTINATE_AUTODISCOVER_MODULE_NAME = "tasks"
LOGGING = services.logging(LOGGING)
COALITION_OPERATIONS = services.metrics()
# ---- end of beyond one machine
