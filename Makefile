# certdesk — the two set-up commands:
#   make run    installs certdesk and its runtime libraries, then starts the app
#   make test   installs everything the tests need (incl. Pebble), then runs lint, types and tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PYTEST_WORKERS ?= 2

.PHONY: run test lint typecheck pytest system-app system-test venv-app venv-test pebble screenshots bench clean

run: system-app venv-app
	$(BIN)/certdesk

test: system-test venv-test pebble lint typecheck pytest

system-app:
	bash scripts/install-system-deps.sh app

system-test:
	bash scripts/install-system-deps.sh test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

venv-app: $(BIN)/python
	$(BIN)/pip install -q -e .

venv-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test,route53]'

pebble:
	bash scripts/fetch-pebble.sh

lint:
	$(BIN)/ruff check app ui tests

typecheck:
	$(BIN)/mypy

pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS) -p no:cacheprovider

screenshots: venv-app
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py docs/screenshots

bench: venv-test pebble
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .cache build *.egg-info
