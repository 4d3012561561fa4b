"""Exit 0 when the PostgreSQL server in the URL answers; otherwise print why and exit 1."""

import sys
from urllib.parse import urlparse

import psycopg


def main(url: str) -> int:
    parts = urlparse(url)
    try:
        with psycopg.connect(
            host=parts.hostname, port=parts.port or 5432, user=parts.username or "postgres",
            password=parts.password, dbname="postgres", connect_timeout=3,
        ):
            return 0
    except psycopg.Error as error:
        print(f"PostgreSQL not reachable at {parts.hostname}:{parts.port or 5432}: {error}".strip())
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
