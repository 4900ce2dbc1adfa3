# The two commands a fresh clone needs: `make run` and `make test`.
# Each creates .venv when missing and installs the project with its dev extras.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SCENARIO ?= default

.PHONY: run test lint types unit bench package clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The wizard against the embedded sandbox (needs a desktop session).
run: $(STAMP)
	$(VENV)/bin/opencx-hubspot-setup --sandbox=$(SCENARIO)

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests benchmarks
	$(VENV)/bin/ruff format --check app tests benchmarks

types: $(STAMP)
	$(VENV)/bin/mypy --strict -p hubspot_setup.flow -p hubspot_setup.services
	$(VENV)/bin/mypy -p hubspot_setup

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --cov=hubspot_setup --cov-report=term $(PYTEST_ARGS)
	$(PY) -m coverage report --include='*/hubspot_setup/flow/*' --fail-under=95

test: lint types unit

# Byte-compiled first: an installed wheel or bundle starts from .pyc files, and the startup
# figure is about starting the app, not compiling it (PYTHONDONTWRITEBYTECODE may be set).
bench: $(STAMP)
	$(PY) -m compileall -q app
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# Linux installers in dist/ (issue 9): the bundle, the .deb and the .tar.xz. A separate venv
# holds the app as a built wheel (its runtime dependencies only) and PyInstaller, so nothing
# from the dev tools ends up in the bundle. See packaging/README.md.
PKG_VENV := build/package-venv
package:
	@test -x $(PKG_VENV)/bin/python || $(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PKG_VENV)/bin/python -m pip install --quiet -r packaging/requirements.txt .
	$(PKG_VENV)/bin/python packaging/build_linux.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .coverage bench-results.json
