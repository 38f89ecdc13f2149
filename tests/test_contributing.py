"""The README stays one screen, and what it and CONTRIBUTING.md point at exists."""

import re

import pytest

from tests.shared import ROOT

GUIDES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md"]
README_LINES = 150  # issue #25: what the site is, the two commands, the map, publishing, links
# `path/to/file` or [text](path): a project path the guides name (an address, a glob or a <placeholder> aside)
NAMED_PATH = re.compile(
    r"`((?:docs|snippets|notebooks|hooks|tests|overrides|\.ci|\.github)/[\w./-]+)`|\]\((?!https?:|#|figure:)([^)#\s]+)"
)


def test_readme_is_one_screen():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
    assert lines <= README_LINES, f"README.md has {lines} lines; move the detail to CONTRIBUTING.md"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_path_a_guide_names_exists(guide):
    text = guide.read_text(encoding="utf-8")
    named = {m[1] or m[2] for m in NAMED_PATH.finditer(text)}
    missing = sorted(p for p in named if not any(ch in p for ch in "<*{") and not (ROOT / p).exists())
    assert not missing, f"{guide.name} names paths that do not exist: {missing}"


def test_contributing_has_every_recipe():
    headings = re.findall(r"^## Recipe: (.+)$", (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8"), re.M)
    for recipe in (
        "add an activation",
        "fix an output",
        "add or update a translation",
        "change the figure style",
        "add a notebook",
    ):
        assert recipe in headings, f"CONTRIBUTING.md has no recipe '{recipe}'"
