# Everything runs in a local virtual environment built from the pinned lock file.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= corpus
OUT ?= output
GOLD ?= corpus/gold
# extract: ENGINE=local|dask; WORKERS empty = the engine's default (local 1, dask one per CPU);
# with ENGINE=dask, DASK_SCHEDULER=tcp://host:8786 (read from the environment) sends the work
# to an existing Dask cluster instead of a local one.
ENGINE ?= local
WORKERS ?=
# bench: the folder holding msra/train.bio and msra/dev.bio
DATA ?= ../shared/data/ner
STAMP := $(VENV)/.installed
# The package's bytecode, as pip writes it for an installed (not editable) package: a process
# then does not compile pipeline/ from source on start (0.06 s), even where
# PYTHONDONTWRITEBYTECODE is set. Python ignores a file that is older than its source.
BYTECODE = $(BIN)/python -m compileall -q pipeline > /dev/null

.PHONY: extract eval eval-dev eval-heldout report test lint bench model clean

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c "import sys; assert sys.version_info[:2] == (3, 11), sys.version" 2>/dev/null || { echo "error: Python 3.11 needed; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BYTECODE)
	touch $(STAMP)

extract: $(STAMP)
	$(BYTECODE)
	$(BIN)/python -m pipeline extract --corpus $(CORPUS) --out $(OUT) --engine $(ENGINE) \
		$(if $(WORKERS),--workers $(WORKERS))

eval: $(STAMP)
	$(BIN)/python -m pipeline eval --gold $(GOLD) --out $(OUT)

# The team's development set (dev/): how the pipeline does beyond the seed corpus.
eval-dev: $(STAMP)
	$(BIN)/python -m pipeline extract --corpus dev/corpus --out $(OUT)/dev --no-cache
	$(BIN)/python -m pipeline eval --gold dev/gold --out $(OUT)/dev

# The held-out set (heldout/): articles the rules were never tuned on. Measure only.
eval-heldout: $(STAMP)
	$(BIN)/python -m pipeline extract --corpus heldout/corpus --out $(OUT)/heldout --no-cache
	$(BIN)/python -m pipeline eval --gold heldout/gold --out $(OUT)/heldout

report: $(STAMP)
	$(BIN)/python -m pipeline report --corpus $(CORPUS) --out $(OUT) --gold $(GOLD)

test: $(STAMP)
	$(BIN)/ruff check pipeline tests rules
	$(BIN)/python -m pytest -q

# Retrain the NER model (PyTorch on the CPU, 42 minutes on 2 cores) into models/ner, then score it
# on MSRA dev. Training needs PyTorch (requirements-train.txt); the pipeline and the tests do not.
# Never run by make test: the tests load the committed model.
# Its own virtual environment: with PyTorch installed, importing spaCy (thinc) also imports torch,
# which would add more than a second to the start of every pipeline process.
TRAIN_VENV ?= .venv-train
model: $(STAMP)
	test -x $(TRAIN_VENV)/bin/python || $(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.lock -r requirements-train.txt
	$(TRAIN_VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -e .
	$(TRAIN_VENV)/bin/python -m pipeline.ner.train --data $(DATA)/msra --out models/ner --max-minutes 42
	$(BIN)/python -m pipeline.ner.evaluate_msra --data $(DATA)/msra --model models/ner

bench: $(STAMP)
	$(BYTECODE)
	$(BIN)/python -m pipeline.bench --data $(DATA) --out $(OUT)

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests rules

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
