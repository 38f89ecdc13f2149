"""The Vietnamese edition's search without tone marks, and Material's Vietnamese words as corrected.

Readers often type Vietnamese without its marks: on /vi/, "dao ham" must find what "đạo hàm" finds and
mark the accented words in the results and on the page a result opens. Material's search worker loads
overrides/assets/javascripts/lunr/min/lunr.vi-notone.min.js for the Vietnamese index only
(hooks/edition_split.py); the English edition's search is Material's, unchanged. Material's Vietnamese
strings are corrected in overrides/partials/languages/vi.html.

The browser tests run in Debian's Chromium with tests/test_browser.py's fixtures (and skip as those do).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from tests.shared import ROOT, TRANSLATION

try:
    from tests.test_browser import (  # noqa: F401 (fixtures, and the autouse one keeping passed results)
        REQUESTED,
        base_url,
        browser,
        open_page,
        rerun_only_if_a_file_it_read_changed,
        screenshot_on_failure,
    )
except pytest.skip.Exception as no_chromium:  # tests/test_browser.py says how to install it
    NO_BROWSER = str(no_chromium)
else:
    NO_BROWSER = ""
needs_browser = pytest.mark.skipif(bool(NO_BROWSER), reason=NO_BROWSER)

FOLDING = "assets/javascripts/lunr/min/lunr.vi-notone.min.js"  # in the built site; from overrides/
TONELESS_QUERIES = [
    ("hàm kích hoạt", "ham kich hoat"),
    ("đạo hàm", "dao ham"),
    ("tiêu biến gradient", "tieu bien gradient"),
]


def fold_tones(text: str) -> str:
    """The folding the search applies, as the JavaScript states it: Unicode NFD, no combining marks,
    đ -> d and Đ -> D, lower-case."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.category(c).startswith("M"))
    return bare.replace("đ", "d").replace("Đ", "D").lower()


FOLDED = {
    "Đạo hàm": "dao ham",
    "TIÊU BIẾN GRADIENT": "tieu bien gradient",
    unicodedata.normalize("NFD", "hàm kích hoạt"): "ham kich hoat",  # typed with combining marks
    "Ưu điểm, ăn, ơn, ấy": "uu diem, an, on, ay",
    "LeakyReLU(negative_slope=0.01)": "leakyrelu(negative_slope=0.01)",
    "tầng ẩn": "tang an",
    "": "",
}


@pytest.mark.parametrize(("text", "folded"), FOLDED.items())
def test_folding_drops_tone_marks_and_case(text, folded):
    assert fold_tones(text) == folded


def vietnamese_index(site: Path) -> dict:
    return json.loads((site / TRANSLATION / "search/search_index.json").read_text(encoding="utf-8"))


def test_only_the_vietnamese_index_folds_tone_marks(built_site):
    """The Vietnamese index names the folding language; the English one has the languages of mkdocs.yml,
    as Material wrote them, so its worker never loads the file."""
    search = next(p["search"] for p in yaml.safe_load((ROOT / "mkdocs.yml").read_text())["plugins"] if "search" in p)
    english = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert english["config"]["lang"] == search["lang"]
    assert vietnamese_index(built_site)["config"]["lang"] == ["vi-notone", *search["lang"]]
    assert (built_site / FOLDING).is_file()


CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL)


def test_vietnamese_pages_show_materials_words_corrected(built_site):
    """Material 9.8.2's Vietnamese left "Initializing search" in English, called the back-to-top button
    "Trở lại mục lục" (back to the table of contents), the skip link "Bỏ qua" (skip), a result's other
    sections "từ khác" (other words) and a missing query word "Không" (no); its footer said "Made with"."""
    pages = sorted((built_site / TRANSLATION).rglob("index.html"))
    assert len(pages) > 30
    for page in pages:
        html = page.read_text(encoding="utf-8")
        name = page.relative_to(built_site)
        shown_words = (
            "Đang khởi tạo tìm kiếm",
            "Lên đầu trang",
            "Chuyển đến nội dung",
            'title="Xóa"',
            "Trang web dựng bằng",
        )
        for shown in shown_words:
            assert shown in html, (name, shown)
        assert not re.search("Initializing search|Trở lại mục lục|Bỏ qua|Xoá|Made with", html), name
        translations = json.loads(CONFIG.search(html)[1])["translations"]  # the words Material's scripts show
        assert translations["search.result.more.other"] == "# mục khác trong trang này", name
        assert translations["search.result.term.missing"] == "Thiếu", name
    english = (built_site / "index.html").read_text(encoding="utf-8")
    assert "Initializing search" in english and "Back to top" in english
    assert json.loads(CONFIG.search(english)[1])["translations"]["search.result.term.missing"] == "Missing"


# --- in the browser -------------------------------------------------------------------------------


def search(page, query: str) -> dict:
    """Type a query into the open search dialog; its result count and the results Material lists first
    (up to 10 pages: address and title, then the sections), and the words it marks in them."""
    field = page.locator("input.md-search__input")
    meta = "document.querySelector('.md-search-result__meta').textContent"
    field.fill("")
    field.press("End")  # Material reads the query on keyup
    page.wait_for_function(f"() => !/\\d/.test({meta})")  # the placeholder, not the last query's count
    field.fill(query)
    field.press("End")
    page.wait_for_function(f"() => /\\d|Không tìm thấy/.test({meta})")
    return page.evaluate(
        f"""() => ({{
            count: {meta},
            pages: [...document.querySelectorAll('.md-search-result__item')].map(item => {{
                const links = [...item.querySelectorAll('a')];
                return links.map(a => new URL(a.href).pathname + new URL(a.href).hash + ' ' +
                                      a.querySelector('h1, h2').textContent);
            }}),
            marks: [...document.querySelectorAll('.md-search-result mark')].map(m => m.textContent),
        }})"""
    )


def open_search(page, address: str) -> None:
    """Open the search dialog and wait until Material's worker has built the index: until then the dialog
    says "Đang khởi tạo tìm kiếm" (or "Initializing search") and a query finds nothing (seen on a loaded machine)."""
    page.goto(address)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    ready = ("Nhập để bắt đầu tìm kiếm", "Type to start searching")  # the placeholder, in either edition
    page.wait_for_function(
        "ready => ready.includes(document.querySelector('.md-search-result__meta').textContent.trim())", arg=ready
    )


@needs_browser
def test_folding_in_the_browser_is_the_folding_stated_here(built_site, base_url, open_page):
    """The JavaScript folding (run in the page) equals fold_tones on every word of the Vietnamese index."""
    index = vietnamese_index(built_site)
    words = sorted({w for doc in index["docs"] for w in re.split(r"\s+", f"{doc['title']} {doc['text']}") if w})
    words += list(FOLDED)
    assert len(words) > 3000
    watched = open_page()
    page = watched.page
    page.goto(base_url + "vi/")
    page.add_script_tag(url=base_url + FOLDING)
    folded = page.evaluate("words => words.map(foldTones)", words)
    assert {w: f for w, f in zip(words, folded, strict=True) if f != fold_tones(w)} == {}
    assert page.evaluate("() => typeof lunr") == "undefined", "the page itself has no lunr: nothing else ran"
    assert page.evaluate("() => accentedPrefix('hàm,', 'ham')") == "hàm"


@needs_browser
@pytest.mark.parametrize(("accented", "toneless"), TONELESS_QUERIES)
def test_a_query_without_tone_marks_finds_what_the_accented_one_finds(base_url, open_page, accented, toneless):
    """The toneless query finds at least as many pages, the same first, the accented query's first five
    among its first ten, and marks the accented words in its results. (It may find more: "bien" is
    "biến" and also "biên".)"""
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, f"search-toneless-{toneless}"):
        open_search(page, base_url + "vi/")
        with_marks, without = search(page, accented), search(page, toneless)
        assert with_marks["pages"], f"{accented!r} finds nothing"
        assert int(without["count"].split()[0]) >= int(with_marks["count"].split()[0])
        first = [group[0] for group in with_marks["pages"][:5]]
        listed = [group[0] for group in without["pages"][:10]]
        assert listed[0] == first[0] and set(first) <= set(listed), f"{toneless!r}: {listed}; {accented!r}: {first}"
        words = accented.split()
        marked = {fold_tones(m).strip(".,;:()¶") for m in without["marks"]}
        assert {fold_tones(w) for w in words} <= marked, without["marks"]
        accented_marks = {m.lower().strip(".,;:()¶") for m in without["marks"]}
        assert {w for w in words if w != fold_tones(w)} <= accented_marks, without["marks"]
        assert all(a.startswith("/vi/") for group in without["pages"] for a in group)
    assert not watched.offsite and not watched.errors


@needs_browser
def test_an_accented_query_finds_what_it_found_without_the_folding(built_site, base_url, open_page):
    """An accented word matches only the words written so ("biến", not "biên"): with the folding, each
    accented query lists the same results in the same order, with the same words marked, as Material's
    search on the index without vi-notone."""
    index = vietnamese_index(built_site)
    unfolded = json.dumps({**index, "config": {**index["config"], "lang": index["config"]["lang"][1:]}})
    found = {}
    for folding in (True, False):
        watched = open_page()
        page = watched.page
        if not folding:
            page.route("**/vi/search/search_index.json", lambda route: route.fulfill(body=unfolded))
        open_search(page, base_url + "vi/")
        found[folding] = [search(page, accented) for accented, _ in TONELESS_QUERIES]
        if folding:  # the worker's requests are the page's (which the English test relies on)
            assert "/" + FOLDING in REQUESTED
        assert not watched.offsite and not watched.errors
    assert found[True] == found[False]


@needs_browser
def test_the_page_a_toneless_result_opens_marks_the_accented_words(base_url, open_page):
    """Material's search.highlight marks the query's words on the page a result opens (?h=...): for a
    toneless query, the accented words the result matched."""
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, "search-toneless-highlight"):
        open_search(page, base_url + "vi/")
        search(page, "dao ham")
        page.locator(".md-search-result__item a").first.click()
        page.wait_for_function("() => document.querySelectorAll('mark[data-md-highlight]').length > 0")
        marked = page.locator("mark[data-md-highlight]").evaluate_all("marks => marks.map(m => m.textContent)")
        assert {"đạo", "hàm"} <= {word for m in marked for word in m.lower().split()}, marked
    assert not watched.offsite and not watched.errors


@needs_browser
def test_english_search_is_materials_own(base_url, open_page):
    """The English edition never loads the folding (its index is Material's, as mkdocs.yml configures it)
    and finds as before: "gradient" lists a page about gradients first, English pages only, the word
    marked."""
    watched = open_page()
    page = watched.page
    with screenshot_on_failure(page, "search-english"):
        open_search(page, base_url)
        found = search(page, "gradient")
        assert "gradient" in found["pages"][0][0].lower()
        assert not [a for group in found["pages"] for a in group if a.startswith("/vi/")]
        assert {m.lower().strip(".,;:()¶") for m in found["marks"]} & {"gradient", "gradients"}
        assert "/" + FOLDING not in REQUESTED
    assert not watched.offsite and not watched.errors
