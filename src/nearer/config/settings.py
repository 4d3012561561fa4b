"""The one settings module. Everything an operator may change is read from NEARER_* variables
(documented in README.md); the defaults are safe for one person on a laptop."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from nearer.config.env import envbool, envint, envlist, envnetworks, envstr
from nearer.config.paths import data_dir, stored_secret_key

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = data_dir()

DEBUG = envbool("NEARER_DEBUG", False)
SECRET_KEY = envstr("NEARER_SECRET_KEY") or stored_secret_key(DATA_DIR)
ALLOWED_HOSTS = envlist("NEARER_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("NEARER_CSRF_TRUSTED_ORIGINS", [])
HTTPS = envbool("NEARER_HTTPS", False)
QUICK_EXIT_URL = envstr("NEARER_QUICK_EXIT_URL", "https://www.google.com/search?q=weather")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "nearer.accounts",
    "nearer.couples",
    "nearer.privacy",
    "nearer.journal",
    "nearer.program",
    "nearer.coach",
    "nearer.agreements",
    "nearer.practice",
    "nearer.reminders",
    "nearer.pages",
]

MIDDLEWARE = [
    "nearer.config.proxy.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "nearer.config.api_middleware.ApiJsonErrorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "nearer.pages.caching.NoStoreForPeopleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "nearer.accounts.middleware.UserTimezoneMiddleware",
    "nearer.program.memo.ProgramStateMemoMiddleware",
    "nearer.privacy.session.UnlockCookieMiddleware",
    "nearer.pages.middleware.NotFoundMiddleware",
    "nearer.program.gate.ScreenFirstMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nearer.config.urls"
WSGI_APPLICATION = "nearer.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nearer.pages.context.site",
            ],
        },
    },
]

# --- Database: SQLite in the data folder unless NEARER_DATABASE_URL says otherwise.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=FULL;"
    "PRAGMA foreign_keys=ON;"
    "PRAGMA busy_timeout=5000;"
    "PRAGMA secure_delete=ON;"
)
DATABASE_URL = envstr("NEARER_DATABASE_URL") or f"sqlite:///{DATA_DIR / 'nearer.sqlite3'}"
# Connections stay open between requests (a new one costs ~4 ms on PostgreSQL) and are checked
# before reuse, so a restarted database costs one failed check, not an error page.
DB_CONN_MAX_AGE = envint("NEARER_DB_CONN_MAX_AGE", 60, minimum=0, maximum=24 * 60 * 60)
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=DB_CONN_MAX_AGE, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": SQLITE_PRAGMAS,
        "transaction_mode": "IMMEDIATE",
        "timeout": 5,
    }
    # Tests run against a real file, not an in-memory database.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-nearer.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts and passwords.
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "nearer.privacy.backends.PasswordKeyBackend",
]
# One Argon2id run per password check gives both the login verifier and the key that unwraps the
# data key (nearer.core.crypto.login). Django's Argon2 hasher stays to read older accounts' hashes,
# which move to the new scheme at their next login.
PASSWORD_HASHERS = [
    "nearer.privacy.hashers.LoginVerifierHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "pages:home"
LOGOUT_REDIRECT_URL = "pages:welcome"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 3

# Login throttling (django-axes): by account and address together, so one person's wrong passwords
# never lock out another at the same address; an address that fails NEARER_LOGIN_ADDRESS_LIMIT times
# within the cool-off (many accounts tried from one place) is locked as a whole. The cool-off runs
# from the last wrong password: attempts while locked out are refused unchecked and not counted.
AXES_FAILURE_LIMIT = envint("NEARER_LOGIN_FAILURE_LIMIT", 5, minimum=1, maximum=100)
AXES_COOLOFF_TIME = timedelta(minutes=envint("NEARER_LOGIN_COOLOFF_MINUTES", 15, minimum=1))
NEARER_LOGIN_ADDRESS_LIMIT = envint("NEARER_LOGIN_ADDRESS_LIMIT", 50, minimum=AXES_FAILURE_LIMIT, maximum=100_000)
AXES_LOCKOUT_PARAMETERS = "nearer.accounts.throttle.login_lockout_parameters"
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# The other password checks (unlock, recover, destroy, delete, password change) share the login's
# limit and cool-off, per account (accounts.throttle). Reset links: per e-mail and per address.
NEARER_RESET_EMAIL_LIMIT = envint("NEARER_RESET_EMAIL_LIMIT", 3, minimum=1, maximum=1000)
NEARER_RESET_ADDRESS_LIMIT = envint("NEARER_RESET_ADDRESS_LIMIT", 20, minimum=1, maximum=100_000)
NEARER_RESET_WINDOW = timedelta(hours=1)
AXES_USERNAME_FORM_FIELD = "username"  # the login form field, whatever the user model calls it
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "nearer.accounts.throttle.client_ip"
AXES_ENABLE_ACCESS_FAILURE_LOG = False
# No record of successful logins (address, browser, time): Nearer has no use for one, and it would
# be personal data kept for nothing and a write on every login.
AXES_DISABLE_ACCESS_LOG = True
BEHIND_PROXY = envbool("NEARER_BEHIND_PROXY", False)

# --- Cookies and security headers.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "nearer.pages.views.csrf_failure"
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and envbool("NEARER_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS and envbool("NEARER_HSTS_PRELOAD", True)
# Forwarded headers count only from these addresses (the TLS proxy); see nearer.config.proxy.
PROXY_ADDRESSES = envnetworks("NEARER_PROXY_ADDRESSES", ["127.0.0.1", "::1"])
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
# same-origin, not no-referrer: browsers then send "Origin: null" on form posts and CSRF refuses them.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    },
}

# --- Email: SMTP once NEARER_EMAIL_HOST is set; until then each mail is written to a private file in
# <data dir>/mail and only its path is logged (the links in it are secrets).
EMAIL_HOST = envstr("NEARER_EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST
    else "nearer.config.mail.PrivateFileBackend"
)
EMAIL_FILE_PATH = DATA_DIR / "mail"
EMAIL_PORT = envint("NEARER_EMAIL_PORT", 587, minimum=1, maximum=65535)
EMAIL_HOST_USER = envstr("NEARER_EMAIL_USER")
EMAIL_HOST_PASSWORD = envstr("NEARER_EMAIL_PASSWORD")
EMAIL_USE_TLS = envbool("NEARER_EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = envstr("NEARER_EMAIL_FROM", "Nearer <nearer@localhost>")

# --- Internationalisation.
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files, served by WhiteNoise straight from the package (no CDN, no collectstatic step).
STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# --- Logging: never request bodies, passwords, tokens or private text (see nearer.config.logs).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "nearer.config.logs.RedactFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]},
    },
    "root": {"handlers": ["console"], "level": envstr("NEARER_LOG_LEVEL", "INFO").upper()},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Argon2id cost for wrapping each person's data key under their password (RFC 9106, second option).
NEARER_KDF = {
    "time_cost": envint("NEARER_KDF_TIME_COST", 3, minimum=1, maximum=16),
    "memory_cost_kib": envint("NEARER_KDF_MEMORY_KIB", 65536, minimum=8192, maximum=2 * 1024 * 1024),
    "parallelism": envint("NEARER_KDF_PARALLELISM", 4, minimum=1, maximum=16),
}
# How many of those runs one server process does at once; more logins wait their turn
# (nearer.privacy.kdf_queue), at most NEARER_KDF_QUEUE of them per process, the rest are asked to
# retry. The runs have a lower CPU priority (nice NEARER_KDF_NICE) so that pages come first.
NEARER_KDF_CONCURRENCY = envint("NEARER_KDF_CONCURRENCY", 1, minimum=1, maximum=64)
NEARER_KDF_QUEUE = envint("NEARER_KDF_QUEUE", 24, minimum=1, maximum=1024)
NEARER_KDF_NICE = envint("NEARER_KDF_NICE", 10, minimum=0, maximum=19)

# --- Invitations.
INVITATION_DAYS = 7
