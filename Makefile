# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv when needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/nearer
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-sqlite test-postgres test-fast eval train bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The tests install the `train` extra too, so the test that retrains a small model twice runs.
$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,train]'
	touch $@ $(VENV)/.run-installed

node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: browser accessibility checks (axe-core) will be skipped"; fi

run: $(VENV)/.run-installed
	$(BIN)/nearer serve --host $(HOST) --port $(PORT) $(if $(WORKERS),--workers $(WORKERS))

test: $(VENV)/.test-installed node_modules/.installed
	$(BIN)/django-admin makemigrations --check --dry-run --settings=nearer.config.settings
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres

test-sqlite: $(VENV)/.test-installed
	@echo "== tests on SQLite (a real file), browser tests included"
	$(BIN)/pytest -q

test-postgres: $(VENV)/.test-installed
	@if $(BIN)/python tests/pg_available.py "$(PG_URL)"; then \
		echo "== tests on PostgreSQL ($(PG_URL))"; \
		NEARER_DATABASE_URL="$(PG_URL)" $(BIN)/pytest -q -m "not e2e" --ignore=tests/core; \
	elif [ -n "$$NEARER_REQUIRE_POSTGRES" ]; then \
		echo "PostgreSQL is required here (NEARER_REQUIRE_POSTGRES) but not reachable"; exit 1; \
	else echo "== PostgreSQL tests skipped (see the reason above)"; fi

test-fast: $(VENV)/.test-installed
	$(BIN)/pytest -q -m "not e2e" -x

eval: $(VENV)/.test-installed
	$(BIN)/python eval/judgement.py
	$(BIN)/python eval/coach.py
	$(BIN)/python eval/situations.py

# Rebuild the learned layer's weights (src/nearer/core/learned/weights/) from tests/data/ and
# GoEmotions; the same data and seed give the same bytes (see docs/judgement.md).
train: $(VENV)/.test-installed
	$(BIN)/python train/train.py

bench: $(VENV)/.test-installed
	$(BIN)/python bench/coach.py
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/load_mix.py
	$(BIN)/python bench/today.py
	$(BIN)/python bench/measures.py

clean:
	rm -rf $(VENV) node_modules test-results .pytest_cache
