# The two commands a fresh clone needs: `make run` and `make test`.
# Each creates .venv when missing and installs the project with its dev extras.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SCENARIO ?= default

.PHONY: run test lint types unit bench package lock clean venv translations catalogues

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Translations (issue 18): the .ts files in resources/translations are the source of truth
# and are committed; the .qm catalogues the app loads are built from them and are not.
# `make translations` extracts every translatable sentence of the code and the .ui files into
# the .ts files (a new sentence arrives unfinished, a removed one is dropped), then builds the
# catalogues. `make test` fails while a .ts file is stale or a shipped language unfinished.
LANGUAGES := de fr es nl pt_BR
TRANSLATIONS := resources/translations
TS_FILES := $(LANGUAGES:%=$(TRANSLATIONS)/hubspot_setup_%.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
LRELEASE ?= $(VENV)/bin/pyside6-lrelease

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -extensions py,ui -locations none -no-obsolete \
		app/hubspot_setup ui -ts $(TS_FILES)
	$(MAKE) --no-print-directory catalogues

catalogues: $(QM_FILES)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts
	$(LRELEASE) -silent $< -qm $@

# The wizard against the embedded sandbox (needs a desktop session).
run: $(STAMP) catalogues
	$(VENV)/bin/opencx-hubspot-setup --sandbox=$(SCENARIO)

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests benchmarks hatch_build.py
	$(VENV)/bin/ruff format --check app tests benchmarks hatch_build.py

types: $(STAMP)
	$(VENV)/bin/mypy --strict -p hubspot_setup.flow -p hubspot_setup.services
	$(VENV)/bin/mypy -p hubspot_setup

unit: $(STAMP) catalogues
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --cov=hubspot_setup --cov-report=term $(PYTEST_ARGS)
	$(PY) -m coverage report --include='*/hubspot_setup/flow/*' --fail-under=95

test: lint types unit

# Byte-compiled first: an installed wheel or bundle starts from .pyc files, and the startup
# figure is about starting the app, not compiling it (PYTHONDONTWRITEBYTECODE may be set).
bench: $(STAMP)
	$(PY) -m compileall -q app
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# Linux installers in dist/ (issue 9): the bundle, the .deb and the .tar.xz. A separate venv
# holds exactly packaging/requirements-lock.txt (the app's runtime dependencies and the build
# tools, every file hash-checked) and the app as a built wheel, so nothing from the dev tools
# ends up in the bundle and two builds of one commit carry the same libraries. That venv is
# made anew whenever the lock changes. See packaging/README.md.
PKG_VENV := build/package-venv
PKG_STAMP := $(PKG_VENV)/.lock-stamp
LOCK := packaging/requirements-lock.txt

$(PKG_STAMP): $(LOCK)
	rm -rf $(PKG_VENV)
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --require-hashes --no-deps --only-binary=:all: -r $(LOCK)
	@touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(MAKE) --no-print-directory catalogues LRELEASE=$(PKG_VENV)/bin/pyside6-lrelease
	rm -rf build/wheel
	$(PKG_VENV)/bin/python -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir build/wheel .
	$(PKG_VENV)/bin/python -m pip install --quiet --no-deps --force-reinstall build/wheel/*.whl
	$(PKG_VENV)/bin/python -m pip check
	$(PKG_VENV)/bin/python packaging/build_linux.py

# Refresh the lock after a dependency changed in pyproject.toml or packaging/requirements.txt;
# `make lock LOCK_ARGS=--upgrade` moves every pin to the newest version allowed.
LOCK_TOOLS := build/lock-tools
lock:
	@test -x $(LOCK_TOOLS)/bin/uv || { $(PYTHON) -m venv $(LOCK_TOOLS) && $(LOCK_TOOLS)/bin/python -m pip install --quiet 'uv>=0.9,<1'; }
	$(LOCK_TOOLS)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
		--annotation-style line --custom-compile-command 'make lock' $(LOCK_ARGS) \
		--output-file $(LOCK) pyproject.toml packaging/requirements.txt

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .coverage bench-results.json
