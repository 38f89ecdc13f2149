"""Each way a page can go wrong fails loudly, naming the file (and line) to open.

Each test checks a small fixture tree in a temporary folder. The hooks' own functions run in this
process on the tree's pages, as a build calls them (run_page_hooks: figures.py, then build_output.py,
in mkdocs.yml's order); one end-to-end `mkdocs build` of a tree made with the project's mkdocs.yml and
hooks proves the wiring (test_fixture_site_builds_end_to_end).
"""

import os
import re
import shutil
import time
from pathlib import Path

import markdown
import mktestdocs
import pytest
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page
from pymdownx.snippets import SnippetMissingError

import build_output
import figures
import notebooks
import snippet_runner
from tests import reproducible
from tests.page_blocks import PageError, expand_page, fence_problems, find_fences, normalized_markdown
from tests.shared import ROOT, mkdocs_build
from tests.snippet_outputs import output_mismatches, run_snippet

LINE = """\
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([0, 1], [0, 1])
plt.show()
"""


# What these tests read of the project besides the code they import: the settings a fixture tree copies, the
# hooks they name by path (mkdocs.yml's hooks, hooks/build_output.vi.yml, the plot styles, hooks/math_svg.js)
# and the theme's overrides. Each test writes its own pages, snippets and notebooks.
PROJECT_INPUTS = ("mkdocs.yml", "hooks", "overrides")


@pytest.fixture(autouse=True)
def kept_while_the_settings_hooks_and_theme_are_the_same(result_cache):
    """A test that passed is skipped by `make test` (tests/result_cache.py) while PROJECT_INPUTS, the code it
    imports and the libraries are the same: editing a page or a snippet does not run these fixture builds."""
    result_cache.skip_if_passed_with(ROOT)
    yield
    inputs = [
        path.relative_to(ROOT)
        for name in PROJECT_INPUTS
        for path in ([ROOT / name] if (ROOT / name).is_file() else (ROOT / name).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    result_cache.keep_if_passed(ROOT, inputs)


def make_tree(
    tmp_path: Path, pages: dict[str, str], snippets: dict[str, str], notebooks: dict[str, str] | None = None
) -> Path:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(ROOT / hook) for hook in config["hooks"]]
    config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    del config["nav"], config["watch"]
    # A fixture tree is one language: without mkdocs-static-i18n (its hooks/edition_split.py work without it).
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


def stub_config(tree: Path) -> MkDocsConfig:
    """The settings the hooks read (where the project, docs and site are), without loading any plugin."""
    config = MkDocsConfig(config_file_path=str(tree / "mkdocs.yml"))
    config.load_dict({"site_name": "Fixture", "docs_dir": str(tree / "docs"), "site_dir": str(tree / "site")})
    failed, _ = config.validate()
    assert not failed, failed
    return config


def run_page_hooks(tree: Path, src_uri: str = "index.md") -> str:
    """What figures.py and build_output.py make of a page's Markdown, called as a build calls them."""
    config = stub_config(tree)
    files = figures.on_files(get_files(config), config=config)
    page = Page(None, files.get_file_from_path(src_uri), config)
    page.read_source(config)
    text = figures.on_page_markdown(page.markdown, page=page, config=config, files=files)
    return build_output.on_page_markdown(text, page=page, config=config, files=files)


@pytest.fixture
def time_limit(monkeypatch):
    """set(seconds) sets SNIPPET_TIMEOUT for this test only."""

    def set_(seconds: str) -> None:
        monkeypatch.setenv(snippet_runner.TIMEOUT_ENV, seconds)

    return set_


def figure_page(marker: str) -> dict[str, str]:
    return {"index.md": f"# Fixture\n\n{marker}\n"}


def test_raising_figure_snippet_fails_with_file_line_and_exception(tmp_path):
    tree = make_tree(
        tmp_path,
        figure_page("![a line](figure:snippets/bad/plot.py)"),
        {"bad/plot.py": LINE.replace("plt.show()", "1 / 0")},
    )
    with pytest.raises(
        PluginError, match=r"snippets/bad/plot.py:5: figure snippet raised ZeroDivisionError: division by zero"
    ):
        run_page_hooks(tree)
    assert not list((tree / ".cache" / "figures").iterdir()), "a failed render left a cache entry"


def test_figure_snippet_past_the_time_limit_fails(tmp_path, time_limit):
    tree = make_tree(
        tmp_path,
        figure_page("![a line](figure:snippets/slow/plot.py)"),
        {"slow/plot.py": "import time\n\nwhile True:\n    time.sleep(0.01)\n"},
    )
    time_limit("1")
    with pytest.raises(PluginError) as failure:
        run_page_hooks(tree)
    assert "snippets/slow/plot.py:4: figure snippet still running after 1 s" in str(failure.value)
    assert "raise the limit with SNIPPET_TIMEOUT=<seconds>" in str(failure.value)


def test_output_snippet_past_the_time_limit_fails(tmp_path, time_limit):
    tree = make_tree(
        tmp_path,
        {"index.md": "# Fixture\n\n<!-- build-output: snippets/slow/table.py -->\n"},
        {"slow/table.py": "import time\n\nwhile True:\n    time.sleep(0.01)\n"},
    )
    time_limit("1")
    with pytest.raises(PluginError) as failure:
        run_page_hooks(tree)
    assert "snippets/slow/table.py:4: output snippet still running after 1 s" in str(failure.value)


def test_page_asking_for_a_figure_the_snippet_does_not_draw_fails(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a second line](figure:snippets/one/plot.py#2)"), {"one/plot.py": LINE})
    with pytest.raises(
        PluginError, match=r"docs/index.md:3: asks for figure #2 of snippets/one/plot.py, which creates 1"
    ):
        run_page_hooks(tree)


def test_page_naming_a_missing_figure_snippet_fails(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a line](figure:snippets/gone/plot.py)"), {})
    with pytest.raises(PluginError, match=r"docs/index.md:3: no figure snippet at snippets/gone/plot.py"):
        run_page_hooks(tree)


def test_figure_snippet_that_draws_nothing_fails(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a line](figure:snippets/empty/plot.py)"), {"empty/plot.py": "x = 1\n"})
    with pytest.raises(
        PluginError, match=r"snippets/empty/plot.py: figure snippet ran but created no matplotlib figure"
    ):
        run_page_hooks(tree)


def test_missing_include_fails_the_build_and_the_page_tests(tmp_path, monkeypatch):
    page = '# Fixture\n\n```python\n--8<-- "snippets/nope/usage.py"\n```\n'
    tree = make_tree(tmp_path, {"index.md": page}, {})
    # pymdownx.snippets as mkdocs.yml sets it up (check_paths), from the project folder, as a build runs it.
    extensions = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["markdown_extensions"]
    settings = next(e["pymdownx.snippets"] for e in extensions if isinstance(e, dict) and "pymdownx.snippets" in e)
    assert settings["check_paths"], "mkdocs.yml must make a missing include fail the build"
    monkeypatch.chdir(tree)
    with pytest.raises(SnippetMissingError, match="snippets/nope/usage.py"):
        markdown.markdown(page, extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": settings})
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


def test_figures_are_byte_identical_across_renders_and_follow_snippet_edits(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a line](figure:snippets/one/plot.py)"), {"one/plot.py": LINE})
    snippet, cache = tree / "snippets" / "one" / "plot.py", tree / ".cache" / "figures"
    first = (figures.cached_figures(tree, "snippets/one/plot.py", "en", cache) / "dark-1.svg").read_bytes()
    assert b"<dc:date>" not in first
    shutil.rmtree(cache)
    again = (figures.cached_figures(tree, "snippets/one/plot.py", "en", cache) / "dark-1.svg").read_bytes()
    assert again == first, "a cold re-render gave different bytes"
    snippet.write_text(LINE.replace("[0, 1], [0, 1]", "[0, 1], [1, 0]"))
    edited = (figures.cached_figures(tree, "snippets/one/plot.py", "en", cache) / "dark-1.svg").read_bytes()
    assert edited != first, "an edited snippet was not re-rendered"


def test_raising_output_snippet_fails_with_file_and_line(tmp_path):
    page = "# Fixture\n\n<!-- build-output: snippets/table/table.py -->\n"
    tree = make_tree(tmp_path, {"index.md": page}, {"table/table.py": 'print("| a |")\nraise KeyError("b")\n'})
    with pytest.raises(PluginError, match=r"snippets/table/table.py:2: output snippet raised KeyError: 'b'"):
        run_page_hooks(tree)


@pytest.mark.parametrize(
    "marker",
    [
        "  <!-- build-output: snippets/table/table.py -->",
        "<!-- build-ouput: snippets/table/table.py -->",
        "<!--build-output: snippets/table/table.py-->",
    ],
    ids=["indented", "misspelt", "no-spaces"],
)
def test_misread_build_output_marker_fails(tmp_path, marker):
    tree = make_tree(tmp_path, {"index.md": f"# Fixture\n\n{marker}\n"}, {"table/table.py": 'print("| a |")\n'})
    with pytest.raises(PluginError, match=r"docs/index.md:3: a build-output marker is not of the form"):
        run_page_hooks(tree)


def test_misread_figure_marker_fails(tmp_path):
    tree = make_tree(tmp_path, figure_page("![a line [unbalanced](figure:snippets/one/plot.py)"), {"one/plot.py": LINE})
    with pytest.raises(PluginError, match=r"docs/index.md: a figure marker near line 3 is not of the form"):
        run_page_hooks(tree)


def execute_notebook(tree: Path, name: str) -> Path:
    return notebooks.executed(tree / "notebooks" / name, tree / ".cache" / "notebooks")


def test_notebook_with_a_failing_cell_fails_naming_it(tmp_path):
    notebook = "# %% [markdown]\n# # Broken\n\n# %%\nvalue = 1\n\n# %%\nraise ValueError('cell failed')\n"
    tree = make_tree(tmp_path, {"index.md": "# Fixture\n"}, {}, {"broken.py": notebook})
    with pytest.raises(PluginError) as failure:
        execute_notebook(tree, "broken.py")
    assert "notebooks/broken.py:7: notebook cell failed" in str(failure.value)  # the line of the cell's `# %%`
    assert "ValueError: cell failed" in re.sub(r"\x1b\[[0-9;]*m", "", str(failure.value))  # the kernel colours it


PLOT_CELL = "import matplotlib.pyplot as plt\n\nplt.plot([0, 1], [0, 1])\nplt.show()\n"


def test_notebook_figure_without_alt_text_fails_naming_the_cell(tmp_path):
    notebook = f"# %% [markdown]\n# # No alt\n\n# %%\n{PLOT_CELL}"
    tree = make_tree(tmp_path, {"index.md": "# Fixture\n"}, {}, {"no_alt.py": notebook})
    with pytest.raises(
        PluginError, match=r"notebooks/no_alt.py:4: the cell draws 1 figure\(s\) and gives 0 alt text\(s\)"
    ):
        execute_notebook(tree, "no_alt.py")


# --- one real build: the hooks wired through mkdocs.yml ------------------------------------------------

FALLING = LINE.replace("[0, 1], [0, 1]", "[0, 1], [1, 0]")
TABLE = 'print("| x | x squared |")\nprint("|---|---|")\nfor x in (2, 3):\n    print(f"| {x} | {x * x} |")\n'
USAGE = 'print("first version")\n#> first version\n'


def test_fixture_site_builds_end_to_end(tmp_path):
    """A strict `mkdocs build` of a tree with the project's mkdocs.yml: a figure (its alt text holding
    brackets), a build-time table, an included snippet and a notebook. It runs under MPLBACKEND=Agg, as
    the tests do, under which plt.show() in a kernel draws nothing: every notebook figure must still be
    there in both schemes with its alt text. A second build after the included snippet changed shows the
    new code (hooks/page_cache.py), and a third with nothing changed renders no page again."""
    page = (
        "# Fixture\n\n![softmax([2, 1]) as bars](figure:snippets/one/plot.py)\n\n"
        "<!-- build-output: snippets/table/table.py -->\n\n"
        '```python\n--8<-- "snippets/usage/usage.py"\n```\n'
    )
    notebook = f'# %% [markdown]\n# # A line\n\n# %% alt="a straight line from (0, 0) to (1, 1)"\n{PLOT_CELL}'
    page += "\n![a falling line](figure:snippets/two/plot.py)\n"  # two snippets: drawn side by side
    tree = make_tree(
        tmp_path,
        {"index.md": page},
        {"one/plot.py": LINE, "two/plot.py": FALLING, "table/table.py": TABLE, "usage/usage.py": USAGE},
        {"line.py": notebook},
    )
    result = mkdocs_build(tree / "site", project=tree, MPLBACKEND="Agg")
    assert result.returncode == 0, result.stderr
    html = (tree / "site" / "index.html").read_text(encoding="utf-8")
    assert 'alt="softmax([2, 1]) as bars"' in html
    for snippet in ("one", "two"):
        assert (tree / "site" / "figures" / snippet / "plot-1-dark.svg").is_file()
    assert "<td>3</td>" in html and "<td>9</td>" in html
    assert "first version" in html
    notebook_page = (tree / "site" / "notebooks" / "line" / "index.html").read_text(encoding="utf-8")
    for scheme in ("light", "dark"):
        assert f'line-1-{scheme}.svg#only-{scheme}" alt="a straight line from (0, 0) to (1, 1)"' in notebook_page
        assert (tree / "site" / "figures" / "notebooks" / f"line-1-{scheme}.svg").is_file()

    (tree / "snippets" / "usage" / "usage.py").write_text(USAGE.replace("first", "second"), encoding="utf-8")
    result = mkdocs_build(tree / "site", project=tree)
    assert result.returncode == 0, result.stderr
    html = (tree / "site" / "index.html").read_text(encoding="utf-8")
    assert "second version" in html and "first version" not in html, "a cached page hid a snippet edit"
    assert "pages rendered: 1 of 1" in result.stderr, result.stderr

    result = mkdocs_build(tree / "site", project=tree)
    assert result.returncode == 0, result.stderr
    assert "pages rendered: 0 of 1" in result.stderr, result.stderr
    assert (tree / "site" / "index.html").read_text(encoding="utf-8") == html


def test_page_whose_rendering_warned_is_rendered_again(tmp_path):
    """A strict build fails on a warning every time, not only before the page was cached."""
    tree = make_tree(tmp_path, {"index.md": "# Fixture\n\n[a missing page](gone.md)\n"}, {})
    for _ in range(2):
        result = mkdocs_build(tree / "site", project=tree)
        assert result.returncode != 0 and "gone.md" in result.stderr, result.stderr
    assert not list((tree / ".cache" / "pages").glob("page-*.json")), "a rendering that warned was cached"


def test_raising_figure_snippet_fails_a_build_that_draws_side_by_side(tmp_path):
    """A cold build draws its figure snippets in forked processes (hooks/figures.py, render_missing):
    a failure there still stops the build, naming the file and line."""
    page = "# Fixture\n\n![a line](figure:snippets/one/plot.py)\n\n![a bad one](figure:snippets/bad/plot.py)\n"
    bad = LINE.replace("plt.show()", "1 / 0")
    tree = make_tree(tmp_path, {"index.md": page}, {"one/plot.py": LINE, "bad/plot.py": bad})
    result = mkdocs_build(tree / "site", project=tree)
    assert result.returncode != 0
    assert "snippets/bad/plot.py:5: figure snippet raised ZeroDivisionError: division by zero" in result.stderr
    assert not list((tree / ".cache" / "figures").glob(".partial-*")), "a failed render left a partial folder"


# --- reproducible and crash-safe builds ---------------------------------------------------------------

UNSEEDED = "import matplotlib.pyplot as plt\nimport torch\n\nplt.plot(torch.rand(5).tolist())\nplt.show()\n"


def test_a_figure_that_is_not_reproducible_is_named(tmp_path):
    """The reproducibility check (tests/reproducible.py, run on the site by tests/test_build.py) draws every
    figure again in a new process: a snippet that plots unseeded random numbers gives other bytes and is named;
    a plain line is the same."""
    page = "# Fixture\n\n![a line](figure:snippets/one/plot.py)\n\n![noise](figure:snippets/noise/plot.py)\n"
    (tmp_path / "tree").mkdir()
    tree = make_tree(tmp_path / "tree", {"index.md": page}, {"one/plot.py": LINE, "noise/plot.py": UNSEEDED})
    cache = tree / ".cache"
    for name in ("one", "noise"):
        figures.cached_figures(tree, f"snippets/{name}/plot.py", "en", cache / "figures")
    made = reproducible.remake(tree, tmp_path / "again")
    assert sorted(name for _, name, _ in made) == ["snippets/noise/plot.py", "snippets/one/plot.py"]
    found = reproducible.differences(cache, tmp_path / "again", made)
    assert len(found) == 1 and found[0].startswith(
        "snippets/noise/plot.py: card-1.png, dark-1.svg, light-1.svg not the same"
    ), found


SLOW_LINE = "import time\n\n" + LINE.replace("plt.show()", "time.sleep(0.5)\nplt.show()")
DATED = ("sitemap.xml", "sitemap.xml.gz")  # the build's date: <lastmod>, and the .gz header's time


def site_bytes(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and p.name not in DATED
    }


def test_a_build_killed_while_it_draws_recovers_and_builds_the_same_site(tmp_path):
    """A cold build is killed (SIGKILL, the build and its drawing processes) while it draws its figures,
    after it executed the notebook. The next build leaves no staging folder in .cache/ and writes the same
    bytes as a cold build that was never interrupted (with the notebook executed again: its cell ids too)."""
    import signal
    import subprocess
    import sys

    page = "# Fixture\n\n![a line](figure:snippets/one/plot.py)\n\n![a falling line](figure:snippets/two/plot.py)\n"
    notebook = f'# %% [markdown]\n# # A line\n\n# %% alt="a straight line from (0, 0) to (1, 1)"\n{PLOT_CELL}'
    tree = make_tree(
        tmp_path,
        {"index.md": page},
        {"one/plot.py": SLOW_LINE, "two/plot.py": SLOW_LINE.replace("[0, 1], [0, 1]", "[0, 1], [1, 0]")},
        {"line.py": notebook},
    )
    figures_cache = tree / ".cache" / "figures"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tree / "site")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MPLBACKEND": "Agg"}
    build = subprocess.Popen(command, cwd=tree, env=env, start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not list(figures_cache.glob(".partial-*")):
        assert build.poll() is None, f"the build ended before it drew a figure: {build.stderr.read().decode()}"
        assert time.monotonic() < deadline, "no figure was being drawn after 120 s"
        time.sleep(0.05)
    os.killpg(build.pid, signal.SIGKILL)  # the build and the processes it forked to draw
    build.wait()
    build.stderr.close()
    assert list(figures_cache.glob(".partial-*")), "the killed build should have left a staging folder"

    resumed = mkdocs_build(tree / "site", project=tree, MPLBACKEND="Agg")
    assert resumed.returncode == 0, resumed.stderr
    left = [p.relative_to(tree).as_posix() for p in (tree / ".cache").rglob("*partial*")]
    assert not left, f"staging left in .cache/ after the build that followed the kill: {left}"
    after_kill = site_bytes(tree / "site")

    shutil.rmtree(tree / ".cache")
    shutil.rmtree(tree / "docs" / "notebooks")
    cold = mkdocs_build(tree / "site", project=tree, MPLBACKEND="Agg")
    assert cold.returncode == 0, cold.stderr
    uninterrupted = site_bytes(tree / "site")
    assert after_kill.keys() == uninterrupted.keys()
    different = [name for name in uninterrupted if after_kill[name] != uninterrupted[name]]
    assert not different, f"the build that followed the kill differs from an uninterrupted one in {different}"
