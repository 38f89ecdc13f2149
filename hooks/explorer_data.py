"""MkDocs hook: torch's values for the explorer page, computed at build time and cached.

The explorer (docs/explorer.md, docs/javascripts/explorer.js) draws activations with JavaScript. What it
needs from torch comes from site_tools/explorer_generator.py, which this hook runs like a build snippet (see
snippet_runner.py: same time limit, errors naming the line) when a page holds the marker

    <!-- explorer-params -->

The generator prints one JSON document. The hook publishes it whole as explorer/torch_values.json (torch's
values and autograd derivatives on a grid, which tests/test_explorer.py compares with the page's
JavaScript) and replaces the marker by a hidden element carrying the part the page needs: each
activation's parameters (torch's names and defaults, slider ranges) and the lines to copy. Both are
cached under .cache/explorer/ (content_cache.py), keyed on the generator, the registry it reads
(activations.toml, site_tools/registry.py), this hook, snippet_runner.py, content_cache.py and the torch
version, so a build where nothing changed imports no torch.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

import content_cache
import markers
import snippet_runner

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

MARKER = markers.EXPLORER
ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "site_tools" / "explorer_generator.py"
GENERATOR_SHOWN = "site_tools/explorer_generator.py"
# What the generator reads besides itself: the activations' registry and its loader.
REGISTRY = (ROOT / "activations.toml", ROOT / "site_tools" / "registry.py")
JSON_URI = "explorer/torch_values.json"
_folder: Path | None = None  # this build's cache folder, set by on_files


def cached_data(cache_root: Path) -> Path:
    """The cache folder holding torch_values.json and params.json, running the generator first if needed."""
    inputs = [GENERATOR.read_bytes(), *(path.read_bytes() for path in REGISTRY)]
    key = content_cache.key_for(*inputs, code=[Path(__file__), snippet_runner], libraries=["torch"])

    def produce(folder: Path) -> None:
        output = snippet_runner.printed(GENERATOR, GENERATOR_SHOWN, "explorer generator")
        try:
            data = json.loads(output)
        except ValueError as exc:
            raise PluginError(f"{GENERATOR_SHOWN}: printed no JSON ({exc})") from None
        (folder / "torch_values.json").write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        for entry in data["elementwise"] + data["vector"]["activations"]:
            del entry["values"]  # the page draws from its formulas; the values are for the tests
        (folder / "params.json").write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")

    return content_cache.cached(cache_root, key, produce)


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    global _folder
    _folder = None
    if not any(MARKER in page.content_string for page in files.documentation_pages() if page.src_uri.endswith(".md")):
        return files  # no explorer in this site (the test fixtures): nothing to compute
    root = Path(config.config_file_path).parent
    _folder = cached_data(content_cache.folder(root, "explorer"))
    files.append(File.generated(config, JSON_URI, abs_src_path=str(_folder / "torch_values.json")))
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if MARKER not in markdown:
        return markdown
    params = (_folder / "params.json").read_text(encoding="utf-8")
    # An attribute, not a <script type="application/json">: Material's instant navigation re-creates the
    # page's scripts without their type, so JSON in a script would run as JavaScript.
    element = f'<div id="explorer-params" hidden data-params="{html.escape(params, quote=True)}"></div>'
    return markdown.replace(MARKER, element)
