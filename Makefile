# kzcn: two commands do all the set-up on a fresh clone.
#   make run   - create .venv, install everything, ingest the sample articles into SQLite, serve
#   make test  - the same environment, then the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= sqlite:///var/kzcn.sqlite
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: setup run test ingest serve eval eval-real bench clean system-deps

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Debian packages the browser tests need (chromium); installed only where missing.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "chromium missing: run 'sudo apt-get install chromium' for the browser tests"; fi; }

ingest: setup
	$(BIN)/kzcn ingest examples/corpus --db $(DB)

run: ingest
	@echo "dashboard and API on http://$(HOST):$(PORT)/  (OpenAPI at /docs)"
	$(BIN)/kzcn serve --db $(DB) --host $(HOST) --port $(PORT)

test: setup system-deps
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/kzcn eval --gold ../shared/gold/seeds.jsonl ../shared/seeds
	$(BIN)/kzcn eval --gold examples/corpus/gold.jsonl examples/corpus

# Real articles are never committed: their texts are cached in var/real-dev and var/real
# (docs/quality.md says how to fetch them); this scores whatever is cached and names the rest.
REAL_GOLD := --gold ../shared/real-dev/gold.jsonl --gold tests/cases/real/gold.jsonl
eval-real: setup
	@files="$$(ls var/real-dev/*.txt var/real/*.txt 2>/dev/null)"; \
	if [ -z "$$files" ]; then echo "no real texts cached in var/real-dev/ or var/real/: see docs/quality.md"; exit 0; fi; \
	$(BIN)/kzcn eval --only-present $(REAL_GOLD) $$files

bench: setup
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) var build *.egg-info
