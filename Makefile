# certdesk — the two set-up commands:
#   make run    installs certdesk and its runtime libraries, then starts the app
#   make test   installs everything the tests need (incl. Pebble), then runs lint, types and tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# Four workers on two cores: most tests wait on Pebble, DNS servers or subprocesses.
PYTEST_WORKERS ?= 4

.PHONY: run test soak lint typecheck pytest system-app system-test venv-app venv-test venv-packaging pebble screenshots bench clean bundle installers-windows tarball

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
	$(BIN)/ruff check app ui tests packaging
	$(BIN)/lint-imports  # the layering contracts in pyproject.toml
	$(BIN)/vulture  # dead code; kept names in vulture_whitelist.py
	$(BIN)/actionlint .github/workflows/*.yml

typecheck:  # this machine's platform, then Windows and macOS (their code paths too)
	$(BIN)/mypy
	$(BIN)/mypy --platform win32
	$(BIN)/mypy --platform darwin

pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS) -p no:cacheprovider

# The long resilience runs (each CA fault alone, 60 kills, a CA rejecting 90 % of nonces):
# minutes, so not part of `make test`. CERTDESK_SOAK_ROUNDS / _KILLS / CERTDESK_KILL_SEED vary it.
soak: system-test venv-test pebble
	CERTDESK_SOAK=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS) \
		-p no:cacheprovider -rP tests/soak

translations: venv-app
	$(BIN)/python scripts/update_translations.py

screenshots: venv-app
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py docs/screenshots

bench: system-test venv-test pebble
	PYTHON=$(PYTHON) bash scripts/fetch-peers.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

venv-packaging: $(BIN)/python
	$(BIN)/pip install -q -e '.[packaging]'

# The frozen one-dir (dist/certdesk/: certdesk and certdesk-cli), then its self-test.
bundle: system-app venv-packaging
	$(BIN)/python packaging/make_icons.py build/icons
	$(BIN)/python packaging/third_party_notices.py build/THIRD-PARTY-NOTICES.txt
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/certdesk.spec
	home=$$(mktemp -d) && QT_QPA_PLATFORM=offscreen dist/certdesk/certdesk --self-test \
	  --home "$$home" --report build/self-test.txt; rc=$$?; rm -rf "$$home"; exit $$rc

# Windows installers from the frozen folder (the real payload is the Windows build).
installers-windows:
	PYTHON=$(BIN)/python bash packaging/windows/build-installers.sh dist/certdesk dist/installers

tarball: bundle
	PYTHON=$(BIN)/python bash packaging/linux/make_tarball.sh dist/certdesk dist/installers

clean:
	rm -rf $(VENV) .cache build dist *.egg-info
