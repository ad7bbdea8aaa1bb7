# vanban — make targets wrap the `vanban` CLI. `extract` and `test` install what they need first.
SHELL := /bin/bash
PY    ?= python3
VENV  := .venv
BIN   := $(VENV)/bin
IN    ?= samples/scans
OUT   ?= out
DB    ?= sqlite:///vanban.db
WORKERS ?=
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie tesseract-ocr-script-viet fonts-liberation2 fonts-dejavu-core

.PHONY: setup system-deps extract test eval samples bench clean

# Idempotent: apt-get only when a piece is missing, pip only when pyproject.toml changed.
setup: system-deps $(VENV)/.installed

system-deps:
	@need=0; \
	command -v tesseract >/dev/null 2>&1 || need=1; \
	tesseract --list-langs 2>/dev/null | grep -qx vie || need=1; \
	tesseract --list-langs 2>/dev/null | grep -qx Vietnamese || need=1; \
	fc-list ':charset=1ed9' 2>/dev/null | grep -qi "Liberation Serif" || need=1; \
	if [ $$need = 1 ]; then \
	  echo "Installing $(APT_PACKAGES) with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

extract: setup
	$(BIN)/vanban extract $(IN) --out $(OUT) --db $(DB) $(if $(WORKERS),--workers $(WORKERS))

test: setup
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

eval: setup
	$(BIN)/vanban eval --db $(DB)

samples: setup
	$(BIN)/python samples/generate.py --seed 30 --out samples/scans

bench: setup
	$(BIN)/python -m pipeline.bench

clean:
	rm -rf $(OUT) vanban.db .pytest_cache build *.egg-info
