"""The built site as a reader sees it, in Debian's Chromium driven by Playwright.

Every page, one test each: all responses < 400 and no request leaves 127.0.0.1, no console errors, no
Content-Security-Policy violation (every test: the securitypolicyviolation event and the console's report),
every image loaded with alt text, math drawn (SVG rendered by the build), no serious or critical axe-core violation;
then in the dark scheme, the dark figure variants shown and no colour contrast violation; last, no
horizontal overflow at 375 px. Plus the interactions: palette toggle, copy button, search, instant navigation.

Without Chromium these tests skip with a reason, except under CI (CI=true), where they must run.
On failure a screenshot of the page is saved and its path printed.
"""

from __future__ import annotations

import functools
import http.server
import os
import posixpath
import re
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests.shared import english_notebooks, english_pages, page_address, translation_of

CHROMIUM = Path("/usr/bin/chromium")

if not CHROMIUM.exists():
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"{CHROMIUM} is missing under CI: .ci/run must install Debian's chromium")
    pytest.skip(
        f"browser tests need Debian's Chromium at {CHROMIUM}: apt-get install chromium", allow_module_level=True
    )

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",  # no calls home: the machine has no network for them
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # No request leaves the machine: every host but the test server's fails to resolve in the browser itself.
    # (Playwright's request interception would block them too, but it turns the HTTP cache off, and each page
    # would then fetch and compile Material's scripts again: 0.3 s a page.)
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


# Addresses on the test server the browser requested during the current test (a worker runs one test at a
# time), whether the server sent them or the browser's cache did: with the site's shared assets, they are what
# a browser test read, the inputs of its kept result (tests/result_cache.py).
REQUESTED: set[str] = set()


def site_file(site: Path, address: str) -> str:
    """The site file a request for an address on the test server reads: a folder's is its index.html."""
    local = site / unquote(address).lstrip("/")
    return (local / "index.html" if local.is_dir() else local).relative_to(site).as_posix()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    timeout = 30  # seconds: a connection the browser left open but stopped using does not hold a thread forever

    def log_message(self, *args):
        pass

    def end_headers(self):
        # The site does not change during a test run: a browser keeps each file it was sent (otherwise how
        # long it may keep one depends on the file's age, which differs from one run to the next).
        self.send_header("Cache-Control", "max-age=3600")
        super().end_headers()


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A page test navigates the worker's page on while the last page's late requests (a font, a
        # speech map) are still being sent: the browser drops them. Anything else is still printed.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def page_pairs() -> list[tuple[str, str]]:
    """Site-relative addresses of every English page and its Vietnamese translation (under vi/), from the
    sources: docs/**/*.md and notebooks/*.py."""
    return [
        (page_address(english), page_address(translation_of(english)))
        for english in english_pages() + english_notebooks()
    ]


# Known at collection, so each pair of pages is its own test and the workers share them.
PAGE_PAIRS = page_pairs()
PAGES = [path for pair in PAGE_PAIRS for path in pair]
AXE = Axe()


def inject_axe(page) -> None:
    """axe-playwright-python injects axe-core (about 0.7 s here) on every run; it is injected once per page
    load instead."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.axe_script)


def axe_run(page, context, options) -> dict:
    """axe-core's results (violations, passes, incomplete) on the page."""
    inject_axe(page)
    return settled(page, f"axe.run({AXE._format_script_args(context=context, options=options)})", "axe.run")


def axe_violations(page, context=None, options=None) -> list[dict]:
    """axe-core's serious and critical violations on the page. Unless told which rules to run, axe runs only
    those that can report a serious or critical violation: the others' findings would be dropped anyway,
    and they cost a third of axe's time on a page."""
    if options is None:
        inject_axe(page)
        options = {"runOnly": {"type": "rule", "values": serious_rules(page)}, **VIOLATIONS}
    return serious(axe_run(page, context, options)["violations"])


def serious_rules(page) -> list[str]:
    """The rules axe runs by default that can report a serious or critical violation. A rule that states
    its impact always reports that one; the others report the highest impact among their failing checks,
    and each check states its impact (axe-core's own metadata)."""
    rules = page.evaluate(
        """() => {
            const serious = impact => ['serious', 'critical'].includes(impact);
            const checkImpact = check => (axe._audit.data.checks[check.id || check] || {}).impact;
            return axe._audit.rules
                .filter(rule => rule.enabled !== false && !rule.tags.includes('experimental'))
                .filter(rule => rule.impact ? serious(rule.impact)
                    : [...rule.any, ...rule.all, ...rule.none].some(check => serious(checkImpact(check))))
                .map(rule => rule.id);
        }"""
    )
    assert {"color-contrast", "image-alt", "aria-allowed-attr"} <= set(rules), f"axe's metadata changed: {rules}"
    return rules


# Only colour differs between the schemes: in the dark one, axe runs its colour rules.
VIOLATIONS = {"resultTypes": ["violations"]}  # axe reports the passes too unless told not to
AXE_COLOUR_RULES = {
    "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def base_url(built_site):
    handler = functools.partial(QuietHandler, directory=str(built_site))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


# Every page may load any of these, some late: all are inputs of every test.
SHARED_ASSETS = ("assets", "javascripts", "stylesheets")
# Every page fetches its edition's search index and sitemap (for search, instant navigation and the language
# selector); their bytes change with any page's text and each day (lastmod). A test marked no_site_index
# neither searches nor navigates: its kept result leaves them out, so editing one page reruns only the tests
# that read that page. The search, navigation and language tests keep them.
SITE_INDEXES = re.compile(r"(^|/)(search/search_index\.json|sitemap\.xml(\.gz)?)$")


# The figures the build draws (hooks/figures.py, hooks/notebooks.py), at addresses that do not change with their
# bytes. A page test reads them only to see that they load; a test marked no_figure_bytes leaves their bytes
# out of its kept result, so a plot-style edit, which redraws every figure and changes no page, does not run
# every page test again: test_every_figure_on_a_page_loads loads every figure any page shows.
FIGURE_IMAGES = re.compile(r"^figures/.*\.(svg|png)$")


@functools.cache
def chromium_version() -> str:
    return subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=True).stdout.strip()


@functools.cache
def shared_assets(site: Path) -> tuple[str, ...]:
    return tuple(
        path.relative_to(site).as_posix()
        for folder in SHARED_ASSETS
        for path in (site / folder).rglob("*")
        if path.is_file()
    )


@pytest.fixture(autouse=True)
def rerun_only_if_a_file_it_read_changed(request, result_cache, built_site):
    """On a contributor's machine a browser test that passed is skipped while the same browser would be
    sent the same bytes (tests/result_cache.py): its inputs are the files the browser requested during the
    test and the site's shared assets. A test that fetched nothing keeps no result."""
    result_cache.skip_if_passed_with(built_site, browser=chromium_version())
    REQUESTED.clear()
    yield
    fetched = {site_file(built_site, address) for address in REQUESTED}
    if request.node.get_closest_marker("no_site_index"):
        fetched = {name for name in fetched if not SITE_INDEXES.search(name)}
    if request.node.get_closest_marker("no_figure_bytes"):
        fetched = {name for name in fetched if not FIGURE_IMAGES.search(name)}
    if fetched:
        result_cache.keep_if_passed(built_site, fetched | set(shared_assets(built_site)), browser=chromium_version())


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Reports every Content-Security-Policy violation of the document to the test (hooks/content_security_policy.py).
REPORT_CSP_VIOLATIONS = """document.addEventListener("securitypolicyviolation", event => window.__cspViolation(
    `${event.effectiveDirective} blocked ${event.blockedURI || "?"} (${event.sourceFile}:${event.lineNumber}) ` +
    (event.sample || "")));"""


class Watched:
    """A page whose off-site requests, failed responses, console errors and Content-Security-Policy violations
    are recorded. It opens in a new browser context, or in a given one (whose HTTP cache it then shares)."""

    def __init__(self, browser, context=None, **context_options):
        self.own_context = context is None
        self.context = browser.new_context(**context_options) if context is None else context
        self.page = self.context.new_page()
        self.offsite: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.csp: list[str] = []  # violations: the event's and the console's report of each
        self.page.expose_function("__cspViolation", lambda text: self.csp.append(f"event: {text}"))
        self.page.add_init_script(REPORT_CSP_VIOLATIONS)
        self.page.on("console", self._console)
        self.page.on("request", self._record)
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.csp.append(f"console: {message.text}")
        elif message.type == "error":
            self.errors.append(message.text)

    def _record(self, request):
        # Fired before the request is sent, and for one the cache answers. An off-site one then fails to
        # resolve (CHROMIUM_ARGS); it is recorded here.
        url = urlparse(request.url)
        if url.scheme in ("data", "blob"):
            return
        if url.hostname == "127.0.0.1":
            REQUESTED.add(url.path)
        else:
            self.offsite.append(request.url)

    def close(self):
        self.page.close()
        if self.own_context:
            self.context.close()


@pytest.fixture
def open_page(browser):
    """open_page(**context_options) opens a Watched page in a new browser context; every page a test
    opens is closed in teardown, whether the test passed or failed."""
    opened: list[Watched] = []

    def open_(**context_options) -> Watched:
        watched = Watched(browser, **context_options)
        opened.append(watched)
        return watched

    yield open_
    for watched in opened:
        watched.close()
    violations = [v for watched in opened for v in watched.csp]
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)


@contextmanager
def screenshot_on_failure(page, name: str):
    try:
        yield
    except BaseException:
        path = Path(tempfile.mkdtemp(prefix="browser-failure-")) / f"{name.strip('/').replace('/', '_') or 'home'}.png"
        page.screenshot(path=str(path), full_page=True)
        print(f"screenshot of the failing page: {path}")
        raise


def page_paths(site: Path) -> list[str]:
    """Site-relative addresses of every built page: "" for the home page, "activations/relu/", ..."""
    paths = []
    for html in site.rglob("*.html"):
        rel = html.relative_to(site)
        paths.append(rel.as_posix() if html.name != "index.html" else (rel.parent.as_posix() + "/").lstrip("./"))
    return sorted(paths)


PROMISE_TIMEOUT = 60  # seconds; Playwright's evaluate waits for a promise without a time limit


def settled(page, promise: str, what: str):
    """The value of a JavaScript promise, or a failure naming the page if it does not settle in time: a
    promise left pending (axe's) would otherwise hold the whole test run without a word."""
    return page.evaluate(
        f"""() => Promise.race([{promise}, new Promise((_, reject) => setTimeout(
            () => reject(new Error("{what} did not finish in {PROMISE_TIMEOUT} s on " + location.href)),
            {PROMISE_TIMEOUT * 1000}))])"""
    )


def math_problems(page) -> list[str]:
    """Every formula is the SVG hooks/math_svg.py put there, with assistive MathML, and every glyph it draws
    is drawn where it is shown (a <use> whose glyph is missing from the page has an empty box). No MathJax."""
    return page.evaluate(
        """() => {
        const problems = [];
        for (const el of document.querySelectorAll('.arithmatex, .jp-RenderedMarkdown mjx-container')) {
            const svg = el.querySelector('mjx-container > svg');
            if (!svg) { problems.push('not rendered: ' + el.textContent.slice(0, 60)); continue; }
            if (!el.querySelector('mjx-assistive-mml math')) problems.push('no assistive MathML: ' + el.outerHTML.slice(0, 80));
            const drawn = svg.checkVisibility() ? [...svg.querySelectorAll('use')] : [];  // not in a closed block
            const glyph = use => document.getElementById(use.getAttribute('xlink:href').slice(1));
            const blank = drawn.filter(u => !glyph(u) || (glyph(u).getAttribute('d') && u.getBBox().width === 0)).length;
            if (blank) problems.push(blank + ' glyphs drawn blank in ' + svg.parentElement.outerHTML.slice(0, 80));
        }
        const text = document.querySelector('.md-content').innerText;
        for (const raw of ['\\\\(', '\\\\[', '$$']) if (text.includes(raw)) problems.push('raw math left: ' + raw);
        for (const cell of document.querySelectorAll('.jp-RenderedMarkdown'))  // notebooks write $...$
            if (/\\$[^$\\s][^$]*\\$/.test(cell.innerText)) problems.push('raw math left in a notebook cell');
        if ('MathJax' in window || document.querySelector('script[src*="mathjax" i]')) problems.push('MathJax loaded');
        return problems;
    }"""
    )


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def describe(violations: list[dict]) -> str:
    return "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in violations
    )


def test_every_built_page_is_tested(built_site):
    built = {p for p in page_paths(built_site) if p not in ("404.html", "vi/404.html")}  # each edition's 404
    assert built == set(PAGES), (
        f"built but not tested: {built - set(PAGES)}; tested but not built: {set(PAGES) - built}"
    )


# What every page of an edition shares is checked once, not on each page (axe spends most of its time
# there): the navigation sidebar (test_shared_chrome_is_accessible) and the colours of highlighted
# code, whose token classes are the same on every page (test_code_colours_are_readable).
PAGE_OWN = {"exclude": [[".highlight"], [".md-sidebar--primary"]]}


@pytest.fixture(scope="module")
def worker_page(browser):
    """One browser page for the page, shared chrome and code colour tests of a worker, each test navigating
    it to its page: a new tab per test cost a new renderer process and about 0.7 s. Its HTTP cache keeps
    Material's scripts and fonts between pages."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    watched = Watched(browser, context=context)
    yield watched
    watched.close()
    context.close()


@pytest.fixture
def page_in_shared_context(worker_page):
    """The worker's page, in the light scheme at 1280 px, with nothing recorded yet."""
    worker_page.page.emulate_media(color_scheme="light")
    worker_page.page.set_viewport_size({"width": 1280, "height": 900})
    worker_page.offsite.clear()
    worker_page.failed.clear()
    worker_page.errors.clear()
    worker_page.csp.clear()
    yield worker_page
    assert not worker_page.csp, "Content-Security-Policy violations:\n" + "\n".join(worker_page.csp)


# The rendered structure of a page: every element of the document as it is after its scripts ran, with its
# depth, tag and classes, without text or other attributes, and without what the page tests leave to other tests
# (PAGE_OWN) or what is not rendered. The two editions share their stylesheets, which style nothing by language
# (test_the_stylesheets_style_nothing_by_language): where a translation's structure is its English page's, every
# element has the same colours, background and font in both, so axe's colour rules, run on the English page in
# both schemes, have checked them (the layout may differ: the other rules and the overflow check run on every page).
RENDERED_STRUCTURE = """() => {
    const left = 'script, style, template, link, meta, noscript, .highlight, .md-sidebar--primary';
    const lines = [];
    const walk = (element, depth) => {
        if (element.matches(left)) return;
        lines.push(depth + ' ' + element.localName + [...element.classList].sort().map(c => '.' + c).join(''));
        for (const child of element.children) walk(child, depth + 1);
    };
    walk(document.documentElement, 0);
    return lines;
}"""


def rendered_structure(page) -> list[str]:
    return page.evaluate(RENDERED_STRUCTURE)


def check_page(
    watched, base_url: str, path: str, colour_rules_unless: list[str] | None = None, seed: str | None = None
) -> tuple[list[str], bool]:
    """The page checks on one page (light scheme, then dark, then 375 px wide); its rendered structure and
    whether axe's colour rules ran. With colour_rules_unless, they are left out if the page's rendered
    structure is that one. seed: JavaScript run once the page has loaded (a test seeding a difference)."""
    page = watched.page
    for recorded in (watched.offsite, watched.failed, watched.errors, watched.csp):
        recorded.clear()
    page.emulate_media(color_scheme="light")
    page.set_viewport_size({"width": 1280, "height": 900})
    with screenshot_on_failure(page, path):
        page.goto(base_url + path, wait_until="load")
        if seed:
            page.evaluate(seed)
        structure = rendered_structure(page)
        colour = structure != colour_rules_unless
        images = page.evaluate(
            "() => [...document.images].map(i => ({src: i.src, ok: i.complete && i.naturalWidth > 0, alt: i.alt}))"
        )
        broken = [i["src"] for i in images if not i["ok"]]
        no_alt = [i["src"] for i in images if not i["alt"].strip()]
        problems = math_problems(page)
        if colour:
            violations = axe_violations(page, PAGE_OWN)
        else:
            inject_axe(page)
            rules = [rule for rule in serious_rules(page) if rule not in AXE_COLOUR_RULES["runOnly"]["values"]]
            violations = axe_violations(page, PAGE_OWN, {"runOnly": {"type": "rule", "values": rules}, **VIOLATIONS})
        assert not watched.offsite, f"{path}: requests leaving the site: {watched.offsite}"
        assert not [a for a in REQUESTED if "mathjax" in a.lower()], f"{path}: requests MathJax: {sorted(REQUESTED)}"
        assert not watched.failed, f"{path}: failed responses: {watched.failed}"
        assert not watched.errors, f"{path}: console errors: {watched.errors}"
        assert not watched.csp, f"{path}: Content-Security-Policy violations: {watched.csp}"
        assert not broken, f"{path}: images that did not load: {broken}"
        assert not no_alt, f"{path}: images without alt text: {no_alt}"
        assert not problems, f"{path}: {problems}"
        assert not violations, f"{path}: axe (light scheme): " + describe(violations)

        page.emulate_media(color_scheme="dark")
        page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
        shown = page.evaluate(
            """() => [...document.querySelectorAll('.md-content img[src*="#only-"]')]
                .filter(i => i.checkVisibility()).map(i => i.getAttribute('src'))"""
        )
        assert not [s for s in shown if s.endswith("#only-light")], f"{path}: light figures shown in the dark scheme"
        if colour:
            violations = axe_violations(page, PAGE_OWN, AXE_COLOUR_RULES)
            assert not violations, f"{path}: axe (dark scheme): " + describe(violations)

        # Last, so the page is laid out at 375 px once and not again at 1280 px (the next check sets 1280
        # before it navigates).
        page.set_viewport_size({"width": 375, "height": 800})
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path}: {overflow}px of horizontal overflow at a 375px wide viewport"
        assert not watched.errors, f"{path}: console errors: {watched.errors}"
    return structure, colour


@pytest.mark.no_figure_bytes
@pytest.mark.no_site_index
@pytest.mark.parametrize(("english", "vietnamese"), PAGE_PAIRS, ids=[english or "home" for english, _ in PAGE_PAIRS])
def test_page_and_its_translation_load_clean_offline_and_accessible(
    english, vietnamese, base_url, page_in_shared_context
):
    """Each page in the light scheme (the system preference), then switched to dark, then at 375 px: the English
    page with all of axe's serious rules in both schemes, then its translation, whose colours axe checks again
    only where its rendered structure differs from the English page's."""
    structure, _ = check_page(page_in_shared_context, base_url, english)
    check_page(page_in_shared_context, base_url, vietnamese, colour_rules_unless=structure)


def figure_addresses(site: Path) -> dict[str, str]:
    """Every figure image any built page shows, as an address on the test server: the page that shows it."""
    shown: dict[str, str] = {}
    for path in PAGES:
        html = (site / path / "index.html").read_text(encoding="utf-8")
        for src in re.findall(r'<img[^>]* src="([^"#]+)', html):
            address = posixpath.normpath(posixpath.join("/" + path, src))
            if FIGURE_IMAGES.search(address.lstrip("/")):
                shown.setdefault(address, path or "home")
    return shown


def images_that_do_not_load(page, addresses: list[str]) -> list[str]:
    """The addresses among these that the browser cannot show as an image (missing, or not an image)."""
    return page.evaluate(
        """addresses => Promise.all(addresses.map(address => new Promise(done => {
            const image = new Image();
            image.onload = () => done(image.naturalWidth > 0 ? null : address);
            image.onerror = () => done(address);
            image.src = address;
        }))).then(results => results.filter(Boolean))""",
        addresses,
    )


@pytest.mark.no_site_index
def test_every_figure_on_a_page_loads(built_site, base_url, page_in_shared_context):
    """Every figure image of every page of both editions loads and is an image: the page tests leave the
    figures' bytes out of their kept results (no_figure_bytes), this test keeps them, and every page's HTML."""
    page = page_in_shared_context.page
    page.goto(base_url + "404.html", wait_until="load")
    shown = figure_addresses(built_site)
    assert len(shown) > 100, f"only {len(shown)} figures found on the pages"
    broken = images_that_do_not_load(page, sorted(shown))
    assert not broken, "figures that do not load: " + ", ".join(f"{a} (on {shown[a]})" for a in broken)
    REQUESTED.update("/" + path for path in PAGES)  # read here: a page that shows a new figure runs it again


@pytest.mark.no_site_index
def test_a_figure_that_does_not_load_is_caught(built_site, base_url, page_in_shared_context):
    """The check above, seeded: a missing figure and one that is not an image are named, a real one is not."""
    page = page_in_shared_context.page
    page.goto(base_url + "404.html", wait_until="load")
    real = min(figure_addresses(built_site))
    seeded = built_site / "figures" / "seeded-broken.svg"
    seeded.write_text("<svg this is not an image")
    try:
        broken = images_that_do_not_load(page, [real, "/figures/seeded-missing.svg", "/figures/seeded-broken.svg"])
    finally:
        seeded.unlink()
    assert broken == ["/figures/seeded-missing.svg", "/figures/seeded-broken.svg"]
    page_in_shared_context.failed.clear()  # the 404 was asked for


def test_the_stylesheets_style_nothing_by_language(built_site):
    """What lets a translation with its English page's structure skip the colour rules: no stylesheet of the
    site selects by language (the pages' <html lang> differs), and every page links the same stylesheets."""
    by_language = re.compile(r":lang\(|\[lang[\]=~|^$*]|\[xml:lang")
    seeded = (":lang(vi) p { color: #ddd }", '[lang="vi"] p { color: #ddd }', "html[lang|=vi] p { color: #ddd }")
    assert all(by_language.search(rule) for rule in seeded), "the search misses a rule that styles by language"
    sheets = list(built_site.rglob("*.css"))
    assert sheets, "no stylesheet found"
    found = [path.relative_to(built_site).as_posix() for path in sheets if by_language.search(path.read_text("utf-8"))]
    assert not found, f"stylesheets that style by language: {found}"
    links = re.compile(r'<link rel="stylesheet" href="(?:\.\./)*([^"]+)"')
    for english, vietnamese in PAGE_PAIRS:
        own = [links.findall((built_site / path / "index.html").read_text("utf-8")) for path in (english, vietnamese)]
        assert own[0] == own[1], f"{english or 'home'} and its translation link other stylesheets: {own}"


# A paragraph of text too pale to read (#ddd on white: contrast 1.4) that axe's colour rules report.
PALE_PARAGRAPH = """() => { const p = document.createElement('p'); p.textContent = 'pale words to read';
    p.style.color = '#ddd'; document.querySelector('.md-content article').append(p); }"""


@pytest.mark.no_site_index
def test_the_structures_are_compared_and_a_seeded_difference_runs_the_colour_rules(base_url, page_in_shared_context):
    """A translation skips axe's colour rules only when its rendered structure is its English page's: the text
    does not count, an element or a class more does, and then the colour rules run and catch a seeded pale
    paragraph. (The ReLU page is compared with itself here: the structures are equal but for the seed.)"""
    watched, path = page_in_shared_context, "activations/relu/"

    def structure_with(seed: str) -> list[str]:
        watched.page.goto(base_url + path, wait_until="load")
        watched.page.evaluate(seed)
        return rendered_structure(watched.page)

    structure = structure_with("() => {}")
    assert len(structure) > 100, structure
    other_text = """() => { const texts = document.createTreeWalker(document.querySelector('.md-content'), NodeFilter.SHOW_TEXT);
        while (texts.nextNode()) if (texts.currentNode.data.trim()) texts.currentNode.data = 'Văn bản khác'; }"""
    assert structure_with(other_text) == structure, "the text counted"
    assert structure_with("() => document.querySelector('.md-content p').classList.add('seeded')") != structure
    assert structure_with("() => document.querySelector('.md-content p').append(document.createElement('em'))") != (
        structure
    )
    assert check_page(watched, base_url, path, colour_rules_unless=structure) == (structure, False)
    with pytest.raises(AssertionError, match=r"axe \(light scheme\): color-contrast"):
        check_page(watched, base_url, path, colour_rules_unless=structure, seed=PALE_PARAGRAPH)


@pytest.mark.no_figure_bytes
@pytest.mark.no_site_index
@pytest.mark.parametrize("path", ["", "vi/", "notebooks/dying_relu/", "vi/notebooks/dying_relu/"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_shared_chrome_is_accessible(path, scheme, base_url, page_in_shared_context):
    """The navigation sidebar, left out of the page tests, in each edition and scheme, on a page with few
    sections open (the home page) and one with the notebook section open."""
    watched = page_in_shared_context
    page = watched.page
    page.emulate_media(color_scheme=scheme)
    with screenshot_on_failure(page, f"chrome-{scheme}-{path}"):
        page.goto(base_url + path, wait_until="load")
        violations = axe_violations(page, {"include": [[".md-sidebar--primary"]]})
        assert not violations, f"{path or 'home'} ({scheme}): " + describe(violations)
    assert not watched.errors and not watched.failed


def code_token_classes(html: Path) -> set[str]:
    text = html.read_text(encoding="utf-8")
    blocks = re.findall(r'<div class="highlight">.*?</pre>', text, re.DOTALL)
    return {c for block in blocks for c in re.findall(r'<span class="(\w+)"', block)}


def pages_covering_every_code_token(site: Path) -> list[str]:
    """A few pages that together show every Pygments token class any page shows (greedy cover)."""
    classes = {path: code_token_classes(site / path / "index.html") for path in PAGES if not path.startswith("vi/")}
    left, chosen = set().union(*classes.values()), []
    while left:
        best = max(classes, key=lambda path: len(classes[path] & left))
        chosen.append(best)
        left -= classes[best]
    return chosen


# A token's look decides whether it is readable: its colour, background and font. On each page, one element
# of each look not seen on an earlier page is marked for axe (elements of one look pass or fail alike). axe
# decides only on text with two letters or digits or more: it skips punctuation ("(", "=") and leaves a single
# character ("0", "\n") undecided. A look seen only on such text is marked on a copy of its first element
# placed beside it, with a longer text: same parent, same classes, so the same look (checked here).
MARK_CODE_SAMPLES = """seen => {
    const looked = new Set(seen), firstShort = new Map(), marked = [];
    const background = element => {
        while (element && getComputedStyle(element).backgroundColor === 'rgba(0, 0, 0, 0)') element = element.parentElement;
        return element ? getComputedStyle(element).backgroundColor : 'none';
    };
    const lookOf = element => {
        const style = getComputedStyle(element);
        return [style.color, background(element), style.fontSize, style.fontWeight, style.opacity].join(' ');
    };
    const mark = (element, look) => { looked.add(look); element.dataset.codeSample = ''; marked.push(look); };
    for (const element of document.querySelectorAll('.highlight code, .highlight code span')) {
        const text = [...element.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('');
        if (!text.trim()) continue;
        const look = lookOf(element);
        if (looked.has(look)) continue;
        if ((text.match(/[\\p{L}\\p{N}]/gu) || []).length >= 2) mark(element, look);
        else if (!firstShort.has(look)) firstShort.set(look, element);
    }
    for (const [look, element] of firstShort) {
        if (looked.has(look)) continue;
        const copy = element.cloneNode(false);
        copy.textContent = 'sample';
        element.after(copy);
        if (lookOf(copy) !== look) throw new Error('a copy of ' + element.outerHTML + ' does not look the same');
        mark(copy, look);
    }
    return marked;
}"""
CODE_SAMPLES = {"include": [["[data-code-sample]"]], "exclude": [["[data-code-sample] span:not([data-code-sample])"]]}


@pytest.mark.no_figure_bytes
@pytest.mark.no_site_index
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_code_colours_are_readable(scheme, built_site, base_url, page_in_shared_context):
    """Highlighted code, left out of the page tests: in each scheme, every token class the site uses. axe
    checks one element of each look, not all 1,600 tokens of a page (its time grows with the elements it checks)."""
    page = page_in_shared_context.page
    page.emulate_media(color_scheme=scheme)
    pages = pages_covering_every_code_token(built_site)
    assert pages, "no highlighted code found in the built site"
    looks: set[str] = set()
    for path in pages:
        with screenshot_on_failure(page, f"code-{scheme}-{path}"):
            page.goto(base_url + path, wait_until="load")
            # Code in a collapsed block or an inactive tab is hidden, and axe skips hidden text: show it all.
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
            page.add_style_tag(content=".tabbed-block { display: block !important; }")
            marked = page.evaluate(MARK_CODE_SAMPLES, sorted(looks))
            looks |= set(marked)
            if not marked:
                continue
            result = axe_run(page, CODE_SAMPLES, {"runOnly": {"type": "rule", "values": ["color-contrast"]}})
            undecided = [node["html"] for rule in result["incomplete"] for node in rule["nodes"]]
            assert not undecided, f"{path} ({scheme}): axe could not decide on code samples: {undecided}"
            decided = sum(len(rule["nodes"]) for kind in ("passes", "violations") for rule in result[kind])
            assert decided == len(marked), f"{path} ({scheme}): axe checked {decided} of {len(marked)} code samples"
            violations = serious(result["violations"])
            assert not violations, f"{path} ({scheme}): " + describe(violations)


@pytest.mark.no_figure_bytes
@pytest.mark.no_site_index
def test_palette_toggle_switches_scheme_and_figure_variant(base_url, open_page):
    watched = open_page(color_scheme="light")
    page = watched.page
    with screenshot_on_failure(page, "palette"):
        page.goto(base_url + "activations/relu/")
        light = page.locator('img[src*="-light.svg"]').first
        dark = page.locator('img[src*="-dark.svg"]').first
        # The palette starts on "follow the system"; each click moves on: light, then dark.
        for _ in range(3):
            if page.evaluate("() => document.body.dataset.mdColorScheme") == "slate":
                break
            page.locator("form[data-md-component=palette] label:visible").first.click()
        assert page.evaluate("() => document.body.dataset.mdColorScheme") == "slate"
        assert dark.is_visible() and not light.is_visible()
        # The next click goes back to "follow the system", and this system prefers light.
        page.locator("form[data-md-component=palette] label:visible").first.click()
        page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'")
        assert page.evaluate("() => document.body.dataset.mdColorMedia") == "(prefers-color-scheme)"
        assert light.is_visible() and not dark.is_visible()


@pytest.mark.no_figure_bytes
@pytest.mark.no_site_index
def test_copy_button_copies_the_code(base_url, open_page):
    watched = open_page(permissions=["clipboard-read", "clipboard-write"])
    page = watched.page
    with screenshot_on_failure(page, "copy"):
        page.goto(base_url + "activations/relu/")
        block = page.locator(".md-content pre:visible").first
        block.hover()
        block.locator("button[data-clipboard-target]").click()  # Material 9.8: .md-code__button
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert copied.strip() == block.locator("code").inner_text().strip()
        assert "import torch" in copied
    assert not watched.errors


@pytest.mark.no_site_index
def test_a_request_leaving_the_site_is_recorded_and_never_sent(base_url, open_page):
    """Every page test asserts that nothing was requested off the site: such a request is recorded, and it
    fails in the browser itself, whether it names a host or an address. (With the site's
    Content-Security-Policy set aside: it would block the request before it is made, the next test.)"""
    watched = open_page(bypass_csp=True)
    page = watched.page
    page.goto(base_url + "activations/relu/")
    for url in ("https://example.com/tracker.png", "http://192.0.2.1/tracker.png"):
        with page.expect_event("requestfailed", predicate=lambda request, url=url: request.url == url) as failed:
            page.evaluate("url => { const image = new Image(); image.src = url; document.body.append(image); }", url)
        assert failed.value.failure == "net::ERR_NAME_NOT_RESOLVED", f"{url} reached the network: {failed.value}"
    assert watched.offsite == ["https://example.com/tracker.png", "http://192.0.2.1/tracker.png"]


@pytest.mark.no_site_index
def test_the_policy_blocks_what_comes_from_another_origin_and_the_tests_see_it(base_url, open_page):
    """A script, an image or a fetch from another origin is blocked by the page's Content-Security-Policy
    before any request is made, and each violation is recorded (the event and the console's report), as
    every browser test records them."""
    watched = open_page()
    page = watched.page
    page.goto(base_url + "activations/relu/", wait_until="load")
    failures = {}
    page.on("requestfailed", lambda request: failures.setdefault(request.url, request.failure))
    page.evaluate(
        """async () => {
            const image = new Image(); image.src = "https://example.com/tracker.png"; document.body.append(image);
            const script = document.createElement("script"); script.src = "https://example.com/tracker.js";
            document.body.append(script);
            const inline = document.createElement("script"); inline.textContent = "window.injected = 1";
            document.body.append(inline);
            await fetch("https://example.com/beacon").catch(() => null);
        }"""
    )
    page.wait_for_timeout(200)  # the events are dispatched as tasks
    events = [v for v in watched.csp if v.startswith("event: ")]
    blocked = " ".join(events)
    for what in (
        "img-src blocked https://example.com/tracker.png",
        "script-src-elem blocked https://example.com/tracker.js",
        "script-src-elem blocked inline",
        "connect-src blocked https://example.com/beacon",
    ):
        assert what in blocked, f"not reported: {what}; reported: {watched.csp}"
    assert any(v.startswith("console: ") for v in watched.csp), watched.csp
    # The browser reports the image and the script as requests that failed, refused by the policy ("csp"), not sent.
    assert failures == dict.fromkeys(watched.offsite, "csp"), (failures, watched.offsite)
    assert page.evaluate("() => window.injected") is None, "an inline script without a hash ran"
    watched.csp.clear()  # expected here; any other test fails on one


@pytest.mark.no_site_index
def test_a_file_the_cache_answers_still_counts_as_read(built_site, base_url, open_page):
    """A kept browser result's inputs are the files the browser requested (rerun_only_if_a_file_it_read_changed),
    also those its HTTP cache answered: on a second visit the page, its figures and its scripts still count."""
    watched = open_page()
    page = watched.page
    page.goto(base_url + "activations/relu/", wait_until="load")
    REQUESTED.clear()
    page.goto(base_url + "activations/relu/", wait_until="load")
    cached = page.evaluate(
        "() => performance.getEntriesByType('resource').filter(r => r.transferSize === 0).map(r => r.name)"
    )
    assert any("/assets/javascripts/bundle." in url for url in cached), f"nothing came from the cache: {cached}"
    read = {site_file(built_site, address) for address in REQUESTED}
    html = (built_site / "activations/relu/index.html").read_text(encoding="utf-8")
    figures = {posixpath.normpath("activations/relu/" + src) for src in re.findall(r'<img[^>]* src="([^"#]+)', html)}
    assert figures, "the ReLU page shows no figure"
    bundle = next(name for name in read if name.startswith("assets/javascripts/bundle."))
    assert {"activations/relu/index.html", bundle} | figures <= read, sorted(read)


def test_search_finds_a_page(base_url, open_page):
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, "search"):
        page.goto(base_url)
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially("leaky", delay=50)
        result = page.locator(".md-search-result__item a").first
        result.wait_for()
        assert "activations/leaky-relu/" in result.get_attribute("href")
    assert not watched.offsite and not watched.errors


def test_math_is_drawn_after_instant_navigation(base_url, open_page):
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, "instant-navigation"):
        page.goto(base_url)
        page.locator('.md-content a[href$="activations/relu/"]').first.click()
        page.wait_for_url("**/activations/relu/")
        page.wait_for_function("() => document.querySelectorAll('.arithmatex mjx-container svg').length > 0")
        assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1, "not instant"
        assert not math_problems(page)
    assert not watched.errors


def test_instant_navigation_to_a_notebook_page_runs_its_scripts_under_the_policy(base_url, open_page):
    """Instant navigation keeps the first page's document, so its Content-Security-Policy: the inline scripts
    of a notebook page, which Material runs again on arrival, must pass it (the site has one policy, with
    the hashes of every page's scripts; the fixture fails on any violation)."""
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, "instant-notebook"):
        page.goto(base_url + "activations/relu/")
        page.wait_for_load_state("load")
        page.locator('.md-nav a[href$="notebooks/dying_relu/"]').first.click()
        page.wait_for_url("**/notebooks/dying_relu/")
        page.wait_for_function("() => document.querySelectorAll('.jp-Cell').length > 0")
        assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1, "not instant"
        assert page.evaluate("() => !!customElements.get('clipboard-copy')"), "the notebook's own script did not run"
    assert not watched.errors


# --- the Vietnamese edition ---------------------------------------------------------------------------


def switch_language(page, lang: str) -> None:
    page.locator(".md-header .md-select").first.hover()
    page.locator(f'.md-header a.md-select__link[hreflang="{lang}"]').first.click()


@pytest.mark.parametrize(
    ("start", "lang", "expected"),
    [
        ("activations/relu/#pitfalls", "vi", "vi/activations/relu/#pitfalls"),
        ("vi/activations/relu/#pitfalls", "en", "activations/relu/#pitfalls"),
        ("vi/notebooks/dying_relu/", "en", "notebooks/dying_relu/"),
        ("", "vi", "vi/"),
    ],
)
def test_language_switch_keeps_the_page_and_section(base_url, open_page, start, lang, expected):
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, f"switch-{lang}"):
        page.goto(base_url + start)
        switch_language(page, lang)
        page.wait_for_url(base_url + expected)
        assert page.evaluate("() => document.documentElement.lang") == lang
        if "#" in expected:  # the section's heading is there, under the same id
            assert page.locator(f"#{expected.split('#')[1]}").count() == 1
    assert not watched.errors and not watched.failed


def test_language_switch_follows_instant_navigation(base_url, open_page):
    """Material's instant navigation keeps the header of the first page, whose language link pointed at
    that page: the switch must still go to the page the reader is on now (docs/javascripts/language-switch.js)."""
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, "switch-after-instant"):
        page.goto(base_url + "vi/")
        page.locator('.md-content a[href$="activations/relu/"]').first.click()
        page.wait_for_url("**/vi/activations/relu/")
        assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1, "not instant"
        switch_language(page, "en")
        page.wait_for_url(base_url + "activations/relu/")
        switch_language(page, "vi")
        page.wait_for_url(base_url + "vi/activations/relu/")
    assert not watched.errors


@pytest.mark.parametrize(
    ("query", "expected"),
    [("hàm kích hoạt", "vi/"), ("đạo hàm", "vi/"), ("LeakyReLU", "vi/activations/leaky-relu/")],
)
def test_vietnamese_search_finds_vietnamese_pages(base_url, open_page, query, expected):
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, "search-vi"):
        page.goto(base_url + "vi/")
        assert page.locator("input.md-search__input").get_attribute("placeholder") == "Tìm kiếm"
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator("input.md-search__input").press_sequentially(query, delay=30)
        page.locator(".md-search-result__item a").first.wait_for()
        hrefs = page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.href)")
        assert any(h.startswith(base_url + expected) for h in hrefs), hrefs
        assert all(h.startswith(base_url + "vi/") for h in hrefs), f"English pages in Vietnamese results: {hrefs}"
    assert not watched.offsite and not watched.errors
