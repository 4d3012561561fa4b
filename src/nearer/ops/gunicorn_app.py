"""Nearer inside gunicorn: a master process and worker processes (gthread, a few threads each).

The master loads the application once (preload) and forks the workers, so they share its memory
until they write to it. It also runs the session sweeper. Workers are replaced after a few thousand
requests (with jitter, so not all at once), which keeps any slow growth of memory bounded."""

from gunicorn.app.base import BaseApplication

from nearer.ops.sessions import SessionSweeper

MAX_REQUESTS = 5000
MAX_REQUESTS_JITTER = 500


def gunicorn_options(*, listener_fd: int, workers: int, threads: int, behind_proxy: bool,
                     proxy_addresses: list[str], sweeper: SessionSweeper) -> dict:
    """The gunicorn settings Nearer runs with (see docs/operations.md)."""
    return {
        "bind": [f"fd://{listener_fd}"],
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "preload_app": True,
        "max_requests": MAX_REQUESTS,
        "max_requests_jitter": MAX_REQUESTS_JITTER,
        # No access log: request lines can carry tokens, and the proxy keeps its own.
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        # The scheme header counts only from the proxy; with no proxy, from no one.
        "forwarded_allow_ips": ",".join(proxy_addresses) if behind_proxy else "",
        "secure_scheme_headers": {"X-FORWARDED-PROTO": "https"},
        "control_socket_disable": True,
        "proc_name": "nearer",
        "when_ready": lambda server: sweeper.start(),
        "pre_fork": lambda server, worker: sweeper.hold_off(),
        "on_exit": lambda server: sweeper.stop(),
    }


class NearerServer(BaseApplication):
    """gunicorn run from Python with the options above instead of a command line or config file."""

    def __init__(self, options: dict):
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from nearer.config.wsgi import application

        return application
