"""The Vietnamese edition cannot drift from the English one.

Every page and notebook exists in both languages; a translation has its English page's skeleton (the
same snippets, figures, math, admonitions, headings with the same ids, links); it records the hash of
the English text it translates, so an English edit makes it stale until a translator updates it; and
it uses the glossary's terms the glossary's way. The built site is checked too: the Vietnamese pages
are in Vietnamese (`<html lang="vi">`, Material's chrome), show the same heading ids, and the search
index holds both editions. tests/translations.py holds the checks (also a command-line tool).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from tests import translations
from tests.shared import (
    DOCS,
    NOTEBOOKS,
    ROOT,
    TRANSLATION,
    english_notebooks,
    english_pages,
    page_address,
    translation_of,
)

SOURCES = english_pages() + english_notebooks()
UPDATE = "update the translation, then run: python -m tests.translations stamp {path}"


def ids(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_every_page_and_notebook_exists_in_both_languages():
    missing = [ids(translation_of(p)) for p in SOURCES if not translation_of(p).exists()]
    translated = [p for p in DOCS.rglob(f"*.{TRANSLATION}.md")] + list(NOTEBOOKS.glob(f"*.{TRANSLATION}.py"))
    orphans = [ids(p) for p in translated if not translations.english_of(p).exists()]
    assert not missing, f"pages with no Vietnamese translation: {missing}"
    assert not orphans, f"translations whose English page is gone: {orphans}"


@pytest.mark.parametrize("english", SOURCES, ids=ids)
def test_translation_has_the_english_pages_skeleton(english):
    translated = translation_of(english)
    if english.suffix == ".py":
        problems = translations.notebook_differences(english, translated)
    else:
        problems = translations.differences(english, translated)
    assert not problems, f"{ids(translated)} differs from {ids(english)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("english", SOURCES, ids=ids)
def test_translation_translates_the_current_english_text(english):
    translated = translation_of(english)
    recorded = translations.recorded_hash(translated)
    assert recorded is not None, f"{ids(translated)}: no {translations.HASH_FIELD}; " + UPDATE.format(
        path=ids(translated)
    )
    assert recorded == translations.source_hash(english), (
        f"{ids(english)} changed after {ids(translated)} was last updated (git log -p {ids(english)} shows what); "
        + UPDATE.format(path=ids(translated))
    )


@pytest.mark.parametrize("english", SOURCES, ids=ids)
def test_translation_uses_the_glossary_terms(english):
    translated = translation_of(english)
    if translated == translations.GLOSSARY:
        pytest.skip("the glossary lists every name, the rejected ones too")
    problems = translations.terminology_problems(translated)
    assert not problems, f"{ids(translated)}:\n" + "\n".join(problems)


def test_stale_and_terminology_checks_can_fail(tmp_path):
    """The checks above on a page made wrong on purpose: a changed English text, a rejected name, a
    term without its English at first use, a heading id that differs."""
    english = tmp_path / "page.md"
    english.write_text("---\ndescription: x\n---\n\n# Page\n\n## Pitfalls\n\nText $x$.\n", encoding="utf-8")
    translated = tmp_path / f"page.{TRANSLATION}.md"
    translated.write_text(
        "---\ndescription: y\n---\n\n# Trang {#page}\n\n## Lỗi thường gặp\n\nChức năng kích hoạt $x$; "
        "đạo hàm của nó.\n",
        encoding="utf-8",
    )
    translations.stamp(translated)
    assert translations.recorded_hash(translated) == translations.source_hash(english)
    english.write_text(english.read_text(encoding="utf-8") + "More.\n", encoding="utf-8")
    assert translations.recorded_hash(translated) != translations.source_hash(english)
    assert any("headings" in d for d in translations.differences(english, translated))
    problems = " ".join(translations.terminology_problems(translated))
    assert "chức năng kích hoạt" in problems and "'(derivative)'" in problems


def glossary_rows(page: Path) -> list[tuple[str, str]]:
    rows = []
    for line in page.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 4 and not set(cells[0]) <= {"-"}:
            rows.append((cells[0], cells[1]))
    return rows[1:]  # the header row


def test_both_glossaries_list_the_same_terms():
    english, vietnamese = glossary_rows(DOCS / "glossary.md"), glossary_rows(translations.GLOSSARY)
    assert english == vietnamese
    assert {"activation function", "derivative", "vanishing gradient", "dying ReLU", "logits"} <= {
        e for e, _ in english
    }
    assert {"saturation", "zero-centred", "kink", "in-place", "gradient"} <= {e for e, _ in english}


def nav_titles(items) -> list[str]:
    """Every section title, and the title of every page that is not an activation's (whose name stays)."""
    titles = []
    for item in items:
        for title, target in item.items():
            if isinstance(target, list):
                titles += [title, *nav_titles(target)]
            elif not target.startswith("activations/"):
                titles.append(title)
    return titles


def test_every_nav_title_has_a_vietnamese_title():
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    vi = next(lang for lang in i18n["languages"] if lang["locale"] == TRANSLATION)
    untranslated = [t for t in nav_titles(config["nav"]) if t not in vi["nav_translations"]]
    assert not untranslated, f"nav titles with no Vietnamese title (mkdocs.yml, nav_translations): {untranslated}"


# --- the built site ---------------------------------------------------------------------------------


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.heading_ids: list[str] = []
        self.alternates: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if re.fullmatch(r"h[1-6]", tag) and attrs.get("id"):
            self.heading_ids.append(attrs["id"])
        if tag == "a" and "md-select__link" in (attrs.get("class") or "") and attrs.get("hreflang"):
            self.alternates[attrs["hreflang"]] = attrs["href"]


def parsed(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.mark.parametrize("english", english_pages(), ids=ids)
def test_built_translation_is_vietnamese_with_the_same_sections(built_site, english):
    en = parsed(built_site / page_address(english) / "index.html")
    vi = parsed(built_site / page_address(translation_of(english)) / "index.html")
    assert (en.lang, vi.lang) == ("en", "vi")
    assert vi.heading_ids == en.heading_ids, "a section link or the language switch would land elsewhere"
    # The selector links the editions' home pages; on click, docs/javascripts/language-switch.js goes to
    # this page in the other edition instead (tests/test_browser.py).
    here, there = "/" + page_address(english), "/" + page_address(translation_of(english))
    assert urljoin(here, en.alternates["vi"]) == "/vi/" and urljoin(there, vi.alternates["en"]) == "/"


def test_built_notebook_translation_shows_vietnamese_prose_and_sentences(built_site):
    for english in english_notebooks():
        import jupytext

        html = (built_site / page_address(translation_of(english)) / "index.html").read_text(encoding="utf-8")
        assert 'lang="vi"' in html

        prose = [c for c in jupytext.read(translation_of(english)).cells if translations.cell_kind(c) == "markdown"]
        first_words = re.sub(r"[#*`\[\]]", "", prose[0].source).split("\n")[0].strip()
        assert first_words and first_words in html, f"{english.stem}: the Vietnamese prose is not on the page"
        for sentence in [c for c in jupytext.read(english).cells if translations.cell_kind(c) == "remove-input"]:
            english_start = re.search(r'Markdown\(f"""\s*(.{20})', sentence.source, re.DOTALL)
            if english_start:
                assert english_start[1].split("{")[0] not in html, f"{english.stem}: an English sentence cell"


def test_each_edition_has_its_own_search_index_and_sitemap(built_site):
    """hooks/languages.py splits the index mkdocs-static-i18n merges: English pages in search/, Vietnamese
    ones in vi/search/ (overrides/main.html points the Vietnamese pages there), lunr set for both."""
    english = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    vietnamese = json.loads((built_site / TRANSLATION / "search/search_index.json").read_text(encoding="utf-8"))
    assert TRANSLATION in vietnamese["config"]["lang"]
    en_locations = {doc["location"].split("#")[0] for doc in english["docs"]}
    vi_locations = {doc["location"].split("#")[0] for doc in vietnamese["docs"]}
    pages = {page_address(p) for p in english_pages()} | {page_address(p) for p in english_notebooks()}
    assert pages <= en_locations and pages <= vi_locations
    assert not [loc for loc in en_locations if loc.startswith(f"{TRANSLATION}/")]
    assert "hàm kích hoạt" in " ".join(doc["text"] for doc in vietnamese["docs"]).lower()
    sitemap = (built_site / TRANSLATION / "sitemap.xml").read_text(encoding="utf-8")
    # Every page of the edition: the Markdown pages, and the notebook pages hooks/publishing.py adds.
    assert sitemap.count("<loc>") == len(english_pages()) + len(english_notebooks())
    assert f"/{TRANSLATION}/activations/relu/</loc>" in sitemap and f"/{TRANSLATION}/notebooks/" in sitemap
    assert (built_site / "assets/javascripts/lunr/min" / f"lunr.{TRANSLATION}.min.js").exists()


def test_no_page_of_one_language_is_left_out_of_the_other_build(built_site):
    english = {p.relative_to(built_site).parent.as_posix() for p in built_site.rglob("index.html")}
    vi = {a for a in english if a.startswith(f"{TRANSLATION}/") or a == TRANSLATION}
    en = english - vi - {"."}
    assert {a.removeprefix(f"{TRANSLATION}/") for a in vi if a != TRANSLATION} == en


def test_build_output_is_translated_and_an_untranslated_word_fails_the_build():
    """A table printed at build time is shown in Vietnamese on a Vietnamese page: words translated by
    hooks/build_output.vi.yml, code, math, links and numbers as printed; English nobody translated fails."""
    from mkdocs.exceptions import PluginError

    import build_output

    printed = (
        "| Activation | Saturates |\n|---|---|\n| [ReLU](activations/relu.md) | as x → −∞ |\n| `x` | no (0.3982) |\n"
    )
    assert build_output.translated(printed, "t.py") == (
        "| Hàm kích hoạt | Bão hòa |\n|---|---|\n| [ReLU](activations/relu.md) | khi x → −∞ |\n| `x` | không (0.3982) |\n"
    )
    with pytest.raises(PluginError, match=r"t\.py: printed English .*'the'"):
        build_output.translated("| Activation |\n|---|\n| the new column |\n", "t.py")


def test_built_vietnamese_pages_have_no_english_hook_text(built_site):
    for page in ("vi/cheat-sheet/", "vi/kinks/", "vi/activations/relu/"):
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        for english in (
            "Code for this figure",
            "Code that computed this",
            r"<h[23][^>]*>Activations over",
            r">yes</td>",
        ):
            assert not re.search(english, html), f"{page}: '{english}' on a Vietnamese page"
    assert "Mã vẽ hình này" in (built_site / "vi/activations/relu/index.html").read_text(encoding="utf-8")


# The At a glance rows whose English answers tests/test_formulas.py checks against the cheat sheet.
GLANCE_ROWS = {"Zero-centred": "Có tâm tại 0", "Saturates": "Bão hòa", "Dead zone": "Vùng chết"}


def glance_answer(page: Path, row: str) -> str:
    found = re.findall(rf"^\| {re.escape(row)}(?: \([^)|]*\))? \| (.*) \|$", page.read_text(encoding="utf-8"), re.M)
    assert len(found) == 1, f"{ids(page)}: {len(found)} '{row}' rows in its At a glance table"
    return found[0]


@pytest.mark.parametrize("english", [p for p in english_pages() if p.parent.name == "activations"], ids=ids)
def test_vietnamese_at_a_glance_answers_are_the_english_ones(english):
    for row, vietnamese in GLANCE_ROWS.items():
        answer = re.match(r"(yes|no)\b", glance_answer(english, row))
        translated = re.match(r"(có|không)\b", glance_answer(translation_of(english), vietnamese))
        assert answer and translated, f"{row}: each answer begins with yes/no (có/không)"
        assert {"yes": "có", "no": "không"}[answer[1]] == translated[1], f"{ids(translation_of(english))}: {row}"
