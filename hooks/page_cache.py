"""MkDocs hook: a build does not render again a page that did not change.

Most of a warm build goes into two costs that depend on nothing but the page: converting its Markdown
(Pygments highlighting each code block) and Material's search plugin parsing the HTML into sections.
With two editions every build paid both twice. This hook keeps both results under .cache/pages/, in a
file named by a hash of everything they depend on:

- the rendering: the page's final Markdown (after every other hook), the contents of the snippet
  files it includes (`--8<-- "path"`), where the page and every other file are served (links are
  resolved against them), the Markdown settings of mkdocs.yml, and the versions of MkDocs,
  Python-Markdown, pymdown-extensions, Pygments and Material;
- the search entries: the rendered HTML, the page's address, title, table of contents and metadata,
  and the search plugin's settings.

A rendering that logged a warning is not kept, so a strict build fails on that page every time, not
only the first. Pages that mkdocs-jupyter renders (notebooks: it has its own cache) are left to it.
An include this hook cannot read (another pymdownx.snippets syntax) turns the cache off for that page.
Entries that no build has used for a day are deleted at the end of a build (content_cache.prune_unused).
"""

from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import FileSystemBytecodeCache
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import get_toc

import content_cache
import markers

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.page_cache")

CACHE_NAME = "pages"  # .cache/pages/<page-key or search-key>.json
RENDERING_LIBRARIES = ("mkdocs", "markdown", "pymdown-extensions", "pygments", "mkdocs-material")

_pages = {"seen": 0, "rendered": 0}  # in this build, every edition: reported at its end
_files_digests: dict[int, tuple[Files, bytes]] = {}  # id(files) -> (files, where every file is served)


def cache_dir(config: MkDocsConfig) -> Path:
    return content_cache.folder(Path(config.config_file_path).parent, CACHE_NAME)


def load(config: MkDocsConfig, key: str) -> dict | None:
    try:
        return json.loads(content_cache.use(cache_dir(config) / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def store(config: MkDocsConfig, key: str, entry: dict) -> None:
    if not content_cache.write_atomically(cache_dir(config) / f"{key}.json", json.dumps(entry, ensure_ascii=False)):
        log.debug("page cache not written (a full disk or a read-only checkout): the build goes on, uncached")


# --- the rendering -------------------------------------------------------------------------------------


def files_digest(files: Files) -> bytes:
    """Where every file is served: a link on a page resolves (or fails) against these."""
    if id(files) not in _files_digests:  # the Files object is kept with it, so its id is not reused
        served = sorted(f"{f.src_uri}\t{f.dest_uri}\t{f.url}" for f in files)
        _files_digests[id(files)] = (files, content_cache.content_key("\n".join(served).encode()).encode())
    return _files_digests[id(files)][1]


def markdown_settings(config: MkDocsConfig) -> bytes:
    settings = {
        "extensions": [str(e) for e in config.markdown_extensions],
        "configs": config.mdx_configs,
        "use_directory_urls": config.use_directory_urls,
        "validation": str(config.validation),
    }
    return json.dumps(settings, sort_keys=True, default=named).encode()


def named(value) -> str:
    """A setting JSON cannot hold, by name: a function's repr holds its address, which changes every run
    (a `slugify` function in the toc settings would make every key new)."""
    name = getattr(value, "__qualname__", None)
    return f"{getattr(value, '__module__', '')}.{name}" if name else repr(value)


def render_key(page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """The hash of what the page's rendering depends on; None if an include cannot be read."""
    markdown = page.markdown or ""
    included = [m["path"] for m in markers.INCLUDE.finditer(markdown)]
    if markdown.count("8<") != len(included):
        return None
    root = Path(config.config_file_path).parent
    parts = [markdown.encode(), page.file.src_uri.encode(), page.file.dest_uri.encode(), page.url.encode()]
    for name in included:
        path = root / name
        if not path.is_file():  # let pymdownx.snippets report it (check_paths)
            return None
        parts += [name.encode(), path.read_bytes()]
    parts += [files_digest(files), markdown_settings(config)]
    return content_cache.key_for(*parts, code=[Path(__file__)], libraries=RENDERING_LIBRARIES)


def toc_tokens(items) -> list[dict]:
    return [{"name": a.title, "id": a.id, "level": a.level, "children": toc_tokens(a.children)} for a in items]


def snapshot(page: Page) -> dict:
    return {
        "content": page.content,
        "toc": toc_tokens(page.toc),
        "title": page._title_from_render,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links_to_anchors": {f.src_uri: links for f, links in (page.links_to_anchors or {}).items()},
    }


def restore(page: Page, entry: dict, files: Files) -> bool:
    links = {files.get_file_from_path(src): anchors for src, anchors in entry["links_to_anchors"].items()}
    if None in links:  # a linked file is gone: render again, and let MkDocs say so
        return False
    page.content = entry["content"]
    page.toc = get_toc(entry["toc"])
    page._title_from_render = entry["title"]
    page.present_anchor_ids = set(entry["anchors"])
    page.links_to_anchors = links
    return True


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


@contextmanager
def counting_warnings():
    handler, logger = _Warnings(), logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def cached_render(page: Page):
    render = type(page).render

    def render_or_reuse(config: MkDocsConfig, files: Files) -> None:
        key = render_key(page, config, files)
        key = key and f"page-{key}"
        entry = load(config, key) if key else None
        _pages["seen"] += 1
        if entry is not None and restore(page, entry, files):
            return
        _pages["rendered"] += 1
        with counting_warnings() as warnings:
            render(page, config, files)
        if key and not warnings.count:
            store(config, key, snapshot(page))

    return render_or_reuse


@event_priority(-200)  # last: MkDocs renders what the other hooks made of the Markdown
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "render" not in vars(page):  # not a page whose plugin renders it itself (mkdocs-jupyter)
        page.render = cached_render(page)
    return markdown


# --- the search entries --------------------------------------------------------------------------------


def search_key(page: Page, index) -> str:
    meta = {k: page.meta.get(k) for k in ("search", "tags", "title")}
    settings = {k: index.config.get(k) for k in ("lang", "separator", "pipeline", "fields")}
    described = json.dumps([page.url, str(page.title), toc_tokens(page.toc), meta, settings], default=repr)
    parts = [page.content.encode(), described.encode()]
    return content_cache.key_for(*parts, code=[Path(__file__)], libraries=["mkdocs-material"])


def cached_entries(index, config: MkDocsConfig):
    add = type(index).add_entry_from_context

    def add_or_reuse(page: Page) -> None:
        key = "search-" + search_key(page, index)
        entry = load(config, key)
        if entry is not None:
            index.entries.extend(entry["entries"])
            return
        before = len(index.entries)
        add(index, page)
        store(config, key, {"entries": index.entries[before:]})

    return add_or_reuse


@event_priority(100)  # before the search plugin indexes the page
def on_page_context(context, *, page: Page, config: MkDocsConfig, nav):
    index = getattr(config.plugins.get("material/search"), "search_index", None)
    if index is not None and "add_entry_from_context" not in vars(index):
        index.add_entry_from_context = cached_entries(index, config)
    return context


# --- the templates -----------------------------------------------------------------------------------


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Jinja compiles Material's templates to Python in every build (each edition has its own theme
    environment): keep the compiled code under .cache/templates/. Jinja checks each template's source
    against what it compiled, so an edited override is compiled again."""
    folder = content_cache.folder(Path(config.config_file_path).parent, "templates")
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env


# --- clean-up ------------------------------------------------------------------------------------------


def on_pre_build(*, config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # a new build (not the next edition of the same one)
        _files_digests.clear()
        _pages.update(seen=0, rendered=0)


@event_priority(-200)  # after every edition is built (mkdocs-static-i18n builds the others at -100)
def on_post_build(*, config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    folder = cache_dir(config)
    if (i18n is not None and i18n.building) or not folder.is_dir():
        return
    shown = folder.relative_to(Path(config.config_file_path).parent)
    log.info("pages rendered: %d of %d (the others unchanged, from %s)", _pages["rendered"], _pages["seen"], shown)
