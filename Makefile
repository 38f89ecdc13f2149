# The two commands a newcomer needs: `make serve` and `make test`. Each sets up .venv first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Set-up reruns only when pyproject.toml or constraints.txt change: the stamp's name is their hash.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)
# pip here warns about every local package folder it skips; hide that noise, keep real errors.
QUIET_PIP := { grep -v "is ignored: it is neither a file nor a directory" || true; }

export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup serve build deploy test test-all format update-outputs new-activation constraints bench clean

help:
	@echo "make serve           set up, then serve the site on http://127.0.0.1:8000 with live reload"
	@echo "make test            set up, then run the test suite (a slow test that passed with the same inputs is skipped)"
	@echo "make test-all        set up, then run every test, as CI does"
	@echo "make build           strict build into site/ (SITE_URL=<address> for a published site)"
	@echo "make deploy REMOTE=<git url or path>  strict build, then push site/ to branch gh-pages of REMOTE"
	@echo "make format          fix what ruff can (lint fixes everywhere, formatting of hooks/ and tests/)"
	@echo "make update-outputs  rewrite the #> output lines of every snippet from a real run"
	@echo "make new-activation NAME=<slug> CLASS=<torch.nn class, torch function or ACT2FN key>  page, snippets, registry entry"
	@echo "make bench           time cold, warm and incremental builds and the test suite"

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the pinned dependencies into $(VENV) ..."
	$(BIN)/python -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; \
		print("\n".join(p["dependencies"] + p["optional-dependencies"]["test"]))' > $(VENV)/requirements.txt
	$(BIN)/python -m pip install -q -c constraints.txt -r $(VENV)/requirements.txt 2>&1 | $(QUIET_PIP)
	@rm -f $(VENV)/.installed-*
	@touch $@

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: setup
	$(BIN)/mkdocs build --strict --site-dir site

# Publish: the strict build (a failing build deploys nothing), then site/ pushed as the only commit of branch
# gh-pages of REMOTE, with .nojekyll (.ci/deploy). SITE_URL is required: the address canonical links,
# sitemaps and share cards name. The workflow (.github/workflows/publish.yml) runs `make test` first.
deploy: setup
	@test -n "$(REMOTE)" || { echo "make deploy: say where to push, REMOTE=<git url or path>" >&2; exit 2; }
	@test -n "$${SITE_URL:-}" || { echo "make deploy: set SITE_URL to the address the site is published at" >&2; exit 2; }
	$(BIN)/mkdocs build --strict --site-dir site
	bash .ci/deploy site "$(REMOTE)"

# A snippet, notebook or browser test that passed before is skipped while every input it read is unchanged
# (tests/result_cache.py). CI (CI=true) and `make test-all` run everything.
test: setup
	$(BIN)/python -m pytest

test-all: setup
	$(BIN)/python -m pytest --rerun-passed

# Snippets are linted, not formatted: ruff format would rewrite every `#> output` line to `# > output`.
format: setup
	$(BIN)/ruff check --fix snippets notebooks hooks site_tools tests
	$(BIN)/ruff format hooks site_tools tests

update-outputs: setup
	$(BIN)/python -m pytest tests/test_snippets.py --update-outputs -q

# Add an activation: its page pair, snippet folder and registry entry, with TODO(...) where a person must write
# (CONTRIBUTING.md, "Add an activation"). FAMILY= (its nav section) and TITLE= (its name) are optional.
new-activation: setup
	@test -n "$(NAME)" && test -n "$(CLASS)" || { echo "make new-activation NAME=<slug> CLASS=<torch.nn class, torch function or ACT2FN key> [FAMILY=<nav section>] [TITLE=<name>]" >&2; exit 2; }
	$(BIN)/python -m site_tools.new_activation "$(NAME)" "$(CLASS)" $(if $(FAMILY),--family "$(FAMILY)") $(if $(TITLE),--title "$(TITLE)")

# Freeze what is installed now as the new constraints (after changing pyproject.toml).
constraints: setup
	{ echo "# Exact versions of every package the site and its tests install (pip constraints)."; \
	  echo "# Regenerate with \`make constraints\` after changing pyproject.toml."; \
	  echo "torch==2.13.0"; \
	  $(BIN)/python -m pip freeze --exclude-editable 2>/dev/null | grep -v "^torch=="; } > constraints.txt

bench: setup
	bash .ci/bench

clean:
	rm -rf site .cache
