"""A strict build succeeds, every figure a page asks for is in the site in both schemes, and a
rebuild with nothing changed imports neither torch nor matplotlib, renders no page again and writes
the same site."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from figures import edition, figure_uri, find_figure_refs
from plot_styles import SCHEMES
from tests import reproducible
from tests.shared import (
    DOCS,
    ROOT,
    english_notebooks,
    english_pages,
    is_translation,
    mkdocs_build,
    page_address,
    translation_of,
)


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html_file: Path) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser.tags


def built_page(site: Path, source: Path) -> Path:
    return site / page_address(source) / "index.html"


# Both editions: a Vietnamese page shows its own alt text, and its own drawing where the snippet is translated.
PAGES = [page for english in english_pages() for page in (english, translation_of(english))]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_page_figures_exist_in_both_schemes_with_alt_text(site, page):
    html = built_page(site, page)
    images = {urlparse(a["src"]).path: a for t, a in tags(html) if t == "img"}
    page_url = "/" + html.relative_to(site).as_posix()
    shown = {urljoin(page_url, src): attrs for src, attrs in images.items()}
    for ref in find_figure_refs(page.read_text(encoding="utf-8")):
        assert ref.alt, f"{page.relative_to(ROOT)}:{ref.line}: figure has no alt text"
        for scheme in SCHEMES:
            uri = figure_uri(ref.snippet, ref.index, scheme, edition(ref.snippet, page.relative_to(DOCS).as_posix()))
            svg = site / uri
            assert svg.is_file() and svg.read_bytes().lstrip().startswith(b"<?xml"), f"{uri} missing in site"
            assert "/" + uri in shown, f"{page.relative_to(ROOT)}: does not show {uri}"
            assert shown["/" + uri].get("alt") == ref.alt


NOTEBOOKS = [nb for english in english_notebooks() for nb in (english, translation_of(english))]
PLACEHOLDER_ALT = "No description has been provided for this image"  # nbconvert's, for an image without alt


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_page_shows_its_figures_in_both_schemes_with_real_alt_text(site, source):
    """Built by the tests (MPLBACKEND=Agg in their environment), the page still has every figure the
    notebook draws, a light and a dark one, each with the alt text the notebook gives it."""
    import jupytext

    alts = []
    for cell in jupytext.read(source).cells:
        alt = cell.metadata.get("alt", [])
        alts += [alt] if isinstance(alt, str) else alt
    assert alts, f"{source.name}: a notebook page with no figure"
    html = built_page(site, source)
    images = [a for t, a in tags(html) if t == "img"]
    assert not [a for a in images if a.get("alt") == PLACEHOLDER_ALT], f"{source.name}: a figure without alt text"
    up = "../../../" if is_translation(source) else "../../"  # the figures of both editions are at the site's root
    name = source.name.split(".")[0] + ("-vi" if is_translation(source) else "")  # each edition draws its own
    for number, alt in enumerate(alts, start=1):
        for scheme in SCHEMES:
            src = f"{up}figures/notebooks/{name}-{number}-{scheme}.svg#only-{scheme}"
            assert any(a["src"] == src and a["alt"] == alt.strip() for a in images), f"{html}: {src} with its alt text"


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_page_hides_test_only_cells_but_the_download_keeps_them(site, source):
    import nbformat

    page = built_page(site, source).read_text(encoding="utf-8")
    assert "RESULTS" not in page, f"{source.name}: the RESULTS cell is for the tests, not the readers"
    assert "Markdown(" not in page, f"{source.name}: a cell that renders prose shows its code"
    download = nbformat.read(built_page(site, source).parent / f"{source.stem}.ipynb", as_version=4)
    assert any("RESULTS = {" in cell.source for cell in download.cells), "the downloaded notebook lost RESULTS"
    assert any(o.get("output_type") == "display_data" for c in download.cells for o in c.get("outputs", [])), (
        "the downloaded notebook has no figure output"
    )


def test_every_image_on_every_page_exists(site):
    for html in site.rglob("*.html"):
        for tag, attrs in tags(html):
            if tag == "img":
                src = urlparse(attrs["src"])
                if src.scheme == "data":  # inline (notebook plots): nothing to fetch
                    continue
                assert not src.scheme, f"{html.relative_to(site)}: off-site image {attrs['src'][:80]}"
                assert (html.parent / src.path).resolve().is_file(), (
                    f"{html.relative_to(site)}: broken image {src.path}"
                )
                assert attrs.get("alt"), f"{html.relative_to(site)}: image {src.path} has no alt text"


def test_nothing_is_loaded_from_another_origin(site):
    for html in site.rglob("*.html"):
        for tag, attrs in tags(html):
            url = attrs.get("src") if tag in ("script", "img", "iframe") else None
            if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "preconnect", "icon"):
                url = attrs.get("href")
            assert not url or not urlparse(url).netloc, f"{html.relative_to(site)}: loads {url}"


def test_math_is_rendered_by_the_build(site):
    page = (site / "activations" / "relu" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]* src=\"[^\"]*mathjax", page, re.IGNORECASE), "a page loads MathJax"
    assert not (site / "assets/mathjax").exists(), "MathJax's runtime is published"
    assert re.search(r'class="arithmatex"><mjx-container class="[^"]*MathJax[^"]*" jax="SVG"[^>]*><svg', page)


def test_rebuild_with_nothing_changed_imports_no_torch(site, tmp_path):
    # The `site` fixture filled the figure cache; this build must take every figure from it.
    rebuild = mkdocs_build(tmp_path / "site", "-X", "importtime")
    assert rebuild.returncode == 0, rebuild.stderr
    imported = {
        line.split("|")[-1].strip().split(".")[0] for line in rebuild.stderr.splitlines() if "import time:" in line
    }
    assert "mkdocs" in imported  # the import log is really there
    assert not imported & {"torch", "matplotlib"}, "a rebuild with nothing changed imported torch or matplotlib"
    assert "Executing notebook" not in rebuild.stderr, "a rebuild with nothing changed executed a notebook"
    assert "Converting notebook" not in rebuild.stderr, "a rebuild with nothing changed rendered a notebook again"
    assert re.search(r"pages rendered: 0 of [1-9]", rebuild.stderr), "a rebuild with nothing changed rendered a page"
    assert "Node not started" in rebuild.stderr, "a rebuild with nothing changed ran MathJax (hooks/math_svg.py)"
    # Every page and search index taken from .cache/pages is what rendering it gave (in CI, where the
    # clone has no cache, the `site` fixture rendered every page).
    rebuilt = tmp_path / "site"
    different = [
        path.relative_to(site).as_posix()
        for path in site.rglob("*")
        if path.suffix in (".html", ".json", ".xml")
        and path.read_bytes() != (rebuilt / path.relative_to(site)).read_bytes()
    ]
    assert not different, f"a rebuild from the caches differs from the first build in {different[:5]}"


def test_figures_and_build_time_outputs_are_reproducible(site, tmp_path, result_cache):
    """Every figure snippet, build-output snippet and the explorer's generator, run again in a new process
    and in the reverse page order (other random seeds, other memory, other snippets run before it): the
    same bytes as the build's cache entries (tests/reproducible.py): each figure snippet in two schemes (and its
    Vietnamese drawing where its folder translates it), the build-output tables, the explorer's data. A pass is kept
    (tests/result_cache.py) while the snippets, hooks (the plot styles too) and libraries are the same; on a
    contributor's machine `make test` then runs again only the snippets edited since (every one after a hook
    or plot style edit), CI and `make test-all` every one."""
    result_cache.skip_if_passed_with(ROOT)
    todo = reproducible.jobs(ROOT)
    assert len(todo) > 50
    # The new process imports the hooks by a script (tests/reproducible.py), which the kept result's code
    # (what this file imports) does not see: every file under hooks/ is an input, the plot styles too.
    # The explorer's generator (site_tools/) and the registry every table reads count as hooks here.
    hooks = {
        path.relative_to(ROOT).as_posix()
        for folder in ("hooks", "site_tools")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    } | {"activations.toml"}
    # A job's own inputs: its snippet, and for a translated drawing or table the folder's translation table.
    snippet = {
        job: {job[1]} | ({f"{Path(job[1]).parent.as_posix()}/{job[3]}.toml"} if job[3] != "en" else set())
        for job in todo
    }
    unchanged = result_cache.unchanged_files(ROOT)
    if hooks <= unchanged:  # `make test` after a snippet edit: only the snippets edited since its kept pass
        todo = [job for job in todo if not snippet[job] <= unchanged]
    made = reproducible.remake(ROOT, tmp_path / "again", todo)
    assert len(made) == len(todo)
    different = reproducible.differences(ROOT / ".cache", tmp_path / "again", made)
    assert not different, "not reproducible (two runs of the same code gave other bytes):\n" + "\n".join(different)
    result_cache.keep_if_passed(ROOT, hooks | set().union(*snippet.values()))


def test_every_page_carries_one_content_security_policy_before_any_script(site):
    """hooks/content_security_policy.py: every page of both editions (404 too) has the same policy, in a
    <meta> before any script; it allows scripts from the site itself and, by hash, exactly the inline
    scripts the pages hold; nothing names another origin."""
    import content_security_policy as csp

    policies, hashes = set(), set()
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        metas = csp.OUR_META.findall(text)
        assert len(metas) == 1, f"{html.relative_to(site)}: {len(metas)} Content-Security-Policy <meta>"
        head = text[: text.index("</head>")]
        assert head.index(metas[0]) < head.find("<script") or "<script" not in head, f"{html}: a script before it"
        policies.add(metas[0])
        hashes |= {csp.script_hash(script) for script in csp.inline_scripts(text)}
    assert len(policies) == 1, "pages with different policies: instant navigation would combine them"
    policy = dict(d.split(" ", 1) for d in re.search(r'content="([^"]*)"', policies.pop())[1].split("; "))
    assert policy["default-src"] == "'none'"
    assert set(policy["script-src"].split()) == {"'self'"} | hashes
    for directive in ("font-src", "connect-src", "worker-src"):
        assert policy[directive] == "'self'", directive
    assert "unsafe-eval" not in str(policy) and "http" not in str(policy) and "*" not in str(policy)
