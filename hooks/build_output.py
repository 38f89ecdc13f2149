"""MkDocs hook: put what a snippet prints, computed at build time, into a page.

A page writes, on a line of its own,

    <!-- build-output: snippets/cheat-sheet/table.py -->

and the hook runs that snippet in the build (see snippet_runner.py), replaces the line by everything
it printed (usually a Markdown table) and shows the code in a collapsed block under it. So numbers
such as f(0) or a parameter default come from torch, not from a hand-typed table. The printed text
is cached under .cache/build-output/ (content_cache.py), keyed on the snippet, the activations' registry
(activations.toml), this hook, snippet_runner.py, content_cache.py and the torch version, so an unchanged
build imports no torch.

On a Vietnamese page (docs/<page>.vi.md) the printed words are translated by the rules in
build_output.vi.yml; code, math, link targets and numbers are left as printed. A printed English word
no rule translates fails the build.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

import content_cache
import editions
import markers
import snippet_runner
import snippet_translation

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

MARKER, LEFTOVER = markers.BUILD_OUTPUT, markers.BUILD_OUTPUT_LEFTOVER


def snippets_in(markdown: str) -> list[str]:
    return [m["snippet"] for m in MARKER.finditer(markdown)]


def printed_output(path: Path, shown_as: str, cache_root: Path, source: str | None = None) -> str:
    """What the snippet prints (or `source`, its translation, run with the file's lines), cached."""
    source = path.read_text(encoding="utf-8") if source is None else source
    # The output snippets (the cheat sheet, the kinks table) read the activations' registry: it is their input too.
    registry = path.resolve().parents[2] / "activations.toml"  # snippets/<folder>/<name>.py in the project
    inputs = [source.encode(), registry.read_bytes() if registry.is_file() else b""]
    key = content_cache.key_for(*inputs, code=[Path(__file__), snippet_runner], libraries=["torch"])

    def produce(folder: Path) -> None:
        output = snippet_runner.printed(path, shown_as, "output snippet", source)
        if not output.strip():
            raise PluginError(f"{shown_as}: output snippet printed nothing")
        (folder / "output.md").write_text(output, encoding="utf-8")

    return (content_cache.cached(cache_root, key, produce) / "output.md").read_text(encoding="utf-8")


# --- the Vietnamese edition -------------------------------------------------------------------------

RULES = Path(__file__).with_name("build_output.vi.yml")
# Set aside while translating: inline code, math and link targets are the same in every language.
PROTECTED = re.compile(r"`[^`\n]*`|\$[^$\n]*\$|\]\([^)\s]*\)")
# English words a translated output must not contain any more (the words the snippets print).
ENGLISH = re.compile(
    r"\b(the|of|and|or|if|else|as|at|for|each|every|yes|no|none|see|over|this|with|gives|returned|than|"
    r"same|value|output|input|ends|both|jump|learned|halves|differ|activations?|channels?|formula|range)\b",
    re.IGNORECASE,
)


def translated(output: str, shown_as: str) -> str:
    """The output with its words in Vietnamese (build_output.vi.yml); PluginError if a word has no rule."""
    import yaml

    kept: list[str] = []

    def keep(m: re.Match) -> str:
        kept.append(m[0])
        return f"\x00{len(kept) - 1}\x00"

    text = PROTECTED.sub(keep, output)
    for pattern, replacement in yaml.safe_load(RULES.read_text(encoding="utf-8"))["rules"]:
        text = re.sub(pattern, replacement, text, flags=re.MULTILINE)
    for line in text.splitlines():
        word = ENGLISH.search(re.sub(r"\[[^\]]*\]|\{#[\w-]+\}", "", line))  # link texts are names; ids stay
        if word:
            raise PluginError(
                f"{shown_as}: printed English with no Vietnamese ('{word[0]}' in: {line.strip()[:120]}); "
                f"add a rule to hooks/{RULES.name}"
            )
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m[1])], text)


def code_block(snippet: str, page_uri: str = "index.md") -> str:
    title = editions.words(page_uri, "output code", name=PurePosixPath(snippet).name)
    return markers.collapsed_code(title, snippet)


def expand_code_only(markdown: str) -> str:
    """The page as the tests read it: each marker becomes its code block (the tests run that code)."""
    return MARKER.sub(lambda m: code_block(m["snippet"]), markdown)


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    root = Path(config.config_file_path).parent

    def replace(m: re.Match) -> str:
        line = markdown.count("\n", 0, m.start()) + 1
        path = root / m["snippet"]
        if not path.is_file():
            raise PluginError(f"{config.docs_dir}/{page.file.src_uri}:{line}: no output snippet at {m['snippet']}")
        language = editions.language(page.file.src_uri)
        cache_root = content_cache.folder(root, "build-output")
        if language != editions.ORIGINAL and snippet_translation.is_translated(path, language):
            # The translated snippet prints the page's language itself; the rules translate what it left.
            source = snippet_translation.translated_source(path, language)
            shown_as = (
                f"{m['snippet']} ({language}, translated by {PurePosixPath(m['snippet']).parent}/{language}.toml)"
            )
            output = printed_output(path, shown_as, cache_root, source)
        else:
            output = printed_output(path, m["snippet"], cache_root)
        if language == editions.TRANSLATION:
            output = translated(output, m["snippet"])
        return f"{output.rstrip()}\n\n{code_block(m['snippet'], page.file.src_uri)}"

    expanded = MARKER.sub(replace, markdown)
    leftover = LEFTOVER.search(MARKER.sub("", markdown))
    if leftover:
        line = markdown.count("\n", 0, markdown.index(leftover.group(0))) + 1
        raise PluginError(
            f"{config.docs_dir}/{page.file.src_uri}:{line}: a build-output marker is not of the form "
            "<!-- build-output: snippets/<slug>/<name>.py --> on a line of its own"
        )
    return expanded
