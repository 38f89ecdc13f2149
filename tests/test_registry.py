"""The activations' registry (activations.toml, read by site_tools/registry.py): a malformed entry fails
naming the file and the entry, the nav lists the families in their order with each family's pages in the
order of the file, and a TODO left in an entry is found wherever it sits."""

import pytest

from site_tools import registry

GOOD = """
families = ["First", "Second"]

[[activation]]
slug = "b"
name = "B"
family = "Second"
torch = "nn.ReLU()"
[activation.cheat_sheet]
formula = "x"
[activation.kinks]
points = []

[[activation]]
slug = "a"
name = "A"
family = "First"
kind = "page"

[[activation]]
slug = "c"
name = "C"
family = "Second"
kind = "page"
"""


def load(tmp_path, text: str) -> dict:
    path = tmp_path / "activations.toml"
    path.write_text(text, encoding="utf-8")
    return registry.load(path)


def test_the_nav_lists_families_in_order_and_pages_in_file_order(tmp_path):
    data = load(tmp_path, GOOD)
    assert registry.expanded_nav(["index.md", registry.NAV_PLACEHOLDER, "glossary.md"], data) == [
        "index.md",
        {"First": [{"A": "activations/a.md"}]},
        {"Second": [{"B": "activations/b.md"}, {"C": "activations/c.md"}]},
        "glossary.md",
    ]


@pytest.mark.parametrize(
    "change, message",
    [
        (('slug = "c"', 'slug = "b"'), r"activation 3 \(b\): the slug 'b' is already taken"),
        (('family = "First"', 'family = "Third"'), r"activation 2 \(a\): family 'Third' is not one of"),
        (('name = "B"\n', ""), r"activation 1 \(b\): no `name`"),
        (('torch = "nn.ReLU()"\n', ""), r"activation 1 \(b\): an entry of kind 'elementwise' needs \['torch'\]"),
        (('kind = "page"', 'kind = "pages"'), r"activation 2 \(a\): kind 'pages' is not one of"),
        (("[activation.kinks]", "[activation.kinks"), r": Expected .* \(at line 11"),
    ],
)
def test_a_malformed_entry_fails_naming_the_file_and_the_entry(tmp_path, change, message):
    with pytest.raises(registry.RegistryError, match=rf"activations.toml.*{message}"):
        load(tmp_path, GOOD.replace(*change, 1))


def test_todos_are_found_in_tables_and_lists(tmp_path):
    entry = {"slug": "x", "claims": {"f": "TODO(claims.f) in x", "range": ["TODO(claims.range) low", "high"]}}
    assert registry.todos(entry, "activations.toml: x") == [
        "activations.toml: x.claims.f: TODO(claims.f) in x",
        "activations.toml: x.claims.range[0]: TODO(claims.range) low",
    ]
    assert registry.todos(load(tmp_path, GOOD), "activations.toml") == []
