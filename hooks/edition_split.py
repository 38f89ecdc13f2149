"""MkDocs hook: what the two editions (English at /, Vietnamese at /vi/) need beyond mkdocs-static-i18n.

- Search per edition. mkdocs-static-i18n merges both editions into one search index, so a Vietnamese
  reader searching `LeakyReLU` would get English pages too. After the last build this hook splits it:
  search/search_index.json keeps the English pages, vi/search/search_index.json the Vietnamese ones,
  and vi/sitemap.xml lists the Vietnamese pages. overrides/main.html makes /vi/ the base of the
  Vietnamese pages, so Material loads that index (and its instant navigation stays in that edition).
- Search without tone marks in the Vietnamese edition: its index names one more lunr language,
  vi-notone, first, so Material's search worker loads overrides/assets/javascripts/lunr/min/
  lunr.vi-notone.min.js, which indexes each word with tone marks also without them: "dao ham" finds
  what "đạo hàm" finds, the results mark the accented words, and an accented query finds what it
  found before. The index's entries are unchanged; the English index is Material's.
- Shared files are copied once. mkdocs-static-i18n builds the Vietnamese edition after the English
  one, and MkDocs would copy every shared file again (Material's assets, MathJax's 7 MB, the
  figures). In the Vietnamese build a shared file is copied only if it changed since the English
  build copied it (MkDocs' own `dirty` check).
- The language selector links the editions' home pages; docs/javascripts/language-switch.js sends
  the reader to the same page and section of the other edition instead.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

from editions import TRANSLATION

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files

TONELESS = f"{TRANSLATION}-notone"  # the lunr "language" of overrides/assets/javascripts/lunr/min/lunr.vi-notone.min.js
SITEMAP_URL = re.compile(r"\s*<url>.*?</url>", re.DOTALL)


def split_search_index(site: Path) -> None:
    path = site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    prefix = f"{TRANSLATION}/"
    english = [doc for doc in index["docs"] if not doc["location"].startswith(prefix)]
    translated = [
        {**doc, "location": doc["location"].removeprefix(prefix)}
        for doc in index["docs"]
        if doc["location"].startswith(prefix)
    ]
    path.write_text(json.dumps({**index, "docs": english}, ensure_ascii=False), encoding="utf-8")
    # First, so that its word folding runs after the other languages' stop-word filters (lunr.multiLanguage
    # puts each language's filter before the previous ones').
    config = {**index["config"], "lang": [TONELESS, *index["config"]["lang"]]}
    (site / TRANSLATION / "search").mkdir(parents=True, exist_ok=True)
    (site / TRANSLATION / "search" / "search_index.json").write_text(
        json.dumps({**index, "config": config, "docs": translated}, ensure_ascii=False), encoding="utf-8"
    )


def write_translation_sitemap(site: Path, site_url: str) -> None:
    """vi/sitemap.xml: the <url> entries of the Vietnamese pages (Material's instant navigation reads it)."""
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    head, _, _ = sitemap.partition("<url>")
    ours = [m[0] for m in SITEMAP_URL.finditer(sitemap) if f"<loc>{site_url.rstrip('/')}/{TRANSLATION}/" in m[0]]
    (site / TRANSLATION / "sitemap.xml").write_text(head.rstrip() + "".join(ours) + "\n</urlset>\n", encoding="utf-8")


@event_priority(-110)  # after mkdocs-static-i18n (-100) has chosen this edition's files
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # the English build (or no i18n): copy as MkDocs does
        return files
    for file in files:
        if not file.is_documentation_page() and not file.dest_uri.startswith(f"{TRANSLATION}/"):
            file.copy_file = _copy_if_changed(file)
    return files


def _copy_if_changed(file: File):
    copy = type(file).copy_file
    return lambda dirty=False: copy(file, dirty=True)


@event_priority(-110)  # after mkdocs-static-i18n (-100) has built every edition and merged their search entries
def on_post_build(*, config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:  # an edition's own build inside mkdocs-static-i18n's loop
        return
    site = Path(config.site_dir)
    split_search_index(site)
    write_translation_sitemap(site, config.site_url or "/")
