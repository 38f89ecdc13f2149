"""What a translated page must share with its English page, and the stamp that says which English text
it translates. Used by tests/test_translations.py, and by contributors from the command line:

    python -m tests.translations check docs/activations/relu.vi.md   # what differs from the English page
    python -m tests.translations stamp docs/activations/relu.vi.md   # record the English text it now matches
    python -m tests.translations stale                                # translations older than their English page

A Vietnamese page `<name>.vi.md` sits next to its English page `<name>.md` (mkdocs-static-i18n's suffix
layout). Its front matter holds `en_source_hash`, the hash of the English file it was translated from,
as FastAPI's translation tooling does: when the English page changes, the test names the stale
translation until a translator updates it and runs `stamp`.

A notebook's translation `notebooks/<name>.vi.py` holds only what a reader reads: its Markdown cells,
its `remove-input` cells (which write a sentence from the run's numbers) and the alt text of its figure
cells, in the English notebook's order (hooks/notebooks.py merges them with the English code).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

from markdown.extensions.toc import slugify

import markers
from editions import TRANSLATION as LANGUAGE
from editions import original_of as english_of  # noqa: F401 (tests/test_translations.py calls it from here)
from tests.shared import DOCS, ROOT, english_notebooks, english_pages, translation_of

HASH_FIELD = "en_source_hash"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
FENCE = re.compile(r"^(\s*)```.*?^\1```[ \t]*$", re.DOTALL | re.MULTILINE)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
# Inline math may wrap onto the next line, not across a blank line.
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)((?:[^$\n]|\n(?![ \t]*\n))+?)(?<!\\)\$")
ADMONITION = re.compile(r"^([ \t]*)(!!!|\?\?\?\+?)[ \t]*([\w-]+)", re.MULTILINE)
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$", re.MULTILINE)
EXPLICIT_ID = re.compile(r"\s*\{\s*#([\w-]+)\s*\}\s*$")
EXPLORER_LINK = re.compile(r'href="[./]*explorer/(#fn=[\w,-]+)?"')
LINK_TARGET = re.compile(r"\]\(((?:\.\./|\./)?[\w./-]+\.(?:md|ipynb)(?:#[\w-]+)?)\)")
# The words of \text{...} inside math are prose (\text{otherwise} -> \text{ngược lại}): a translation may
# change them, and nothing else of the math. One level of nested braces is allowed inside.
MATH_TEXT = re.compile(r"\\text\s*\{(?:[^{}]|\{[^{}]*\})*\}")


def math_skeleton(math: str) -> str:
    """A formula with its whitespace collapsed and the words of each \\text{...} blanked."""
    return " ".join(MATH_TEXT.sub(r"\\text{…}", math).split())


def source_hash(english: Path) -> str:
    return hashlib.sha256(english.read_bytes()).hexdigest()[:16]


def recorded_hash(translated: Path) -> str | None:
    m = re.search(rf"^\W*{HASH_FIELD}:\s*([0-9a-f]+)\s*$", translated.read_text(encoding="utf-8"), re.MULTILINE)
    return m[1] if m else None


def stamp(translated: Path) -> None:
    """Record in the translation the hash of its English file as it is now."""
    text = translated.read_text(encoding="utf-8")
    new = source_hash(english_of(translated))
    if recorded_hash(translated) is not None:
        text = re.sub(rf"^(\W*{HASH_FIELD}:\s*)[0-9a-f]+", rf"\g<1>{new}", text, count=1, flags=re.MULTILINE)
    elif translated.suffix == ".md":
        m = FRONT_MATTER.match(text)
        text = (
            f"---\n{m[1]}\n{HASH_FIELD}: {new}\n---\n{text[m.end() :]}"
            if m
            else f"---\n{HASH_FIELD}: {new}\n---\n\n{text}"
        )
    else:
        raise SystemExit(f"{translated}: no '{HASH_FIELD}:' line to update")
    translated.write_text(text, encoding="utf-8")


# --- what a page and its translation share -------------------------------------------------------


def heading_id(text: str) -> str:
    """The id Python-Markdown's toc gives a heading: its explicit {#id}, or the slug of its text."""
    m = EXPLICIT_ID.search(text)
    if m:
        return m[1]
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [text](link) -> text
    plain = re.sub(r"[`*]", "", plain)
    return slugify(plain, "-")


def structure(markdown: str) -> dict[str, object]:
    """The language-neutral skeleton of a page: what must be identical in every translation."""
    body = FRONT_MATTER.sub("", markdown, count=1)
    fences = [m[0].strip() for m in FENCE.finditer(body)]
    prose = FENCE.sub("", body)
    return {
        "code blocks (snippet includes and their fences)": fences,
        "snippet includes": [m["path"] for m in markers.INCLUDE.finditer(body)],
        "figures": [(m["snippet"], int(m["index"] or 1)) for m in markers.FIGURE.finditer(body)],
        "display math": [math_skeleton(m) for m in DISPLAY_MATH.findall(prose)],
        # A translation may reword around inline math, but uses the same expressions, no fewer, no new ones.
        "inline math": sorted({math_skeleton(m) for m in INLINE_MATH.findall(DISPLAY_MATH.sub("", prose))}),
        "admonitions": [f"{indent}{marker.rstrip('+')} {kind}" for indent, marker, kind in ADMONITION.findall(prose)],
        "headings": [f"{'#' * len(level)} {{#{heading_id(text)}}}" for level, text in HEADING.findall(prose)],
        "explorer links": EXPLORER_LINK.findall(body),
        "links to pages": sorted(Counter(LINK_TARGET.findall(prose)).items()),
    }


def differences(english: Path, translated: Path) -> list[str]:
    """Each way the translation's skeleton differs from the English page's, in words."""
    ours, theirs = structure(english.read_text(encoding="utf-8")), structure(translated.read_text(encoding="utf-8"))
    found = []
    for part, expected in ours.items():
        got = theirs[part]
        if got != expected:
            missing = [x for x in expected if x not in got]
            extra = [x for x in got if x not in expected]
            detail = f"missing {missing}; unexpected {extra}" if missing or extra else "same items, different order"
            found.append(f"{part}: {detail}")
    return found


# --- notebooks ---------------------------------------------------------------------------------------


def cell_kind(cell) -> str | None:
    """What a translation gives of a cell: its Markdown, its remove-input code, or its figures' alt text."""
    if cell.cell_type == "markdown":
        return "markdown"
    if "remove-input" in cell.metadata.get("tags", []):
        return "remove-input"
    if "alt" in cell.metadata:
        return "alt"
    return None


def prose_cells(notebook) -> list:
    return [cell for cell in notebook.cells if cell_kind(cell)]


def code_shape(source: str) -> str:
    """The code with every string's text blanked: a translation may change only the words."""
    import ast

    class Blank(ast.NodeTransformer):
        def visit_Constant(self, node):
            return ast.Constant("") if isinstance(node.value, str) else node

    return ast.dump(Blank().visit(ast.parse(source)))


def notebook_differences(english: Path, translated: Path) -> list[str]:
    import jupytext

    ours, theirs = prose_cells(jupytext.read(english)), prose_cells(jupytext.read(translated))
    kinds = [cell_kind(c) for c in ours], [cell_kind(c) for c in theirs]
    if kinds[0] != kinds[1]:
        return [f"cells: the English notebook's prose cells are {kinds[0]}, the translation has {kinds[1]}"]
    found = []
    for n, (en, vi) in enumerate(zip(ours, theirs), start=1):
        where = f"prose cell {n} ({cell_kind(en)})"
        if cell_kind(en) == "remove-input":
            if code_shape(en.source) != code_shape(vi.source):
                found.append(f"{where}: its code differs from the English cell's in more than its strings")
            continue
        if cell_kind(en) == "alt":
            if (
                isinstance(en.metadata["alt"], str) != isinstance(vi.metadata["alt"], str)
                or len(en.metadata["alt"])
                and not vi.metadata["alt"]
            ):
                found.append(f"{where}: give one alt text per figure, as the English cell does")
            continue
        a, b = structure(en.source), structure(vi.source)
        for part in (
            "display math",
            "inline math",
            "links to pages",
            "code blocks (snippet includes and their fences)",
        ):
            if a[part] != b[part]:
                found.append(f"{where}: {part} differ: {a[part]} vs {b[part]}")
        if [h.split()[0] for h in a["headings"]] != [h.split()[0] for h in b["headings"]]:
            found.append(f"{where}: headings differ in number or level")
    return found


# --- terminology ------------------------------------------------------------------------------------

GLOSSARY = DOCS / f"glossary.{LANGUAGE}.md"
# Old-style tone placement (hóa, hòa, thủy) throughout: a syllable ending in oá/oà/uý... is new-style.
NEW_STYLE_TONE = re.compile(r"\b\w*(?:o[áàảãạ]|u[ýỳỷỹỵ])\b", re.IGNORECASE)


# The glossary's second table, under this heading: words translated one way, with no English gloss needed.
CONVENTIONS_ID = "writing-conventions"
ADMONITION_TITLE = re.compile(r'^([ \t]*(?:!!!|\?\?\?\+?)[ \t]*[\w-]+)[ \t]+"[^"\n]*"', re.MULTILINE)
CURLY_QUOTES = re.compile(r"[\u201c\u201d]")


def avoided_names(cell: str) -> list[str]:
    """The names of a glossary row's last cell: "lớp ẩn (lớp means class), tầng x" -> ["lớp ẩn", "tầng x"].
    A parenthesis gives the reason a name is not used; it is not part of the name."""
    names = [re.sub(r"\([^()]*\)", "", entry).replace("*", "").strip() for entry in re.split(r",(?![^()]*\))", cell)]
    return [name for name in names if name]


def glossary_tables() -> tuple[list[tuple[str, str, list[str]]], list[tuple[str, str, list[str]]]]:
    """(English, Vietnamese, names not used) for every row of the Vietnamese glossary's two tables: the
    terms, then the writing conventions (the table under the heading {#writing-conventions})."""
    terms: list[tuple[str, str, list[str]]] = []
    conventions: list[tuple[str, str, list[str]]] = []
    rows = terms
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        heading = HEADING.match(line)
        if heading and heading_id(heading[2]) == CONVENTIONS_ID:
            rows = conventions
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and line.startswith("|") and not set(cells[0]) <= {"-"} and cells[0] != "Tiếng Anh":
            rows.append((cells[0], cells[1], avoided_names(cells[3])))
    return terms, conventions


def glossary() -> list[tuple[str, str, list[str]]]:
    """The glossary's terms: (English, Vietnamese, names not used); each needs its English at first use."""
    return glossary_tables()[0]


def avoided() -> list[tuple[str, str, str]]:
    """(name not used, the Vietnamese to use, its English) for every row of both glossary tables."""
    terms, conventions = glossary_tables()
    return [(name, vietnamese, english) for english, vietnamese, names in terms + conventions for name in names]


def body_prose(markdown: str, headings: bool = False) -> str:
    """The text a reader reads as sentences: no front matter, code, math, HTML tags or link targets, and
    no headings unless asked for (then their text, without the {#id})."""
    text = FENCE.sub(" ", FRONT_MATTER.sub("", markdown, count=1))
    text = DISPLAY_MATH.sub(" ", text)
    text = INLINE_MATH.sub(" ", text)
    text = HEADING.sub((lambda m: " " + EXPLICIT_ID.sub("", m[2]) + " ") if headings else " ", text)
    text = re.sub(r"`[^`\n]*`", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"[*_]{1,2}(?=\w)|(?<=\w)[*_]{1,2}", "", re.sub(r"\s+", " ", text))  # one line, no emphasis


def same_term(english: str, vietnamese: str) -> bool:
    return vietnamese.lower().rstrip("s") == english.lower().rstrip("s")


# A term's English may follow the noun phrase it heads: "tầng đầu ra (output layer)", at most 3 words on.
GLOSS_AFTER = re.compile(r"(?:\s+[^\s(),.;:!?\"]+){0,3}\s*\(([^)]*)\)")


def glossed(gloss: str, english: str) -> bool:
    return re.sub(r"[-\s]", "", english.lower()) in re.sub(r"[-\s]", "", gloss.lower())


def reader_text(translated: Path) -> str:
    """What a reader reads on a translated page or notebook, as one line (see body_prose)."""
    text = translated.read_text(encoding="utf-8")
    if translated.suffix == ".py":  # a notebook translation: its Markdown cells and its sentences
        import jupytext

        text = "\n\n".join(c.source for c in prose_cells(jupytext.read(translated)) if cell_kind(c) != "alt")
    return text


def terminology_problems(translated: Path) -> list[str]:
    """Glossary terms used the glossary's way: no name the glossary rejects (in the text, headings and
    admonition titles, but not in an English gloss), the English term in parentheses at a term's first
    use on the page, straight quotes, old-style tone marks."""
    text = reader_text(translated)
    # The English goes with the first use in the running text: not in an admonition's title or a link's text.
    prose = body_prose(re.sub(r"\[([^\]\n]*)\]\([^)\s]*\)", " ", ADMONITION_TITLE.sub(r"\1", text)))
    # English glosses are not Vietnamese names: "mã (code)" does not use the rejected name "code".
    read = re.sub(r"\([\x00-\x7f]*\)", " ", body_prose(text, headings=True))
    problems = []
    for name, vietnamese, english in avoided():
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", read, re.IGNORECASE):
            problems.append(f"uses '{name}': the glossary says '{vietnamese}' ({english})")
    terms = glossary()
    for english, vietnamese, _ in terms:
        if same_term(english, vietnamese):
            continue
        # An occurrence inside a longer term ("tầng" in "tầng ẩn") is that term's use; the longer term's
        # English gloss counts for this one too when it holds this term's English ("hidden layer").
        longer = [v for _, v, _ in terms if vietnamese.lower() in v.lower() and v != vietnamese]
        inside = {}
        for v in longer:
            for m in re.finditer(rf"(?<!\w){re.escape(v)}(?!\w)", prose, re.IGNORECASE):
                i = m[0].lower().find(vietnamese.lower())
                after = GLOSS_AFTER.match(prose, m.end())
                inside[(m.start() + i, m.start() + i + len(vietnamese))] = bool(after and glossed(after[1], english))
        for use in re.finditer(rf"(?<!\w){re.escape(vietnamese)}(?!\w)", prose, re.IGNORECASE):
            if use.span() in inside:
                if inside[use.span()]:
                    break
                continue
            after = GLOSS_AFTER.match(prose, use.end())
            if not after or not glossed(after[1], english):
                shown = prose[use.start() : use.end() + 30].replace("\n", " ")
                problems.append(f"first use of '{vietnamese}' is not followed by '({english})': \"{shown}...\"")
            break
    for m in NEW_STYLE_TONE.finditer(body_prose(text)):
        problems.append(f"'{m[0]}' uses the new-style tone placement; this site writes hóa, hòa, thủy")
    for m in CURLY_QUOTES.finditer(body_prose(text, headings=True)):
        problems.append(f'curly quote {m[0]}: this site writes straight quotes "..."')
    return problems


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"check", "stamp", "stale"}:
        print(__doc__)
        return 2
    command, paths = argv[0], [Path(p).resolve() for p in argv[1:]]
    if command == "stale":
        pages = [translation_of(p) for p in english_pages() + english_notebooks()]
        stale = [p for p in pages if p.exists() and recorded_hash(p) != source_hash(english_of(p))]
        for page in stale:
            print(f"{page.relative_to(ROOT)} translates an older {english_of(page).relative_to(ROOT)}")
        return 1 if stale else 0
    status = 0
    for path in paths:
        if command == "stamp":
            stamp(path)
            print(f"{path.relative_to(ROOT)}: {HASH_FIELD} {recorded_hash(path)}")
        elif path.suffix == ".py":
            for line in notebook_differences(english_of(path), path) + terminology_problems(path):
                print(f"{path.relative_to(ROOT)}: {line}")
                status = 1
        elif path.suffix == ".md":
            problems = differences(english_of(path), path)
            problems += terminology_problems(path) if path != GLOSSARY else []
            for line in problems:
                print(f"{path.relative_to(ROOT)}: {line}")
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
