"""Settings for running on more than one machine: shared cache, object storage, job queue, read replicas, logs.

Each block is off unless its variables are set, so the embedded default (SQLite, file cache, originals in
the database, jobs run inline) stays as it is. ``base.py`` passes its own values through these functions.
docs/deploy.md explains each variable:

- REDIS_URL: e.g. redis://127.0.0.1:6379/0. Rendered pages and totals are kept there for every app server.
- COALITION_S3_BUCKET (with COALITION_S3_ENDPOINT_URL, COALITION_S3_REGION, COALITION_S3_ACCESS_KEY_ID,
  COALITION_S3_SECRET_ACCESS_KEY): original factsheets go to this bucket instead of the database.
- COALITION_QUEUE: "procrastinate" runs uploads, totals rebuilds and exports in `coalition worker`
  (PostgreSQL only); empty (default) runs them inline.
- DATABASE_REPLICA_URLS: comma-separated database URLs of read replicas for public reads.
- COALITION_LOG_FORMAT: "json" for one JSON object per log line (default: plain text).
- COALITION_METRICS_TOKEN / COALITION_METRICS_ALLOWED_IPS: who may read /metrics (default: nobody).
"""

import dj_database_url

from coalition.errors import ConfigError

from .env import env_int, env_list, env_str

REPLICA_PREFIX = "replica_"
QUEUES = ("", "procrastinate")


def caches(default: dict) -> dict:
    """The Redis cache for every app server when REDIS_URL is set; a Redis that is down only costs speed."""
    url = env_str("REDIS_URL")
    if not url:
        return default
    return {
        "default": {
            "BACKEND": "coalition.health.cache.ForgivingRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "coalition",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }


def storages(default: dict) -> dict:
    """An ``originals`` storage in the S3 bucket when COALITION_S3_BUCKET is set; else originals stay in the database."""
    bucket = env_str("COALITION_S3_BUCKET")
    if not bucket:
        return default
    from botocore.config import Config

    options = {
        "bucket_name": bucket,
        "endpoint_url": env_str("COALITION_S3_ENDPOINT_URL") or None,
        "region_name": env_str("COALITION_S3_REGION") or None,
        "access_key": env_str("COALITION_S3_ACCESS_KEY_ID") or None,
        "secret_key": env_str("COALITION_S3_SECRET_ACCESS_KEY") or None,
        "location": "originals",
        "file_overwrite": True,  # keys are content hashes: the same key always holds the same bytes
        "default_acl": None,
        "querystring_auth": True,
        # Fail fast: a reader waits on the bucket, so an unreachable one must not hold a worker for a minute.
        "client_config": Config(connect_timeout=2, read_timeout=10, retries={"max_attempts": 3}),
    }
    return {**default, "originals": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}}


def databases(default: dict) -> dict:
    """The primary plus one alias per read replica (``replica_0``, ...), each tested as a mirror of the primary."""
    found = {alias: dict(database) for alias, database in default.items()}
    for number, url in enumerate(env_list("DATABASE_REPLICA_URLS")):
        replica = dj_database_url.parse(url, conn_max_age=default["default"].get("CONN_MAX_AGE", 0))
        replica["TEST"] = {"MIRROR": "default"}
        found[f"{REPLICA_PREFIX}{number}"] = replica
    for database in found.values():
        if database["ENGINE"] == "django.db.backends.postgresql":
            # A kept connection is tested before a request uses it: a restarted server costs no failed request.
            database["CONN_HEALTH_CHECKS"] = True
            # Planner costs for SSDs, where an index lookup costs little more than a sequential read: with the
            # default (4) PostgreSQL reads whole claims tables for one partner's or one place's figures.
            # An ``options`` given in the URL wins.
            database.setdefault("OPTIONS", {}).setdefault("options", "-c random_page_cost=1.1")
    return found


def database_routers() -> list[str]:
    return ["coalition.routers.ReplicaRouter"] if env_list("DATABASE_REPLICA_URLS") else []


def queue() -> str:
    name = (env_str("COALITION_QUEUE") or "").strip().lower()
    if name not in QUEUES:
        raise ConfigError("config.unknown_queue", value=repr(name))
    return name


def queue_apps(databases: dict) -> list[str]:
    """procrastinate keeps its jobs in PostgreSQL tables; its app (and migrations) only when the queue is on."""
    if not queue():
        return []
    if databases["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ConfigError("config.queue_needs_postgresql")
    return ["procrastinate.contrib.django"]


def worker_defaults() -> dict:
    """Heartbeats often enough that a worker killed mid-job is noticed (and its job retried) within seconds."""
    return {
        "update_heartbeat_interval": 1,
        "stalled_worker_timeout": env_int("COALITION_STALLED_AFTER", 10),
        "fetch_job_polling_interval": 1,
    }


def logging(default: dict) -> dict:
    """JSON lines with the request id when COALITION_LOG_FORMAT=json; the request id is in plain logs too."""
    form = (env_str("COALITION_LOG_FORMAT") or "plain").strip().lower()
    if form not in {"plain", "json"}:
        raise ConfigError("config.unknown_log_format", value=repr(form))
    config = {**default, "filters": {"request_id": {"()": "coalition.health.logs.RequestIdFilter"}}}
    config["formatters"] = {**default["formatters"], "json": {"()": "coalition.health.logs.JsonFormatter"}}
    # procrastinate announces its tasks at every start; its warnings and errors are what an operator needs.
    config["loggers"] = {**default.get("loggers", {}), "procrastinate": {"level": "WARNING"}}
    config["handlers"] = {
        name: {**handler, "formatter": "json" if form == "json" else handler["formatter"], "filters": ["request_id"]}
        for name, handler in default["handlers"].items()
    }
    return config


def metrics() -> dict:
    return {
        "METRICS_TOKEN": env_str("COALITION_METRICS_TOKEN") or "",
        "METRICS_ALLOWED_IPS": tuple(env_list("COALITION_METRICS_ALLOWED_IPS")),
    }
