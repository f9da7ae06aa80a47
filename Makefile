# ksdesk: `make run` opens the app on the demo database, `make test` runs the whole suite headless.
# Both create .venv and install what they need (Debian libraries too, when run as root).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Pins of the tools whose output the tests compare (ruff; PySide6's pyside6-uic): every pip
# install here takes them, so a new release cannot fail the suite with no change to the code.
CONSTRAINTS := constraints.txt
DEMO_DB ?= demo.sqlite

.PHONY: run test deps system-deps gui-deps forms icons lint format bench bundle clean

run: deps gui-deps
	@test -f "$(DEMO_DB)" || $(PY) -m ksdesk demo --db "$(DEMO_DB)"
	$(PY) -m ksdesk --db "$(DEMO_DB)"

# Two workers, one test file each at a time (pyproject.toml says why).
test: deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder

deps: $(STAMP)

# uv installs the same pinned packages as pip does, faster: it downloads and compiles in
# parallel (into new venvs with empty caches, on a loaded machine: uv 10-58 s, pip 58-224 s,
# the spread being the network's). It compiles the bytecode at install, as pip does: where
# PYTHONDONTWRITEBYTECODE is set, as on this project's CI machines, every Python the tests
# start would compile what it imports again (0.8 s more a start). pip installs where uv cannot.
$(STAMP): pyproject.toml $(CONSTRAINTS)
	@sh installer/system-deps.sh test
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c $(CONSTRAINTS) uv \
	  && $(VENV)/bin/uv pip install --quiet --compile-bytecode --python $(PY) -c $(CONSTRAINTS) -e '.[dev]' \
	  || { $(PY) -m pip install --quiet --upgrade pip \
	       && $(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev]'; }
	$(PY) -m compileall -q -j 0 ksdesk  # our own modules too (0.4 s a start; a newer source wins)
	@touch $(STAMP)

system-deps:
	@sh installer/system-deps.sh test

gui-deps:
	@sh installer/system-deps.sh gui

# Regenerate the Python forms from forms/*.ui (a test fails when they differ). uic imports
# every QtGui class a form might use; PySide builds a class and all its enums when it is first
# imported (QGradient alone has 169 presets), so the unused ones are taken out: start-up.
UNUSED_FORM_IMPORTS = --isolated --select F401 --fix --quiet
forms: deps
	@for ui in forms/*.ui; do \
	  name=$$(basename $$ui .ui); \
	  $(VENV)/bin/pyside6-uic $$ui -o ksdesk/ui/forms/ui_$$name.py; \
	done
	@$(VENV)/bin/ruff check $(UNUSED_FORM_IMPORTS) ksdesk/ui/forms/ui_*.py

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports pyproject.toml

format: deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: deps
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	$(PY) bench/cli_start.py
	$(PY) bench/sok_cli.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/scale.py
	$(PY) bench/packet.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/protokoll.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/budget.py
	$(PY) bench/durability.py
	$(PY) bench/personnummer_false_alarms.py
	$(PY) bench/personnummer_more_forms.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/preview.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/public_check.py
	$(PY) bench/public_pdf_check.py
	$(PY) bench/web_edition.py
	$(PY) bench/xlsx_caps.py
	$(PY) bench/team_sync.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/deleted_dialog.py
	$(PY) bench/uppfoljning.py

# A one-folder PyInstaller bundle in dist/ksdesk (ksdesk and ksdesk-cli), checked against the
# installer script and for what is trimmed, then made to start: the commands answer, a packet
# prints (ReportLab, Pillow, pypdf after trimming), and the window stays up until stopped.
bundle: deps
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[bundle]'
	$(VENV)/bin/pyinstaller installer/ksdesk.spec --noconfirm --distpath dist --workpath build/pyinstaller
	$(PY) installer/check_bundle.py dist/ksdesk
	dist/ksdesk/ksdesk-cli --version
	rm -rf build/bundle-check.sqlite* build/bundle-data
	dist/ksdesk/ksdesk-cli demo --db build/bundle-check.sqlite
	dist/ksdesk/ksdesk-cli info --db build/bundle-check.sqlite
	dist/ksdesk/ksdesk-cli kallelse --db build/bundle-check.sqlite --meeting 2020-12-07 --packet --out build/bundle-check.pdf
	KSDESK_DATA_DIR=build/bundle-data QT_QPA_PLATFORM=offscreen timeout 8 dist/ksdesk/ksdesk --db build/bundle-check.sqlite; \
	  test $$? -eq 124 || { echo "ksdesk: fönstret startade inte" >&2; exit 1; }

# Icon PNGs and .ico from resources/icons/*.svg (a test fails when they differ).
icons: deps
	QT_QPA_PLATFORM=offscreen $(PY) installer/make_icons.py

clean:
	rm -rf build dist .pytest_cache *.egg-info
