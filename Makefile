# Two commands on a fresh machine with Python 3.11+: `make demo` and `make test`.
# Each creates ./.venv when it is missing and installs the package with its
# test and model extras.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck eval bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "kcna-monitor needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test,model]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kcna-monitor demo

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy src

# The extraction score on the labelled dev set (needs ../shared, not in a user's clone).
EVAL_SET ?= ../shared/eval/dev.jsonl
eval: $(STAMP)
	@test -f $(EVAL_SET) || { echo "no $(EVAL_SET): make eval needs the shared eval set"; exit 1; }
	$(BIN)/kcna-monitor extract $(EVAL_SET) > $(VENV)/eval-predictions.jsonl
	$(BIN)/python ../shared/eval/score.py $(EVAL_SET) $(VENV)/eval-predictions.jsonl

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_names.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
