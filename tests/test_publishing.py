"""A published site (hooks/publishing.py, `make deploy`, the workflow): built with SITE_URL and REPO_URL set,
every address is under SITE_URL and none is localhost; each page names itself in both editions, has its
share card and its stamp in its language, and links out to PyTorch's documentation, arXiv and its source;
`make deploy` pushes the site to a git repository and refuses a build that fails; the workflow runs the
same commands."""

from __future__ import annotations

import operator
import os
import re
import struct
import subprocess
from datetime import UTC, datetime
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

import publishing
from figures import edition as figure_edition
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

SITE_URL = "https://example.org/activations/"
REPO_URL = "https://github.com/example/activations"
SOURCES = [s for english in english_pages() + english_notebooks() for s in (english, translation_of(english))]
ACTIVATIONS = [s for s in SOURCES if s.suffix == ".md" and s.parent.name == "activations"]


def source_id(source: Path) -> str:
    return source.relative_to(ROOT).as_posix()


@pytest.fixture(scope="module")
def published(tmp_path_factory, built_site) -> Path:
    """The site as the workflow builds it (after `built_site`, so every figure and page comes from .cache)."""
    site = tmp_path_factory.mktemp("published") / "site"
    build = mkdocs_build(site, SITE_URL=SITE_URL, REPO_URL=REPO_URL, REPO_BRANCH="main")
    assert build.returncode == 0, build.stderr
    return site


class Head(HTMLParser):
    """A page's <meta> and <link> tags, its links, and its footer stamp's text."""

    def __init__(self):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict] = []
        self.anchors: list[tuple[str, str]] = []  # (href, text)
        self.stamp = ""
        self._in_stamp = self._anchor = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content", "")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a" and attrs.get("href"):
            self._anchor = [attrs["href"], ""]
            self.anchors.append(self._anchor)
        elif tag == "div" and attrs.get("class") == "md-copyright__stamp":
            self._in_stamp = True

    def handle_endtag(self, tag):
        if tag == "a":
            self._anchor = None
        elif tag == "div":
            self._in_stamp = False

    def handle_data(self, data):
        if self._in_stamp:
            self.stamp += data
        if self._anchor is not None:
            self._anchor[1] += data


def page(site: Path, source: Path) -> Head:
    head = Head()
    head.feed((site / page_address(source) / "index.html").read_text(encoding="utf-8"))
    head.stamp = " ".join(head.stamp.split())
    return head


def other_edition(address: str) -> str:
    return address.removeprefix("vi/") if address.startswith("vi/") else f"vi/{address}"


# --- the address ---------------------------------------------------------------------------------------


def test_no_address_in_the_published_site_is_localhost(published):
    """Material's source maps (bundle.*.js.map) hold its TypeScript sources, whose comments say `127.0.0.1`:
    no address of the site."""
    found = [
        p.relative_to(published).as_posix()
        for p in published.rglob("*")
        if p.is_file()
        and p.suffix in (".html", ".xml", ".json", ".js", ".css", ".txt", ".ipynb")
        and b"127.0.0.1" in p.read_bytes()
    ]
    assert not found, f"localhost in {found[:5]}"
    assert b"https://example.org/activations/" in (published / "index.html").read_bytes()


@pytest.mark.parametrize("source", SOURCES, ids=source_id)
def test_canonical_and_hreflang_links_name_this_page_in_both_editions(published, source):
    head = page(published, source)
    address = page_address(source)
    canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
    assert canonical == [SITE_URL + address]
    english = address.removeprefix("vi/") if is_translation(source) else address
    alternates = {link["hreflang"]: link["href"] for link in head.links if link.get("hreflang")}
    assert alternates == {"en": SITE_URL + english, "vi": SITE_URL + "vi/" + english, "x-default": SITE_URL + english}
    assert other_edition(address) in {a.removeprefix(SITE_URL) for a in alternates.values()}


def test_the_language_selector_links_the_editions_under_the_sites_path(published):
    head = page(published, DOCS / "activations" / "relu.md")
    selector = {href for href, _ in head.anchors if href in ("/activations/", "/activations/vi/")}
    assert selector == {"/activations/", "/activations/vi/"}, "the selector would leave the site's path"


def sitemap_locations(path: Path) -> list[str]:
    return re.findall(r"<loc>([^<]*)</loc>", path.read_text(encoding="utf-8"))


def test_both_sitemaps_list_every_page_under_the_site_url_notebooks_included(published):
    every = sorted(SITE_URL + page_address(s) for s in SOURCES)
    assert sorted(sitemap_locations(published / "sitemap.xml")) == every
    vietnamese = sorted(SITE_URL + page_address(s) for s in SOURCES if is_translation(s))
    assert sorted(sitemap_locations(published / "vi" / "sitemap.xml")) == vietnamese


def test_each_sitemap_entry_names_the_page_in_both_editions(published):
    for sitemap in (published / "sitemap.xml", published / "vi" / "sitemap.xml"):
        for entry in re.findall(r"<url>.*?</url>", sitemap.read_text(encoding="utf-8"), re.DOTALL):
            address = re.search(r"<loc>([^<]*)</loc>", entry)[1].removeprefix(SITE_URL)
            english = address.removeprefix("vi/")
            links = dict(re.findall(r'<xhtml:link rel="alternate" hreflang="(\w+)" href="([^"]*)"/>', entry))
            assert links == {"en": SITE_URL + english, "vi": SITE_URL + "vi/" + english}, entry


def test_the_default_build_lists_notebooks_in_its_sitemaps_too(built_site):
    locations = sitemap_locations(built_site / "vi" / "sitemap.xml")
    assert any(loc.endswith("/vi/notebooks/dying_relu/") for loc in locations)


# --- share cards ---------------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def front_matter(source: Path) -> dict:
    text = source.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---")[1]) if text.startswith("---") else {}


@pytest.mark.parametrize("source", SOURCES, ids=source_id)
def test_every_page_has_a_share_card_in_its_language(published, source):
    head = page(published, source)
    for tag in ("og:title", "og:description", "og:image", "og:url", "twitter:card", "twitter:image"):
        assert head.meta.get(tag), f"no {tag}"
    assert head.meta["twitter:card"] == "summary_large_image"
    # The description is the page's own (front matter), in its language; a notebook's is its edition's.
    expected = front_matter(source).get("description") if source.suffix == ".md" else None
    assert head.meta["og:description"] == (expected or head.meta["description"])
    assert head.meta["og:locale"] == ("vi_VN" if is_translation(source) else "en_US")
    image = head.meta["og:image"]
    assert image.startswith(SITE_URL)
    card = published / image.removeprefix(SITE_URL)
    assert card.is_file() and png_size(card) == (1200, 630)
    figures = re.findall(r"\]\(figure:(snippets/[^)#\s]+)(?:#(\d+))?\)", source.read_text(encoding="utf-8"))
    if source.suffix == ".md" and figures:  # the page's own first figure, drawn by the build in its language
        snippet, index = figures[0]
        stem = snippet.removeprefix("snippets/").removesuffix(".py")
        drawn = figure_edition(snippet, source.relative_to(DOCS).as_posix())
        assert image == f"{SITE_URL}figures/{stem}{'' if drawn == 'en' else '-' + drawn}-{index or 1}-card.png"
    elif source.suffix == ".py":  # a notebook's first figure, saved by its edition's light run
        edition = "-vi" if is_translation(source) else ""
        assert image == f"{SITE_URL}figures/notebooks/{source.name.split('.')[0]}{edition}-card.png"
        first_alt = re.search(r'^# %%.*\balt=(?:\[\s*)?"([^"]+)"', source.read_text(encoding="utf-8"), re.MULTILINE)
        assert head.meta["og:image:alt"] == first_alt[1].strip()
    else:  # the edition's site card
        assert image == f"{SITE_URL}assets/cards/site-{'vi' if is_translation(source) else 'en'}.png"


# --- the stamp and the licence -------------------------------------------------------------------------


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


@pytest.mark.parametrize("source", SOURCES, ids=source_id)
def test_every_footer_says_what_computed_the_outputs_when_and_from_which_commit(published, source):
    import torch

    head = page(published, source)
    torch_version, cpu = torch.__version__, torch.backends.cpu.get_cpu_capability()
    assert torch_version == version("torch")
    today = datetime.now(UTC)
    commit = git("rev-parse", "--short=7", "HEAD")
    if is_translation(source):
        expected = (
            f"Kết quả được tính bằng torch {torch_version} (CPU: {cpu}), dựng ngày {today:%d/%m/%Y}, commit {commit}"
        )
    else:
        expected = (
            f"Outputs computed with torch {torch_version} (CPU: {cpu}), built on {today:%Y-%m-%d}, commit {commit}"
        )
    assert head.stamp.startswith(expected), head.stamp
    assert (f"{REPO_URL}/commit/{commit}", commit) in [tuple(a) for a in head.anchors]


def test_the_licences_are_in_licence_files_and_every_footer(published):
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY 4.0" in (ROOT / "LICENSE-CC-BY-4.0").read_text(encoding="utf-8")
    for source, words in ((DOCS / "index.md", "MIT licence"), (DOCS / "index.vi.md", "giấy phép MIT")):
        anchors = dict(page(published, source).anchors)
        assert anchors.get("https://opensource.org/license/mit") == words
        assert any(h.startswith("https://creativecommons.org/licenses/by/4.0/") for h in anchors)


def test_the_root_404_page_is_english_and_the_vietnamese_one_is_under_vi(published):
    english = (published / "404.html").read_text(encoding="utf-8")
    vietnamese = (published / "vi" / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and "Outputs computed with torch" in english
    assert '<html lang="vi"' in vietnamese and "Kết quả được tính bằng torch" in vietnamese


# --- links out -----------------------------------------------------------------------------------------

PYTORCH_DOCS = re.compile(r"https://docs\.pytorch\.org/docs/stable/generated/(?P<name>torch\.[\w.]+)\.html")


@pytest.mark.parametrize("source", ACTIVATIONS, ids=source_id)
def test_activation_pages_link_to_pytorchs_documentation_of_what_exists(published, source):
    import torch

    anchors = page(published, source).anchors
    names = [m["name"] for href, _ in anchors if (m := PYTORCH_DOCS.fullmatch(href))]
    api_row = publishing.API_ROW.search(source.read_text(encoding="utf-8"))["row"]
    beyond = publishing.TRANSFORMERS_CLASS.search(api_row) if publishing.beyond_torch_nn(api_row) else None
    if beyond:  # an activation torch does not have: a link to the source of the transformers class instead
        import transformers.activations

        assert not names, "an activation beyond torch.nn links to PyTorch's documentation"
        source_address = publishing.TRANSFORMERS_SOURCE.format(version=transformers.__version__)
        name = f"transformers.activations.{beyond[1]}"
        assert any(href == source_address and text.strip() == name for href, text in anchors), name
        assert issubclass(getattr(transformers.activations, beyond[1]), torch.nn.Module)
        return
    assert names, "no link to PyTorch's documentation"
    for name in names:
        found = operator.attrgetter(name.removeprefix("torch."))(torch)  # AttributeError: no such API
        assert callable(found)
    classes = [n for n in names if re.fullmatch(r"torch\.nn\.[A-Z]\w*", n)]
    if source.name.startswith("binary-step"):  # no nn module, no functional form
        assert names == ["torch.heaviside"]
    else:
        assert len(classes) == 1 and issubclass(operator.attrgetter(classes[0][6:])(torch), torch.nn.Module)
        assert any(n.startswith("torch.nn.functional.") for n in names)


def test_arxiv_and_doi_references_are_links(published):
    for source in SOURCES:
        html = (published / page_address(source) / "index.html").read_text(encoding="utf-8")
        text_only = re.sub(r"<a [^>]*>.*?</a>|<code.*?</code>|<pre.*?</pre>", "", html, flags=re.DOTALL)
        assert not re.search(r"arXiv:\d{4}\.\d{4,5}|\bdoi:\s?10\.", text_only, re.IGNORECASE), (
            f"{source_id(source)}: a reference that is not a link"
        )
    links = dict(page(published, DOCS / "activations" / "relu.md").anchors)
    assert links.get("https://arxiv.org/abs/1502.01852") == "arXiv:1502.01852"


@pytest.mark.parametrize("source", [DOCS / "activations" / "relu.vi.md", *english_notebooks()[:1]], ids=source_id)
def test_with_repo_url_pages_link_their_source_and_notebooks_open_in_colab(published, source):
    anchors = page(published, source).anchors
    path = f"docs/{source.relative_to(DOCS).as_posix()}" if source.suffix == ".md" else source_id(source)
    assert [f"{REPO_URL}/edit/main/{path}", f"{REPO_URL}/blob/main/{path}"] == [
        h for h, _ in anchors if h.startswith(f"{REPO_URL}/edit/") or h.startswith(f"{REPO_URL}/blob/")
    ]
    assert (ROOT / path).is_file()
    colab = [h for h, _ in anchors if h.startswith("https://colab.research.google.com/")]
    if source.suffix == ".md":
        assert not colab
    else:  # the .ipynb the site publishes, on the branch make deploy pushes
        prefix = "https://colab.research.google.com/github/example/activations/blob/gh-pages/"
        assert len(colab) == 1 and colab[0].startswith(prefix)
        assert (published / colab[0].removeprefix(prefix)).is_file()


def test_without_repo_url_no_page_links_a_source_or_colab(built_site):
    for source in (DOCS / "activations" / "relu.md", english_notebooks()[0]):
        html = (built_site / page_address(source) / "index.html").read_text(encoding="utf-8")
        assert "colab.research.google.com" not in html and "Edit this page" not in html and "View source" not in html


# --- deploying -----------------------------------------------------------------------------------------


def make_deploy(remote: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "REPO_URL", "FIGURE_RENDERING")}
    return subprocess.run(
        ["make", "deploy", f"REMOTE={remote}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**environment, "NO_MKDOCS_2_WARNING": "1", **env},
        timeout=600,
    )


def bare_repository(path: Path) -> Path:
    subprocess.run(["git", "init", "-q", "--bare", str(path)], check=True)
    return path


def branches(repository: Path) -> str:
    return subprocess.run(["git", "--git-dir", str(repository), "branch"], capture_output=True, text=True).stdout


def deploy_inputs() -> list[Path]:
    """What `make deploy` is made of: the Makefile, .ci/deploy, the build's configuration and hooks. The
    pages' content is the build tests' to check, so a prose edit keeps these two slow tests' passes."""
    files = [p for folder in ("hooks", "overrides") for p in (ROOT / folder).rglob("*") if p.is_file()]
    files += [ROOT / name for name in ("Makefile", ".ci/deploy", "mkdocs.yml")]
    return [p.relative_to(ROOT) for p in files if "__pycache__" not in p.parts]


def test_make_deploy_pushes_the_site_to_gh_pages(tmp_path, built_site, result_cache):
    result_cache.skip_if_passed_with(ROOT)
    result_cache.keep_if_passed(ROOT, deploy_inputs())
    remote = bare_repository(tmp_path / "remote.git")
    deploy = make_deploy(remote, SITE_URL=SITE_URL)
    assert deploy.returncode == 0, deploy.stderr[-3000:]
    tree = subprocess.run(
        ["git", "--git-dir", str(remote), "ls-tree", "-r", "--name-only", "gh-pages"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for path in (
        ".nojekyll",
        "index.html",
        "404.html",
        "sitemap.xml",
        "vi/index.html",
        "vi/404.html",
        "vi/sitemap.xml",
    ):
        assert path in tree, f"{path} not pushed"
    for source in SOURCES:
        assert f"{page_address(source)}index.html" in tree
    pushed = subprocess.run(
        ["git", "--git-dir", str(remote), "show", "gh-pages:sitemap.xml"], capture_output=True, text=True, check=True
    ).stdout
    assert f"<loc>{SITE_URL}vi/notebooks/dying_relu/</loc>" in pushed
    assert "gh-pages" not in git("branch", "--list", "gh-pages"), "make deploy wrote the project's own branches"


def test_make_deploy_refuses_a_failing_strict_build_and_a_missing_site_url(tmp_path, built_site, result_cache):
    result_cache.skip_if_passed_with(ROOT)
    result_cache.keep_if_passed(ROOT, deploy_inputs())
    remote = bare_repository(tmp_path / "remote.git")
    # Figure rendering off warns on every page with a figure: the strict build fails, nothing is pushed.
    failed = make_deploy(remote, SITE_URL=SITE_URL, FIGURE_RENDERING="off")
    assert failed.returncode != 0 and "Aborted with" in failed.stdout + failed.stderr
    no_url = make_deploy(remote)
    assert no_url.returncode != 0 and "set SITE_URL" in no_url.stderr
    assert not branches(remote).strip(), "a refused deploy pushed something"


# --- the workflow --------------------------------------------------------------------------------------


def test_the_workflow_tests_then_deploys_with_the_projects_commands():
    workflow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert workflow["permissions"]["contents"] == "write"
    (job,) = workflow["jobs"].values()
    assert job["env"]["SITE_URL"].startswith("https://") and job["env"]["SITE_URL"].endswith("/")
    assert "REPO_URL" in job["env"]
    runs = [step.get("run", "") for step in job["steps"]]
    test = next(n for n, run in enumerate(runs) if run.strip() == "bash .ci/run")
    deploy = next(n for n, run in enumerate(runs) if run.strip().startswith("make deploy REMOTE="))
    assert test < deploy, "the workflow deploys before it tests"
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "export CI=true" in ci and re.search(r"^make test$", ci, re.MULTILINE)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^deploy:.*\n(\t.*\n)*\t\$\(BIN\)/mkdocs build --strict", makefile, re.MULTILINE)
