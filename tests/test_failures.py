"""Each way a page can go wrong fails loudly, naming the file (and line) to open.

Each test builds or checks a small fixture tree in a temporary folder, made with the project's own
mkdocs.yml and hooks, so the checks are the real ones.
"""

import re
import shutil
import subprocess
from pathlib import Path

import mktestdocs
import pytest
import yaml

from tests.page_blocks import PageError, expand_page, fence_problems, find_fences, normalized_markdown
from tests.shared import ROOT, mkdocs_build
from tests.snippet_outputs import output_mismatches, run_snippet

LINE = """\
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([0, 1], [0, 1])
plt.show()
"""


def make_tree(
    tmp_path: Path, pages: dict[str, str], snippets: dict[str, str], notebooks: dict[str, str] | None = None
) -> Path:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(ROOT / hook) for hook in config["hooks"]]
    config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    del config["nav"], config["watch"]
    # A fixture tree is one language: without mkdocs-static-i18n (its hooks/languages.py work without it).
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "i18n" in p)]
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    for name, text in {**pages, "javascripts/mathjax.js": ""}.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    for folder, files in (("snippets", snippets), ("notebooks", notebooks or {})):
        for name, text in files.items():
            (tmp_path / folder / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / folder / name).write_text(text, encoding="utf-8")
    return tmp_path


def build(tree: Path, strict: bool = True, **env) -> subprocess.CompletedProcess:
    return mkdocs_build(tree / "site", project=tree, strict=strict, **env)


def figure_page(marker: str) -> dict[str, str]:
    return {"index.md": f"# Fixture\n\n{marker}\n"}


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "non-strict"])
def test_raising_figure_snippet_fails_the_build_with_file_line_and_exception(tmp_path, strict):
    tree = make_tree(
        tmp_path,
        figure_page("![a line](figure:snippets/bad/plot.py)"),
        {"bad/plot.py": LINE.replace("plt.show()", "1 / 0")},
    )
    result = build(tree, strict=strict)
    assert result.returncode != 0
    assert "snippets/bad/plot.py:5: figure snippet raised ZeroDivisionError: division by zero" in result.stderr
    assert not (tree / "site" / "figures").exists()


def test_figure_snippet_past_the_time_limit_fails_the_build(tmp_path):
    tree = make_tree(
        tmp_path,
        figure_page("![a line](figure:snippets/slow/plot.py)"),
        {"slow/plot.py": "import time\n\nwhile True:\n    time.sleep(0.01)\n"},
    )
    result = build(tree, strict=False, SNIPPET_TIMEOUT="1")
    assert result.returncode != 0
    assert "snippets/slow/plot.py:4: figure snippet still running after 1 s" in result.stderr
    assert "raise the limit with SNIPPET_TIMEOUT=<seconds>" in result.stderr


def test_deprecated_figure_timeout_still_sets_the_limit_with_a_warning(tmp_path):
    tree = make_tree(
        tmp_path,
        {"index.md": "# Fixture\n\n<!-- build-output: snippets/slow/table.py -->\n"},
        {"slow/table.py": "import time\n\nwhile True:\n    time.sleep(0.01)\n"},
    )
    result = build(tree, strict=False, FIGURE_TIMEOUT="1")
    assert result.returncode != 0
    assert "snippets/slow/table.py:4: output snippet still running after 1 s" in result.stderr
    assert result.stderr.count("FIGURE_TIMEOUT is deprecated") == 1, result.stderr
    assert "set SNIPPET_TIMEOUT=1 instead" in result.stderr


def test_page_asking_for_a_figure_the_snippet_does_not_draw_fails_the_build(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a second line](figure:snippets/one/plot.py#2)"), {"one/plot.py": LINE})
    result = build(tree)
    assert result.returncode != 0
    assert "docs/index.md:3: asks for figure #2 of snippets/one/plot.py, which creates 1" in result.stderr


def test_page_naming_a_missing_figure_snippet_fails_the_build(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a line](figure:snippets/gone/plot.py)"), {})
    result = build(tree, strict=False)
    assert result.returncode != 0
    assert "docs/index.md:3: no figure snippet at snippets/gone/plot.py" in result.stderr


def test_figure_snippet_that_draws_nothing_fails_the_build(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a line](figure:snippets/empty/plot.py)"), {"empty/plot.py": "x = 1\n"})
    result = build(tree, strict=False)
    assert result.returncode != 0
    assert "snippets/empty/plot.py: figure snippet ran but created no matplotlib figure" in result.stderr


def test_missing_include_fails_the_build_and_the_page_tests(tmp_path):
    page = '# Fixture\n\n```python\n--8<-- "snippets/nope/usage.py"\n```\n'
    tree = make_tree(tmp_path, {"index.md": page}, {})
    result = build(tree, strict=False)
    assert result.returncode != 0
    assert "snippets/nope/usage.py" in result.stderr
    with pytest.raises(PageError, match=r"docs/index.md:4: includes snippets/nope/usage.py, which does not exist"):
        expand_page(tree / "docs" / "index.md", tree, tree / "docs")


def test_stale_shown_output_is_reported_with_file_and_line(tmp_path):
    snippet = tmp_path / "stale.py"
    snippet.write_text('print(1 + 1)\n#> 3\nprint("not shown")\nx = 1\n#> ghost\n', encoding="utf-8")
    problems = output_mismatches(snippet, run_snippet(snippet))
    assert len(problems) == 3, problems
    assert (
        problems[0].startswith(f"{snippet}:2: shown output is stale") and "| 3" in problems[0] and "| 2" in problems[0]
    )
    assert problems[1].startswith(f"{snippet}:3: prints, but no #> lines follow")
    assert problems[2].startswith(f"{snippet}:5: shows output, but the statement above prints nothing")


def test_snippet_leaning_on_project_files_fails_the_copy_paste_check(tmp_path):
    snippet = tmp_path / "hidden.py"
    snippet.write_text("import snippet_runner\n", encoding="utf-8")  # importable only inside the project
    run = run_snippet(snippet)
    assert run.returncode != 0 and "ModuleNotFoundError" in run.stderr


def test_fences_mktestdocs_would_skip_are_reported(tmp_path):
    page = (
        "# Fixture\n\n"
        '```python title="runs: attributes are handled"\n--8<-- "snippets/ok/usage.py"\n```\n\n'
        "```py\nprint('skipped by mktestdocs')\n```\n\n"
        "```python\nprint('inline, not a snippet')\n```\n\n"
        "```text\nshown output is fine\n```\n"
    )
    tree = make_tree(tmp_path, {"index.md": page}, {"ok/usage.py": "print('ok')\n#> ok\n"})
    lines = expand_page(tree / "docs" / "index.md", tree, tree / "docs")
    problems = fence_problems(find_fences(lines))
    assert len(problems) == 2, problems
    assert problems[0].startswith("docs/index.md:7: ```py would not be executed")
    assert problems[1].startswith("docs/index.md:11: Python written inline")
    # The titled block reaches mktestdocs (it would skip it before normalisation).
    assert "print('ok')" in "".join(mktestdocs.grab_code_blocks(normalized_markdown(lines), lang="python"))
    assert "print('ok')" not in "".join(
        mktestdocs.grab_code_blocks((tree / "docs/index.md").read_text(), lang="python")
    )


def test_figures_are_byte_identical_across_builds_and_follow_snippet_edits(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a line](figure:snippets/one/plot.py)"), {"one/plot.py": LINE})
    svg = tree / "site" / "figures" / "one" / "plot-1-dark.svg"
    assert build(tree).returncode == 0
    first = svg.read_bytes()
    assert b"<dc:date>" not in first
    shutil.rmtree(tree / ".cache")
    assert build(tree).returncode == 0
    assert svg.read_bytes() == first, "a cold re-render gave different bytes"
    (tree / "snippets" / "one" / "plot.py").write_text(LINE.replace("[0, 1], [0, 1]", "[0, 1], [1, 0]"))
    assert build(tree).returncode == 0
    assert svg.read_bytes() != first, "an edited snippet was not re-rendered"


def test_raising_output_snippet_fails_the_build_with_file_and_line(tmp_path):
    page = "# Fixture\n\n<!-- build-output: snippets/table/table.py -->\n"
    tree = make_tree(tmp_path, {"index.md": page}, {"table/table.py": 'print("| a |")\nraise KeyError("b")\n'})
    result = build(tree, strict=False)
    assert result.returncode != 0
    assert "snippets/table/table.py:2: output snippet raised KeyError: 'b'" in result.stderr


def test_output_snippet_output_is_put_on_the_page(tmp_path):
    page = "# Fixture\n\n<!-- build-output: snippets/table/table.py -->\n"
    table = 'print("| x | x squared |")\nprint("|---|---|")\nfor x in (2, 3):\n    print(f"| {x} | {x * x} |")\n'
    tree = make_tree(tmp_path, {"index.md": page}, {"table/table.py": table})
    assert build(tree).returncode == 0
    html = (tree / "site" / "index.html").read_text(encoding="utf-8")
    assert "<td>3</td>" in html and "<td>9</td>" in html


@pytest.mark.parametrize(
    "marker",
    [
        "  <!-- build-output: snippets/table/table.py -->",
        "<!-- build-ouput: snippets/table/table.py -->",
        "<!--build-output: snippets/table/table.py-->",
    ],
    ids=["indented", "misspelt", "no-spaces"],
)
def test_misread_build_output_marker_fails_the_build(tmp_path, marker):
    tree = make_tree(tmp_path, {"index.md": f"# Fixture\n\n{marker}\n"}, {"table/table.py": 'print("| a |")\n'})
    result = build(tree, strict=False)
    assert result.returncode != 0
    assert "docs/index.md:3: a build-output marker is not of the form" in result.stderr


def test_notebook_with_a_failing_cell_fails_the_build_naming_it(tmp_path):
    notebook = "# %% [markdown]\n# # Broken\n\n# %%\nvalue = 1\n\n# %%\nraise ValueError('cell failed')\n"
    tree = make_tree(tmp_path, {"index.md": "# Fixture\n"}, {}, {"broken.py": notebook})
    result = build(tree, strict=False)
    assert result.returncode != 0
    assert "notebooks/broken.py:7: notebook cell failed" in result.stderr  # the line of the cell's `# %%`
    assert "ValueError: cell failed" in re.sub(r"\x1b\[[0-9;]*m", "", result.stderr)  # the kernel colours it


PLOT_CELL = "import matplotlib.pyplot as plt\n\nplt.plot([0, 1], [0, 1])\nplt.show()\n"


def test_notebook_figure_without_alt_text_fails_the_build_naming_the_cell(tmp_path):
    notebook = f"# %% [markdown]\n# # No alt\n\n# %%\n{PLOT_CELL}"
    tree = make_tree(tmp_path, {"index.md": "# Fixture\n"}, {}, {"no_alt.py": notebook})
    result = build(tree, strict=False)
    assert result.returncode != 0
    assert "notebooks/no_alt.py:4: the cell draws 1 figure(s) and gives 0 alt text(s)" in result.stderr


def test_notebook_figures_survive_the_tests_matplotlib_backend(tmp_path):
    """The tests set MPLBACKEND=Agg (conftest.py), under which plt.show() emits nothing in a kernel. A build
    run from the tests must still draw every notebook figure, in both schemes, with its alt text."""
    notebook = f'# %% [markdown]\n# # A line\n\n# %% alt="a straight line from (0, 0) to (1, 1)"\n{PLOT_CELL}'
    tree = make_tree(tmp_path, {"index.md": "# Fixture\n"}, {}, {"line.py": notebook})
    result = build(tree, MPLBACKEND="Agg")
    assert result.returncode == 0, result.stderr
    page = (tree / "site" / "notebooks" / "line" / "index.html").read_text(encoding="utf-8")
    for scheme in ("light", "dark"):
        assert f'line-1-{scheme}.svg#only-{scheme}" alt="a straight line from (0, 0) to (1, 1)"' in page
        assert (tree / "site" / "figures" / "notebooks" / f"line-1-{scheme}.svg").is_file()


def test_misread_figure_marker_fails_the_build(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a line [unbalanced](figure:snippets/one/plot.py)"), {"one/plot.py": LINE})
    result = build(tree, strict=False)
    assert result.returncode != 0
    assert "docs/index.md: a figure marker near line 3 is not of the form" in result.stderr


def test_alt_text_may_hold_brackets(tmp_path):
    tree = make_tree(
        tmp_path, figure_page("![softmax([2, 1]) as bars](figure:snippets/one/plot.py)"), {"one/plot.py": LINE}
    )
    assert build(tree).returncode == 0
    assert 'alt="softmax([2, 1]) as bars"' in (tree / "site" / "index.html").read_text(encoding="utf-8")
