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

from site_tools import registry
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
    return [row for row in rows if row[0] not in {"English", "Tiếng Anh"}]  # each table's header row


def test_both_glossaries_list_the_same_terms():
    english, vietnamese = glossary_rows(DOCS / "glossary.md"), glossary_rows(translations.GLOSSARY)
    assert english == vietnamese
    assert {"activation function", "derivative", "vanishing gradient", "dying ReLU", "logits"} <= {
        e for e, _ in english
    }
    assert {"saturation", "zero-centred", "kink", "in-place", "gradient"} <= {e for e, _ in english}
    # The decisions of issue #26, each with the names it rules out.
    rows = {english: (vietnamese, names) for english, vietnamese, names in sum(translations.glossary_tables(), [])}
    for english, vietnamese, ruled_out in [
        ("layer", "tầng", "lớp đầu ra"),
        ("hidden layer", "tầng ẩn", "lớp ẩn"),
        ("recurrent", "hồi tiếp", "ô hồi quy"),
        ("overflow", "tràn số trên", "tràn trên"),
        ("underflow", "tràn số dưới", "tràn dưới"),
        ("implement", "lập trình, tự viết", "tự cài đặt"),
        ("unit", "nơ-ron", "đơn vị ẩn"),
        ("build (the site)", "dựng trang", "build trang"),
        ("ratio", "tỉ lệ", "tỷ lệ"),
    ]:
        assert rows[english][0] == vietnamese and ruled_out in rows[english][1], english


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
    nav = registry.expanded_nav(config["nav"], registry.load())  # the activations' sections, as the build adds them
    untranslated = [t for t in nav_titles(nav) if t not in vi["nav_translations"]]
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
    """hooks/edition_split.py splits the index mkdocs-static-i18n merges: English pages in search/, Vietnamese
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


def test_math_may_differ_only_inside_text(tmp_path):
    """\\text{...} in a formula is prose and is translated; any other change of the math is a difference."""
    english = tmp_path / "page.md"
    formula = "$$\nf(x) = \\begin{cases} x & x > 0 \\\\ 0 & \\text{%s} \\end{cases}\n$$\n\nInline $%s$.\n"
    english.write_text("# Page\n\n" + formula % ("otherwise", "\\text{NaN} \\le x"), encoding="utf-8")
    translated = tmp_path / f"page.{TRANSLATION}.md"
    translated.write_text("# Trang {#page}\n\n" + formula % ("ngược lại", "\\text{NaN} \\le x"), encoding="utf-8")
    assert translations.differences(english, translated) == []
    for changed in (
        formula.replace("x > 0", "x \\ge 0") % ("ngược lại", "\\text{NaN} \\le x"),  # the condition
        formula % ("ngược lại", "\\text{NaN} < x"),  # inline math outside \text
        formula.replace("\\text{%s}", "\\mathrm{%s}") % ("ngược lại", "\\text{NaN} \\le x"),  # not \text
    ):
        translated.write_text("# Trang {#page}\n\n" + changed, encoding="utf-8")
        assert any("math" in d for d in translations.differences(english, translated)), changed


@pytest.mark.parametrize(
    ("seeded", "name"),
    [
        ("Hai lớp ẩn đầu tiên", "lớp ẩn"),
        ("một mạng hồi quy", "mạng hồi quy"),
        ("## Tự cài đặt {#implement-it-yourself}", "tự cài đặt"),  # in a heading too
        ("các đơn vị ẩn", "đơn vị ẩn"),
        ("tỷ lệ nơ-ron chết", "tỷ lệ"),
        ("bị tràn dưới thành 0", "tràn dưới"),
        ('!!! warning "Hình được tạo khi build trang"', "build trang"),  # in an admonition title
    ],
)
def test_a_rejected_name_on_a_page_fails(tmp_path, seeded, name):
    page = tmp_path / f"page.{TRANSLATION}.md"
    page.write_text(f"# Trang {{#page}}\n\nMột câu bình thường.\n\n{seeded}\n", encoding="utf-8")
    assert any(f"uses '{name}'" in p for p in translations.terminology_problems(page))
    page.write_text("# Trang {#page}\n\nMột câu bình thường: lớp `nn.ReLU`, phân loại hai lớp.\n", encoding="utf-8")
    assert not translations.terminology_problems(page)


def test_a_term_is_glossed_at_its_first_use_or_by_the_longer_term_that_holds_it(tmp_path):
    page = tmp_path / f"page.{TRANSLATION}.md"
    page.write_text("# Trang {#page}\n\nMột tầng ẩn (hidden layer), rồi một tầng khác.\n", encoding="utf-8")
    assert not translations.terminology_problems(page)
    page.write_text("# Trang {#page}\n\nMột tầng đầu ra (output layer) và một tầng khác.\n", encoding="utf-8")
    assert not translations.terminology_problems(page)
    page.write_text("# Trang {#page}\n\nMột tầng khác, rồi tầng ẩn (hidden layer).\n", encoding="utf-8")
    assert any("first use of 'tầng'" in p for p in translations.terminology_problems(page))
    # The gloss goes with the first use in the running text, not in an admonition's title or a link's text.
    page.write_text(
        '# Trang {#page}\n\n!!! warning "Một tầng bị ghi đè"\n    Xem [tầng ẩn](x.md). Một tầng (layer).\n',
        encoding="utf-8",
    )
    assert not translations.terminology_problems(page)
    page.write_text("# Trang {#page}\n\nMột tầng (layer) “cong”.\n", encoding="utf-8")
    assert any("curly quote" in p for p in translations.terminology_problems(page))


# --- English left on a Vietnamese page --------------------------------------------------------------

# The English words a Vietnamese page may show in its prose. Keep this short: a word belongs here only
# when the site decided to keep it in English (docs/glossary.vi.md, the review of issue #26), or when it
# is also a Vietnamese syllable. API names, identifiers and the activations' names are let through by
# shape (ReLU, nn.ReLU, float32, log_softmax) and from mkdocs.yml's nav; quoted or italic English (a
# title, an error message) and a link to another site are citations, not prose; the English term in
# parentheses after its Vietnamese name is the gloss the glossary asks for.
ENGLISH_KEPT = set(
    # Terms the Vietnamese edition keeps in English (glossary: gradient, logit; d2l-vn does the same).
    "gradient logit logits batch autograd tensor module kernel notebook token transformer attention "
    "dropout backend perceptron one-hot log-sum-exp float bit torch pytorch logistic affine "
    # Names of libraries as they are spelt: Hugging Face transformers.
    "transformers "
    # Names of methods and blocks from the papers (straight-through estimator, squeeze-and-excitation).
    "straight-through squeeze-and-excitation h-swish "
    # Names of maths functions and values, and of parameters the prose names bare.
    "log exp max min argmax inf nan dim dtype alpha beta lambd "
    # The activations' own lower-case names as the English prose writes them.
    "sigmoid tanh softmax softmin softplus softsign swish log-softmax sqrt-softplus sqrtsoftplus "
    # Parts of authors' names ("van den Oord").
    "van den "
    # Vietnamese syllables written in plain ASCII (lower case only: "In" opening a reference is English).
    "an ba bo cho chi con do hay khi la ma mo no ra so ta theo to tin in "
    # English loanwords Vietnamese writes as they are.
    "logic video".split()
)
ASCII_WORD = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z0-9_.'-]*(?<![.'-])(?![\w-])")
# An English gloss, possibly followed by its Vietnamese or a citation: "(rectified linear unit — đơn vị tuyến tính
# chỉnh lưu)", "(binarized neural networks; Hubara và cộng sự, 2016)".
ASCII_GLOSS = re.compile(r"\s*\(([\x00-\x7f]*?)(?:(?:\s+—|;)[^()]*)?\)")


AUTHORS_AND = re.compile(r"(?<![\w-])and(?= [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* \((?:19|20)\d\d)")
TITLE_CASE = re.compile(
    r"(?<![\w-])(?!(?:In|The|A|An|And|On|Of|For)\b)[A-Z][\w'-]*"
    r"(?:,?\s+(?:(?:of|on|for|the|in|to|a|an|and|with|&)\s+)*(?!In\b)[A-Z][\w'-]*)+"
)


def activation_name_words() -> set[str]:
    names = [entry["name"] for entry in registry.entries(registry.load())]  # the activations' nav titles
    return {w.lower() for name in names for w in re.findall(r"[A-Za-z]+", name)}


def markdown_sentences(source: str) -> list[str]:
    """The words of the sentences a notebook's remove-input cell writes: the text of its Markdown(...)
    strings, not the code inside their {...} or around them."""
    import ast

    words = []
    for call in ast.walk(ast.parse(source)):
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "Markdown":
            for arg in call.args:
                parts = arg.values if isinstance(arg, ast.JoinedStr) else [arg]
                words += [p.value for p in parts if isinstance(p, ast.Constant) and isinstance(p.value, str)]
    return words


def shown_prose(path: Path) -> str:
    """What a reader reads as sentences on a page or notebook, without its citations (see above)."""
    if path.suffix == ".py":
        import jupytext

        parts = []
        for cell in translations.prose_cells(jupytext.read(path)):
            if translations.cell_kind(cell) == "markdown":
                parts.append(cell.source)
            elif translations.cell_kind(cell) == "remove-input":
                parts += markdown_sentences(cell.source)
        text = "\n\n".join(parts)
    else:
        text = path.read_text(encoding="utf-8")
    if path.name.startswith("glossary."):  # its tables name the terms in both languages: keep the meanings
        text = re.sub(r"^\|[^|\n]*\|[^|\n]*\|([^|\n]*)\|[^|\n]*\|$", r"| \1 |", text, flags=re.M)
    text = re.sub(r'--8<--\s*"[^"]*"', " ", text)  # a snippet's include (body_prose takes most fences)
    text = re.sub(r"\[[^\]\n]*\]\(https?://[^)\s]*\)", " ", text)  # a link to another site: a citation
    text = re.sub(r"(?<![\w/\[])(?:doi|DOI):\s?10\.\S+", " ", text)  # a DOI the build links (hooks/publishing.py)
    text = re.sub(r"\]\([^)\s]*\)", "]", text)  # other link targets, figures' too
    text = re.sub(r"(?:\w+=)?'[\w.-]+'", " ", text)  # a quoted value: approximate='none'
    text = re.sub(r"^([ \t]*)(?:!!!|\?\?\?\+?|===)[ \t]*(?:[\w-]+)?", r"\1", text, flags=re.M)
    text = re.sub(r'"[\x00-\x7f]*? [\x00-\x7f]*?"|(?<![*\w])\*[^*\s][\x00-\x7f]*? [\x00-\x7f]*?\*(?!\*)', " ", text)
    text = re.sub(r"(?<![\w`])[A-Za-z]\w*_\w*", " ", text)  # an identifier written bare: min_val
    prose = translations.body_prose(text, headings=True)
    return re.sub(r"`+\w*|--8<--\s*\"[^\"]*\"", " ", prose)  # a fence body_prose did not take away


def english_words_shown(translated: Path) -> list[str]:
    """The English words of a Vietnamese page a reader must read: ASCII words of its prose that its
    English page uses as ordinary (lower-case) words, but for the kept ones and glosses."""
    ordinary = {w for w in ASCII_WORD.findall(shown_prose(translations.english_of(translated))) if w.islower()}
    # The syllables of the glossary's Vietnamese terms are Vietnamese: "entropy chéo", "phi tuyến".
    syllables = {w.lower() for _, v, _ in sum(translations.glossary_tables(), []) for w in ASCII_WORD.findall(v)}
    kept = ENGLISH_KEPT | activation_name_words() | syllables
    prose = shown_prose(translated)

    def english(word: str) -> bool:
        if len(word) < 2 or re.search(r"[\d_.]|.[A-Z]", word):  # a variable, an identifier, an acronym
            return False
        if word.islower():
            return word in ordinary and word not in kept
        return word.lower() in ordinary and word.lower() not in kept - {"in"}

    def gloss(m):  # the English after a Vietnamese term: "đạo hàm (derivative)", "nhanh (cheat sheet)"
        before = re.search(r"(\S+)\s*$", prose[: m.start()])
        return m[0] if before and english(before[1].strip("*[]")) else " "

    # "and" between authors is English ("Donoho and Johnstone (1994)"); then a run of capitalised words is a
    # name or a title (a journal, a venue, "Sigmoid Linear Unit"), but "In" opening a reference is English.
    authors_and = ["and" for _ in AUTHORS_AND.finditer(prose)]
    prose = ASCII_GLOSS.sub(gloss, prose)
    return authors_and + [word for word in ASCII_WORD.findall(TITLE_CASE.sub(" ", prose)) if english(word)]


@pytest.mark.parametrize("english", SOURCES, ids=ids)
def test_vietnamese_page_shows_no_english_word_to_read(english):
    translated = translation_of(english)
    words = english_words_shown(translated)
    assert not words, f"{ids(translated)}: English words in the Vietnamese prose: {sorted(set(words))}"


def test_english_word_check_can_fail(tmp_path):
    english = tmp_path / "page.md"
    english.write_text("# Page\n\nThe derivative of a layer at the kink is computed by autograd.\n", encoding="utf-8")
    translated = tmp_path / f"page.{TRANSLATION}.md"
    translated.write_text(
        "# Trang {#page}\n\nĐạo hàm (derivative) của một tầng (layer) tại điểm gãy do autograd tính, "
        '*Deep Sparse Rectifier*, "is computed by", [the paper](https://example.org).\n',
        encoding="utf-8",
    )
    assert english_words_shown(translated) == []
    translated.write_text("# Trang {#page}\n\nĐạo hàm của một layer tại kink do autograd tính.\n", encoding="utf-8")
    assert english_words_shown(translated) == ["layer", "kink"]
    translated.write_text(
        "# Trang {#page}\n\n- Donoho and Johnstone (1994). Bulletin of the Layer Society, In Press.\n",
        encoding="utf-8",
    )
    english.write_text("# Page\n\nThe layer and the kink, in a layer.\n", encoding="utf-8")
    assert english_words_shown(translated) == ["and", "In"]
