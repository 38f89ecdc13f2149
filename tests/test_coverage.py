"""Every activation class PyTorch ships has a page, a figure, a nav entry and a cheat-sheet row (the nav and
the cheat sheet take their activations from the registry, activations.toml).

A torch upgrade that adds an activation to torch.nn.modules.activation turns this red, naming it.
"""

import re
from pathlib import Path

import pytest
import torch.nn.modules.activation
import yaml

from site_tools import registry
from tests.shared import ROOT, english_pages

PAGES = [p for p in english_pages() if p.parent.name == "activations"]
CLASSES = [name for name in torch.nn.modules.activation.__all__ if name != "MultiheadAttention"]
REGISTRY = registry.load()
# The torch code of every activation the cheat sheet shows (snippets/cheat-sheet/table.py: its [cheat_sheet] entries)
CHEAT_SHEET = [entry["torch"] for entry in registry.entries(REGISTRY) if "cheat_sheet" in entry]


def nav_paths(items) -> set[str]:
    found = set()
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        found |= nav_paths(value) if isinstance(value, list) else {value}
    return found


NAV = nav_paths(
    registry.expanded_nav(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"], REGISTRY)
)


def page_for(name: str) -> Path | None:
    """The page whose At a glance 'PyTorch API' row names torch.nn.<name> as its first module (a row
    may go on to name related modules, as Softmax's names Softmin)."""
    for page in PAGES:
        api_row = re.search(r"^\| PyTorch API \|(.*)$", page.read_text(encoding="utf-8"), re.MULTILINE)
        modules = re.findall(r"`torch\.nn\.([A-Z]\w*)`", api_row[1]) if api_row else []
        if modules and modules[0] == name:
            return page
    return None


@pytest.mark.parametrize("name", CLASSES)
def test_activation_class_has_a_page_with_a_figure_in_nav_and_cheat_sheet(name):
    page = page_for(name)
    assert page, (
        f"torch.nn.{name} has no page: add docs/activations/<slug>.md whose PyTorch API row names `torch.nn.{name}`"
    )
    assert "](figure:snippets/" in page.read_text(encoding="utf-8"), f"{page.relative_to(ROOT)} has no figure"
    assert f"activations/{page.name}" in NAV, (
        f"{page.relative_to(ROOT)} is not in the nav (an entry of activations.toml)"
    )
    assert any(re.match(rf"nn\.{name}\(", code) for code in CHEAT_SHEET), (
        f"no entry of activations.toml with a [cheat_sheet] table computes nn.{name}: the cheat sheet has no row for it"
    )


def test_no_registry_entry_holds_a_todo():
    """make new-activation writes TODO(...) in the entry where a person must write; each one left fails here."""
    left = [
        todo
        for entry in registry.entries(REGISTRY)
        for todo in registry.todos(entry, f"activations.toml: {entry['slug']}")
    ]
    assert not left, "TODO markers left in the registry:\n" + "\n".join(left)
