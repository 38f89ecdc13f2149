"""MkDocs hook: what a published page carries beyond its content, in the page's language.

- Address. The SITE_URL variable, when set, replaces mkdocs.yml's `site_url` (127.0.0.1:8000, where
  `make serve` serves the site). The language selector's links (extra.alternate, written as `/` and `/vi/`) get the
  site's path, and each page's `<link rel="alternate" hreflang>` names the same page in both editions
  (absolute addresses), not the editions' home pages. Both sitemaps list the notebook pages too.
- Share cards. Every page has Open Graph and Twitter tags (overrides/partials/share-card.html). The
  image is the PNG card hooks/figures.py drew of the page's first figure, in the same run as its SVGs
  (for a notebook, its light run: hooks/notebooks.py); a page without a figure gets the site card of its
  edition, drawn here with matplotlib (cached under .cache/cards/, no network, the
  fonts matplotlib ships). The description is the page's `description` front matter, or the edition's.
- Stamp. Every footer says which torch version and CPU path the figures were computed with (recorded
  by hooks/figures.py with its cached SVGs: nothing imports torch here), the build's date (UTC, or
  SOURCE_DATE_EPOCH) and commit (overrides/partials/copyright.html).
- Links out. An activation page links to PyTorch's documentation of the `torch.nn` class and the
  `torch.nn.functional` function its At a glance "PyTorch API" row names (or, with neither, the
  `torch` functions it names: Binary Step's `torch.heaviside`). With REPO_URL set (a GitHub
  repository), pages link "Edit this page" and "View source", notebook pages "Open in Colab" (the
  .ipynb published on the gh-pages branch); without it none of them appear.
- The 404 page. Each edition's build writes 404.html at the site's root: the English one is kept there
  (what a host serves for any missing address), the Vietnamese one goes to vi/404.html.
"""

from __future__ import annotations

import html
import importlib.metadata
import inspect
import json
import os
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import content_cache
import editions
import figures
import notebooks
import plot_styles

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

ORIGINAL, TRANSLATION = editions.ORIGINAL, editions.TRANSLATION
SITE_URL_ENV, REPO_URL_ENV, REPO_BRANCH_ENV = "SITE_URL", "REPO_URL", "REPO_BRANCH"
PUBLISHED_BRANCH = "gh-pages"  # where `make deploy` pushes the site (the Colab links open its .ipynb)
PYTORCH_DOCS = "https://docs.pytorch.org/docs/stable/generated/{name}.html"
API_ROW = re.compile(r"^\|\s*(?:PyTorch API|API PyTorch)\s*\|(?P<row>.*)\|\s*$", re.MULTILINE)
NN_CLASS = re.compile(r"`(torch\.nn\.[A-Z]\w*)`")
FUNCTIONAL = re.compile(r"`(torch\.nn\.functional\.[a-z]\w*)[`(]")
# An activation beyond torch.nn names the transformers class that implements it: `ACT2FN["relu2"]` (`ReLUSquaredActivation`).
TRANSFORMERS_CLASS = re.compile(r"ACT2FN\[[^\]]*\]`\s*\(`(\w+Activation)`\)")
TRANSFORMERS_SOURCE = "https://github.com/huggingface/transformers/blob/v{version}/src/transformers/activations.py"
TORCH_FUNCTION = re.compile(r"`(torch\.(?!nn`|special`|linalg`)[a-z]\w*)`")  # a function, not a namespace
HREFLANG = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
SITEMAP_END = "</urlset>"
XHTML = "http://www.w3.org/1999/xhtml"
CITED = ("arXiv:", "doi:", "DOI:")
ARXIV = re.compile(r"(?<![\[/\w])arXiv:(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)(?![\]\w])")
DOI = re.compile(r"(?<![\[/\w])(?:doi|DOI):\s?(?P<id>10\.\d{4,9}/[^\s\]\[()]*[^\s\]\[().,;:])")
CARD_STYLE = plot_styles.style(plot_styles.CARD_SCHEME)

_build: dict = {}  # facts of this build (stamp, cards, pages seen), kept across its two editions


# --- the build's facts ---------------------------------------------------------------------------------


def build_date() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds
    return datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)


def git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def commit(root: Path) -> tuple[str, bool] | None:
    """The commit built (short hash) and whether tracked files differ from it."""
    sha = git(root, "rev-parse", "--short=7", "HEAD")
    if not sha:
        return None
    return sha, bool(git(root, "status", "--porcelain", "--untracked-files=no"))


def repo_url() -> str | None:
    url = os.environ.get(REPO_URL_ENV, "").strip().rstrip("/").removesuffix(".git")
    return url or None


def github_repository(url: str | None) -> str | None:
    """https://github.com/owner/name -> owner/name (Colab opens notebooks from GitHub only)."""
    parts = urlsplit(url or "")
    path = parts.path.strip("/")
    return path if parts.netloc == "github.com" and path.count("/") == 1 else None


def site_path(config: MkDocsConfig) -> str:
    return urlsplit(config.site_url or "/").path or "/"


@event_priority(100)  # first: every plugin that reads site_url reads SITE_URL's
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if os.environ.get(SITE_URL_ENV, "").strip():  # the site's address (a folder: it ends with /)
        config.site_url = os.environ[SITE_URL_ENV].strip().rstrip("/") + "/"
    root = Path(config.config_file_path).parent
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # a new build, not the next edition of the same one
        _build.clear()
        _build.update(root=root, date=build_date(), commit=commit(root), repo=repo_url(), pages={}, computed=set())
    base = site_path(config)
    for alternate in config.extra.get("alternate") or []:
        if alternate["link"].startswith("/") and not alternate["link"].startswith(base):
            alternate["link"] = base + alternate["link"].lstrip("/")  # the editions' homes, under the site's path
    return config


def stamp(lang: str) -> str:
    """The footer line, in HTML: what the outputs were computed with, when and from which commit."""
    words = editions.WORDS[lang]
    computed = sorted(_build.get("computed", ()))
    torch = ", ".join(sorted({t for t, _ in computed})) or content_cache.library_version("torch").decode()
    cpus = ", ".join(sorted({c for _, c in computed}))
    date = _build["date"]
    parts = [
        words["stamp computed"].format(torch=torch, cpu=cpus) if cpus else words["stamp torch"].format(torch=torch)
    ]
    parts.append(words["stamp date"].format(date=date.strftime(words["date format"])))
    if _build.get("commit"):
        sha, changed = _build["commit"]
        shown = f"<code>{sha}</code>"
        if _build.get("repo"):
            shown = f'<a href="{html.escape(_build["repo"])}/commit/{sha}">{shown}</a>'
        parts.append(words["stamp commit"].format(commit=shown) + (words["stamp changed"] if changed else ""))
    return ", ".join(parts) + "."


# --- cards ---------------------------------------------------------------------------------------------


def site_card_uri(lang: str) -> str:
    return f"assets/cards/site-{lang}.png"


def draw_site_card(folder: Path, title: str, tagline: str) -> None:
    """A 1200x630 PNG: the edition's site name and tagline beside three activations (no torch needed)."""
    import matplotlib.style
    import numpy as np
    from matplotlib.figure import Figure

    with matplotlib.style.context(CARD_STYLE):
        figure = Figure(figsize=plot_styles.CARD_INCHES, layout="none")  # the style's autolayout would move the text
        figure.text(0.06, 0.8, title, fontsize=26, fontweight="bold", va="bottom")
        figure.text(0.06, 0.72, tagline, fontsize=13, va="top")
        axes = figure.add_axes((0.08, 0.1, 0.86, 0.5))
        x = np.linspace(-4, 4, 401)
        for label, y in (("ReLU", np.maximum(x, 0)), ("tanh", np.tanh(x)), ("sigmoid", 1 / (1 + np.exp(-x)))):
            axes.plot(x, y, label=label)
        axes.set_ylim(-1.3, 2.6)
        axes.legend(loc="upper left")
        figure.savefig(folder / "card.png", **plot_styles.CARD_SAVE)


def site_card(root: Path, title: str, lang: str) -> Path:
    drawing = inspect.getsource(draw_site_card).encode()  # not this whole file: an edit elsewhere draws nothing
    tagline = editions.WORDS[lang]["tagline"]
    key = content_cache.key_for(
        drawing, CARD_STYLE.read_bytes(), title.encode(), tagline.encode(), code=[plot_styles], libraries=["matplotlib"]
    )
    folder = content_cache.cached(content_cache.folder(root, "cards"), key, lambda f: draw_site_card(f, title, tagline))
    return folder / "card.png"


@event_priority(-50)  # after hooks/figures.py has rendered (or found) every figure
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    root = _build["root"]
    cards: dict[str, tuple[str, str]] = _build.setdefault("cards", {})  # page src_uri -> (card uri, alt text)
    published = {f.src_uri for f in files}
    rendering = os.environ.get(figures.RENDERING_ENV) != "off"
    folders: dict[tuple[str, str], Path] = {}  # (snippet, edition drawn) -> its cache folder
    for page in files.documentation_pages():
        refs = figures.find_figure_refs(page.content_string) if page.src_uri.endswith(".md") and rendering else []
        drawn = [figures.edition(ref.snippet, page.src_uri, root) for ref in refs]
        for ref, edition in zip(refs, drawn, strict=True):
            if (ref.snippet, edition) not in folders and (root / ref.snippet).is_file():
                key = figures.cache_key(figures.source_of(ref.snippet, edition, root).encode())
                folders[ref.snippet, edition] = content_cache.folder(root, "figures") / key
        if refs and (folders[refs[0].snippet, drawn[0]] / f"card-{refs[0].index}.png").is_file():
            uri = figures.card_uri(refs[0].snippet, refs[0].index, drawn[0])
            cards[page.src_uri] = (uri, refs[0].alt)
            if uri not in published:
                source = folders[refs[0].snippet, drawn[0]] / f"card-{refs[0].index}.png"
                files.append(File.generated(config, uri, abs_src_path=str(source)))
                published.add(uri)
    for page in files.documentation_pages():  # a notebook's card: its first figure, saved by its edition's light run
        name = PurePosixPath(page.src_uri).name.split(".")[0]
        source = root / notebooks.SOURCE_DIR / f"{name}.py"
        lang = editions.language(page.src_uri)
        if page.src_uri.endswith(".ipynb") and source.is_file() and lang in notebooks.editions_of(source):
            folder = content_cache.folder(root, "notebooks") / notebooks.cache_key(source, lang)
            alts = json.loads((folder / "figures.json").read_text(encoding="utf-8")) if folder.is_dir() else []
            if (folder / notebooks.CARD).is_file() and alts:
                uri = notebooks.card_uri(name, lang)
                cards[page.src_uri] = (uri, alts[0])
                if uri not in published:
                    files.append(File.generated(config, uri, abs_src_path=str(folder / notebooks.CARD)))
                    published.add(uri)
    for folder in folders.values():
        computed = figures.computed_with(folder)
        if computed:
            _build["computed"].add((computed["torch"], computed["cpu"]))
    lang = config.theme.get("language", editions.ORIGINAL)
    if site_card_uri(lang) not in published:
        card = site_card(root, config.site_name, lang if lang in editions.LANGUAGES else editions.ORIGINAL)
        files.append(File.generated(config, site_card_uri(lang), abs_src_path=str(card)))
    return files


# --- each page -----------------------------------------------------------------------------------------


def linked_references(markdown: str) -> str:
    """`arXiv:1502.01852` and `doi:10.xxxx/...` written as text become links (arxiv.org/abs/, doi.org/),
    outside fenced code and unless already a link's text."""
    if not any(word in markdown for word in CITED):
        return markdown
    lines, fenced = markdown.split("\n"), False
    for n, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and any(word in line for word in CITED):
            line = ARXIV.sub(lambda m: f"[{m[0]}](https://arxiv.org/abs/{m['id']})", line)
            lines[n] = DOI.sub(lambda m: f"[{m[0]}](https://doi.org/{m['id']})", line)
    return "\n".join(lines)


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return linked_references(markdown)


def addresses_in_editions(page: Page) -> dict[str, str]:
    """The page's address in each edition, relative to the site: {"en": "activations/relu/", "vi": ...}."""
    english = page.url.removeprefix(f"{TRANSLATION}/") if page.url != TRANSLATION + "/" else ""
    return {ORIGINAL: english, TRANSLATION: f"{TRANSLATION}/{english}"}


def pytorch_links(markdown: str) -> list[tuple[str, str]]:
    """(name, PyTorch documentation address) for the class and function the PyTorch API row names."""
    row = API_ROW.search(markdown)
    if not row:
        return []
    if beyond_torch_nn(row["row"]):  # see transformers_links
        return []
    names = [m[1] for m in (NN_CLASS.search(row["row"]), FUNCTIONAL.search(row["row"] + "`")) if m]
    if not names:  # no nn class, no functional form (Binary Step): the torch functions it names
        names = TORCH_FUNCTION.findall(row["row"])
    return [(name, PYTORCH_DOCS.format(name=name)) for name in names]


def beyond_torch_nn(api_row: str) -> bool:
    """An activation torch does not have: its API row names a transformers class and no torch.nn class."""
    return bool(TRANSFORMERS_CLASS.search(api_row)) and not NN_CLASS.search(api_row)


def transformers_links(markdown: str) -> list[tuple[str, str]]:
    """(name, address of its source) for the transformers class an activation beyond torch.nn names, in the
    transformers release the tests check it against (read from the installed package's metadata, so the
    build imports nothing; the main branch without it)."""
    row = API_ROW.search(markdown)
    found = TRANSFORMERS_CLASS.search(row["row"]) if row and beyond_torch_nn(row["row"]) else None
    if not found:
        return []
    try:
        version = importlib.metadata.version("transformers")
        address = TRANSFORMERS_SOURCE.format(version=version)
    except importlib.metadata.PackageNotFoundError:
        address = TRANSFORMERS_SOURCE.replace("v{version}", "main")
    return [(f"transformers.activations.{found[1]}", address)]


def source_links(page: Page, lang: str) -> list[tuple[str, str]]:
    repo = _build.get("repo")
    if not repo:
        return []
    words = editions.WORDS[lang]
    branch = os.environ.get(REPO_BRANCH_ENV) or "main"
    src = page.file.src_uri
    if src.endswith(".ipynb"):  # written by hooks/notebooks.py from notebooks/<name>.py (or .vi.py)
        path = "notebooks/" + PurePosixPath(src).name.removesuffix(".ipynb") + ".py"
    else:
        path = f"docs/{src}"
    links = [(words["edit"], f"{repo}/edit/{branch}/{path}"), (words["view"], f"{repo}/blob/{branch}/{path}")]
    github = github_repository(repo)
    nb_url = getattr(page, "nb_url", None)
    if github and nb_url:
        published = (PurePosixPath(page.url) / PurePosixPath(nb_url).name).as_posix()
        colab = f"https://colab.research.google.com/github/{github}/blob/{PUBLISHED_BRANCH}/{published}"
        links.append((words["colab"], colab))
    return links


def on_page_context(context, *, page: Page, config: MkDocsConfig, nav):
    lang = editions.language(page.file.src_uri)
    site = config.site_url or "/"
    card, alt = _build.get("cards", {}).get(page.file.src_uri, (site_card_uri(lang), config.site_name))
    title = str(page.title) if page.title and not page.is_homepage else config.site_name
    _build["pages"][page.url] = page.canonical_url or site + page.url
    links = pytorch_links(page.markdown or "") if page.file.src_uri.startswith("activations/") else []
    library_links = transformers_links(page.markdown or "") if page.file.src_uri.startswith("activations/") else []
    context["publishing"] = {
        "title": title,
        "description": page.meta.get("description") or config.site_description or "",
        "url": page.canonical_url or site + page.url,
        "locale": editions.LOCALES[lang],
        "alternate_locale": editions.LOCALES[editions.other(lang)],
        "image": site + card,
        "image_alt": alt,
        "pytorch_docs": links or library_links,
        "pytorch_docs_label": editions.WORDS[lang]["pytorch docs" if links else "transformers source"],
        "source_links": source_links(page, lang),
    }
    context["publishing_stamp"] = stamp(lang)
    context["made_with"] = editions.WORDS[lang]["made with"]
    return context


def on_template_context(context, *, template_name: str, config: MkDocsConfig):
    """Static templates (404.html): the footer stamp too."""
    if template_name.endswith(".html"):
        lang = config.theme.get("language", editions.ORIGINAL)
        context["publishing_stamp"] = stamp(lang)
        context["made_with"] = editions.WORDS[lang if lang in editions.WORDS else editions.ORIGINAL]["made with"]
    return context


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """Material writes one hreflang link per edition, to its home page: name this page in each edition."""
    site = config.site_url or "/"
    addresses = addresses_in_editions(page)
    links = [f'<link rel="alternate" href="{site}{addresses[lang]}" hreflang="{lang}">\n    ' for lang in addresses]
    links.append(f'<link rel="alternate" href="{site}{addresses[ORIGINAL]}" hreflang="x-default">')
    head = output.find("</head>")
    found = list(HREFLANG.finditer(output, 0, head if head > 0 else len(output)))
    if not found:
        return output
    return output[: found[0].start()] + "".join(links).strip() + output[found[-1].end() :]


# --- the 404 page --------------------------------------------------------------------------------------


def on_post_template(output: str, *, template_name: str, config: MkDocsConfig) -> str:
    """Each edition writes 404.html at the site's root, the Vietnamese last: keep both, put back the English."""
    if template_name == "404.html":
        _build.setdefault("404", {})[config.theme.get("language", editions.ORIGINAL)] = output
    return output


def write_not_found_pages(site: Path) -> None:
    pages = _build.get("404", {})
    if ORIGINAL in pages:
        (site / "404.html").write_text(pages[ORIGINAL], encoding="utf-8")
    if TRANSLATION in pages:
        (site / TRANSLATION).mkdir(parents=True, exist_ok=True)
        (site / TRANSLATION / "404.html").write_text(pages[TRANSLATION], encoding="utf-8")


# --- sitemaps ------------------------------------------------------------------------------------------


@event_priority(-105)  # after every edition is built (mkdocs-static-i18n, -100), before hooks/edition_split.py
def on_post_build(*, config: MkDocsConfig) -> None:
    """Add the pages the sitemap leaves out (the notebook pages, which mkdocs-jupyter makes) to sitemap.xml, with
    their address in both editions (xhtml:link hreflang); hooks/edition_split.py writes vi/sitemap.xml from it."""
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building:
        return
    write_not_found_pages(Path(config.site_dir))
    path = Path(config.site_dir) / "sitemap.xml"
    if not path.is_file():
        return
    sitemap = path.read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>([^<]*)</loc>", sitemap))
    lastmod = re.search(r"<lastmod>([^<]*)</lastmod>", sitemap)
    entries = []
    site = config.site_url or "/"
    for url in sorted(set(_build["pages"].values()) - listed):
        when = f"\n        <lastmod>{lastmod[1]}</lastmod>" if lastmod else ""
        # Its editions, as mkdocs-static-i18n writes them for the Markdown pages (xmlns:xhtml is declared).
        address = url.removeprefix(site)
        english = address.removeprefix(f"{TRANSLATION}/")
        both = ((TRANSLATION, f"{TRANSLATION}/{english}"), (ORIGINAL, english)) if XHTML in sitemap else ()
        links = "".join(
            f'\n        <xhtml:link rel="alternate" hreflang="{lang}" href="{html.escape(site + there)}"/>'
            for lang, there in both
        )
        entries.append(f"    <url>\n        <loc>{html.escape(url)}</loc>{when}{links}\n    </url>\n")
    if entries:
        path.write_text(sitemap.replace(SITEMAP_END, "".join(entries) + SITEMAP_END), encoding="utf-8")
