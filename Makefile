# Two commands on a fresh machine: `make demo` and `make test` (each creates .venv and installs).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: install generate check-generated lint test test-fast demo bench peers clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(INSTALLED)

install: $(INSTALLED)

## Regenerate generated/ from protos/ and templates/.
generate: $(INSTALLED)
	$(BIN)/python -m codegen --project

## Fail if generated/ is not what the generator produces.
check-generated: $(INSTALLED)
	$(BIN)/python -m codegen --project --check

lint: $(INSTALLED)
	$(BIN)/ruff check src generated codegen tests benchmarks tools
	$(BIN)/mypy src generated/inference_grpc_gen

## Install the third-party peer servers (cached outside the checkout) for the interop tests.
peers: $(INSTALLED)
	$(BIN)/python tools/peers/peers.py setup all

## Every test, the interop suite against real servers included (INFERENCE_GRPC_SKIP_INTEROP=1 opts out).
test: $(INSTALLED)
	@if [ -z "$$INFERENCE_GRPC_SKIP_INTEROP" ]; then $(BIN)/python tools/peers/peers.py setup all; fi
	$(BIN)/python -m pytest

## The tests without the third-party servers.
test-fast: $(INSTALLED)
	INFERENCE_GRPC_SKIP_INTEROP=1 $(BIN)/python -m pytest -m "not interop"

demo: $(INSTALLED)
	$(BIN)/inference-grpc demo

## Every benchmark suite. The client and wire suites compare with tritonclient and kserve from the peer venvs,
## installed first (cached) unless INFERENCE_GRPC_SKIP_INTEROP is set; without them their rows say so.
bench: $(INSTALLED)
	@if [ -z "$$INFERENCE_GRPC_SKIP_INTEROP" ]; then \
		$(BIN)/python tools/peers/peers.py setup triton && $(BIN)/python tools/peers/peers.py setup kserve; \
	fi
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
