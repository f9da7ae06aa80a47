# ksdesk: `make run` opens the app on the demo database, `make test` runs the whole suite headless.
# Both create .venv and install what they need (Debian libraries too, when run as root).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.sqlite

.PHONY: run test deps system-deps gui-deps forms lint format bench bundle clean

run: deps gui-deps
	@test -f "$(DEMO_DB)" || $(PY) -m ksdesk demo --db "$(DEMO_DB)"
	$(PY) -m ksdesk --db "$(DEMO_DB)"

test: deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

deps: $(STAMP)

$(STAMP): pyproject.toml
	@sh installer/system-deps.sh test
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

system-deps:
	@sh installer/system-deps.sh test

gui-deps:
	@sh installer/system-deps.sh gui

# Regenerate the Python forms from forms/*.ui (a test fails when they differ).
forms: deps
	@for ui in forms/*.ui; do \
	  name=$$(basename $$ui .ui); \
	  $(VENV)/bin/pyside6-uic $$ui -o ksdesk/ui/forms/ui_$$name.py; \
	done

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports pyproject.toml

format: deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: deps
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	$(PY) bench/packet.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/protokoll.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/budget.py
	$(PY) bench/durability.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/preview.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/public_check.py
	$(PY) bench/xlsx_caps.py

# A one-folder PyInstaller bundle in dist/ksdesk, checked to start and answer --version.
bundle: deps
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(VENV)/bin/pyinstaller installer/ksdesk.spec --noconfirm --distpath dist --workpath build/pyinstaller
	QT_QPA_PLATFORM=offscreen dist/ksdesk/ksdesk --version
	rm -f build/bundle-check.sqlite* && dist/ksdesk/ksdesk demo --db build/bundle-check.sqlite
	dist/ksdesk/ksdesk info --db build/bundle-check.sqlite

clean:
	rm -rf build dist .pytest_cache *.egg-info
