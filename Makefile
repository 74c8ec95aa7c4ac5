# Two commands do everything on a fresh machine with python3, make and node:
#   make generate   rebuild generated/ from symbolic/ and print a summary
#   make test       run the whole test suite (installs what it needs)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DLEQ   := $(VENV)/bin/dleq
STAMP  := $(VENV)/.installed

.PHONY: generate test check-generated renderers clean compile-times fuzz bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

# pdflatex for the LaTeX check; as root (CI) it is installed from Debian, about 30 s.
renderers: node_modules/.installed
	@command -v pdflatex >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends texlive-latex-base >/dev/null; \
	  else \
	    echo "pdflatex is missing: sudo apt-get install --no-install-recommends texlive-latex-base"; exit 1; \
	  fi; }

generate: $(STAMP)
	$(DLEQ) generate

check-generated: $(STAMP)
	$(DLEQ) generate --check

test: $(STAMP) renderers
	$(PY) -m pytest -q

BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $@

# a benchmark, not a test: the kernels against NumPy, JAX and PyTorch; writes BENCHMARKS.md
bench: $(BENCH_STAMP)
	$(DLEQ) bench

# a benchmark, not a test: cold compile per kernel, warm start from the cache, import cost
compile-times: $(STAMP)
	$(PY) -m codegen.compile_bench

# not a test: a hypothesis fuzz of every kernel with arbitrary arguments, FUZZ_CASES (10,000) cases
# in all; a crash is anything but float arrays or a ValueError/TypeError naming the kernel
fuzz: $(STAMP)
	$(PY) -m pytest -n 0 -q tests/fuzz.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache
