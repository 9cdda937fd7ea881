# The two commands of the README: `make convert` and `make test`.
# Both set the machine up first (Debian packages, .venv) when needed.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup convert test test-fast lint bench schema
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml scripts/setup.sh
	bash scripts/setup.sh

convert: setup
	$(BIN)/rktparse convert samples --out outputs --format json,csv,docx

test: setup lint
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check rktparse tests benchmarks samples fuzz
	$(BIN)/mypy rktparse

test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow"

bench: setup
	$(BIN)/python benchmarks/speed.py

schema: setup
	$(BIN)/rktparse schema > schemas/rkt.schema.json
