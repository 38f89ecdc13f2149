"""MkDocs hook: every page carries a Content-Security-Policy that allows nothing from another origin.

The site makes no request outside its own origin (no CDN, no web fonts, no analytics); this policy makes a
reader's browser enforce it, for the pages of today and for whatever a future page or plugin asks for:

- scripts, fonts, workers (Material's search), connections (search index, sitemap, instant navigation):
  the site's own origin only; no eval;
- inline scripts: only the ones the site's pages hold (Material's base template, the Vietnamese
  edition's config override, nbconvert's copy button), each allowed by its SHA-256 hash;
- styles: the site's own, and inline ones ('unsafe-inline'): nbconvert's notebook pages carry about
  0.6 MB of <style> blocks. (No script writes styles at run time, the build draws the math as SVG,
  hooks/math_svg.py: hashing the notebooks' blocks may be enough to drop 'unsafe-inline', untried in Chromium.)
- images: the site's own, and data: URIs (Material's icons are data: SVGs in its CSS);
- nothing else (default-src 'none'): no frames, objects, media; <base> and forms only to the site.

Checked in Chromium: without data: in img-src, the ReLU, explorer, notebook and Vietnamese home pages
report 39 violations; without 'unsafe-inline' in style-src, 21 (MathJax's and nbconvert's <style>).

One policy for the whole site, in a <meta http-equiv> placed right after <meta charset> (before any
script). One for all pages, because Material's instant navigation keeps the first page's document: a
policy, once read, stays in force, and the scripts of every page it navigates to must pass it; a
different <meta> on the next page would add a second policy, not replace the first. So after the last
edition is built, the hook reads every HTML file of the site, hashes every inline script, and writes the
same <meta> into each. The bytes depend only on the pages: a rebuild with nothing changed writes the same.

Under `mkdocs serve` no policy is written: the live-reload script MkDocs injects into every page is inline
and changes with every build. tests/test_browser.py records any violation (the securitypolicyviolation
event and the console's report) on the built site and fails.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.hooks.content_security_policy")

# Script types a browser runs (the others, e.g. application/json, are data and need no hash).
SCRIPT = re.compile(r"<script(?P<attributes>(?:\s[^>]*)?)>(?P<text>.*?)</script>", re.DOTALL | re.IGNORECASE)
SCRIPT_TYPE = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
CHARSET = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE)
HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
META = '<meta http-equiv="Content-Security-Policy" content="{policy}">'
OUR_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')

DIRECTIVES = (
    ("default-src", "'none'"),
    ("script-src", "'self' {hashes}"),
    # 'unsafe-inline': nbconvert's <style> blocks on the notebook pages (see the module's docstring).
    ("style-src", "'self' 'unsafe-inline'"),
    ("img-src", "'self' data:"),  # Material's icons are data: SVGs in its stylesheet
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)

_serving = False


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script a browser would run."""
    scripts = []
    for m in SCRIPT.finditer(html):
        attributes = m["attributes"] or ""
        if re.search(r"\ssrc\s*=", attributes, re.IGNORECASE):
            continue
        kind = SCRIPT_TYPE.search(attributes)
        if (kind[1].lower() if kind else "") in JAVASCRIPT_TYPES:
            scripts.append(m["text"])
    return scripts


def script_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def policy(hashes: set[str]) -> str:
    return "; ".join(f"{name} {value.format(hashes=' '.join(sorted(hashes)))}".strip() for name, value in DIRECTIVES)


def without_policy(html: str) -> str:
    """The page without the policy's <meta>, should it carry one already (copied from another build). Only
    the head is searched: a notebook page is 0.7 MB."""
    end = html.find("</head>")
    return OUR_META.sub("", html[:end], count=1) + html[end:]


def with_policy(html: str, meta: str) -> str:
    html = without_policy(html)
    head = html[: html.find("</head>")]
    anchor = CHARSET.search(head) or HEAD.search(head)
    if anchor is None:
        raise PluginError("Content-Security-Policy: a page has no <head>")
    return html[: anchor.end()] + meta + html[anchor.end() :]


@event_priority(-300)  # after every other hook, and after the last edition (mkdocs-static-i18n builds at -100)
def on_post_build(*, config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if (i18n is not None and i18n.building) or _serving:
        return
    pages = sorted(Path(config.site_dir).rglob("*.html"))
    texts = {path: path.read_text(encoding="utf-8") for path in pages}
    hashes = {script_hash(text) for html in texts.values() for text in inline_scripts(without_policy(html))}
    meta = META.format(policy=policy(hashes))
    for path, html in texts.items():
        new = with_policy(html, meta)
        if new != html:
            path.write_text(new, encoding="utf-8")
    log.info("Content-Security-Policy: %d pages, %d inline scripts allowed by hash", len(pages), len(hashes))
