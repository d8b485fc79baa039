# Two commands on a fresh machine (see README):
#   make demo   installs crimeaudit into .venv and batch-scores the sample archive
#   make test   installs crimeaudit into .venv and runs the test suite
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,dask]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/crimeaudit batch data/sample/archive.jsonl --output out/assessments.jsonl --report out/report.html
	@echo "Results: out/assessments.jsonl (one assessment per incident; flagged ones have \"flag\": true)"
	@echo "Review report: out/report.html (open it in a browser; works offline)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out .pytest_cache
