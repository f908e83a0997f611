# Two commands set everything up on a fresh machine: `make demo` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
# The first Python >= 3.12 found (pyenv keeps versions off PATH, so look there too).
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3); do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)

.PHONY: demo test lint eval bench clean

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "newstally needs Python 3.12 or newer" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/newstally report examples/syria-coast-2025-03 --out report/

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

eval: $(VENV)/.installed
	$(BIN)/python -m benchmarks.eval_all

clean:
	rm -rf $(VENV) report build dist src/*.egg-info
