# Two commands do everything: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
GUI_SOURCES = $(shell find talentdesk/gui -name '*.py') talentdesk/app.py \
	talentdesk/error_texts.py $(wildcard talentdesk/texts/*.py)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint translations ts screenshots dist bench demo clean

$(STAMP): pyproject.toml requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "talentdesk needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Developers: after changing user-visible strings, refresh the .ts and translate the new entries.
ts: $(STAMP)
	$(BIN)/pyside6-lupdate $(GUI_SOURCES) -ts $(TS) -no-obsolete
	$(BIN)/python tools/translate_ts.py missing $(TS)

run: $(STAMP) translations
	env -u QT_QPA_PLATFORM $(BIN)/python -m talentdesk $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

demo: $(STAMP)
	$(BIN)/python -m talentdesk demo $(ARGS)

screenshots: $(STAMP) translations
	$(BIN)/python tools/screenshots.py docs/screenshots
	TALENTDESK_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/gui/test_intake_dialog.py tests/gui/test_case_detail_view.py \
		tests/gui/test_record_windows.py

dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean build.spec

bench: $(STAMP) translations
	$(BIN)/python bench/run.py $(ARGS)

clean:
	rm -rf build dist $(QM) .pytest_cache .ruff_cache
