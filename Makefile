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

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .coverage bench-results.json
