"""The site's activations, one entry each, from activations.toml (its header says what each field holds).

The build reads it without torch (the nav: hooks/activation_nav.py); the tables, the explorer generator
and the tests turn an entry's torch code into a function with `function`. A malformed registry fails
loudly, naming the file and the entry.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "activations.toml"
NAV_PLACEHOLDER = "activations.toml"  # the nav line of mkdocs.yml where the families go
KINDS = ("elementwise", "vector", "page")
REQUIRED = {  # the fields and tables each kind of entry must have
    "elementwise": ("torch", "cheat_sheet", "kinks"),
    "vector": ("torch", "cheat_sheet", "kinks"),
    "page": (),
}


class RegistryError(ValueError):
    pass


def load(path: Path = REGISTRY) -> dict:
    """The registry, checked: each entry's slug is unique, its family listed, its kind known, its
    required fields present. Each entry gets its `kind` filled in."""
    shown = path.name if path.parent == ROOT else str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{shown}: {exc}") from None
    seen = set()
    for number, entry in enumerate(data.get("activation", []), start=1):
        where = f"{shown}: activation {number} ({entry.get('slug', 'no slug')})"
        for field in ("slug", "name", "family"):
            if field not in entry:
                raise RegistryError(f"{where}: no `{field}`")
        if entry["slug"] in seen:
            raise RegistryError(f"{where}: the slug {entry['slug']!r} is already taken")
        seen.add(entry["slug"])
        if entry["family"] not in data["families"]:
            raise RegistryError(f"{where}: family {entry['family']!r} is not one of `families` {data['families']}")
        entry.setdefault("kind", "elementwise")
        if entry["kind"] not in KINDS:
            raise RegistryError(f"{where}: kind {entry['kind']!r} is not one of {KINDS}")
        missing = [field for field in REQUIRED[entry["kind"]] if field not in entry]
        if missing:
            raise RegistryError(f"{where}: an entry of kind {entry['kind']!r} needs {missing}")
    return data


def entries(data: dict, kind: str | None = None) -> list[dict]:
    return [entry for entry in data["activation"] if kind is None or entry["kind"] == kind]


def by_slug(data: dict) -> dict[str, dict]:
    return {entry["slug"]: entry for entry in data["activation"]}


def nav_sections(data: dict) -> list[dict]:
    """The nav's activation sections: one per family, in the order of `families`, each listing its
    entries' pages in the order of the file."""
    return [
        {family: [{e["name"]: f"activations/{e['slug']}.md"} for e in data["activation"] if e["family"] == family]}
        for family in data["families"]
    ]


def expanded_nav(nav: list, data: dict) -> list:
    """mkdocs.yml's nav with its `- activations.toml` line replaced by the activation sections."""
    if NAV_PLACEHOLDER not in nav:
        return nav
    at = nav.index(NAV_PLACEHOLDER)
    return [*nav[:at], *nav_sections(data), *nav[at + 1 :]]


def todos(value, where: str) -> list[str]:
    """Every `TODO(...)` left in an entry (make new-activation writes them), as "<where>.<field>: <text>";
    call it with the entry and "activations.toml: <slug>"."""
    if isinstance(value, dict):
        return [todo for key, item in value.items() for todo in todos(item, f"{where}.{key}")]
    if isinstance(value, list):
        return [todo for index, item in enumerate(value) for todo in todos(item, f"{where}[{index}]")]
    return [f"{where}: {value}"] if isinstance(value, str) and "TODO(" in value else []


def function(entry: dict, namespace: dict):
    """An entry's torch code (`nn.ReLU()`, `lambda x, mu=0.7: ...`) evaluated in `namespace` (torch, nn, F, math)."""
    return eval(entry["torch"], namespace)


def expression(code: str, namespace: dict, argument: str = "x"):
    """A claim's transcription (a torch expression in x) as a function of x."""
    return eval(f"lambda {argument}: ({code}\n)", namespace)
