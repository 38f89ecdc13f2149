"""hooks/todo_markers.py: a build with a TODO(...) left on a page, in a snippet it includes or in a table
printed on it fails once, at its end, listing each with file and line; `mkdocs serve` only warns; a page
without one passes. (tests/test_scaffold.py shows it on a real build of a scaffolded activation.)"""

import logging
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

import todo_markers

PAGE = '# Page\n\nTODO(summary) one sentence.\n\n| Formula | TODO(formula) |\n\n--8<-- "snippets/x/plot.py"\n'


def build(tmp_path, markdown: str, command: str = "build") -> None:
    (tmp_path / "snippets" / "x").mkdir(parents=True)
    (tmp_path / "snippets" / "x" / "plot.py").write_text("# TODO(plot): draw it\n", encoding="utf-8")
    config = SimpleNamespace(docs_dir=str(tmp_path / "docs"), config_file_path=str(tmp_path / "mkdocs.yml"))
    page = SimpleNamespace(file=SimpleNamespace(src_uri="activations/x.md"))
    todo_markers.on_startup(command=command, dirty=False)
    todo_markers.on_pre_build(config)
    todo_markers.on_page_markdown(markdown, page=page, config=config, files=None)
    todo_markers.on_post_build(config)


def test_every_todo_is_listed_with_file_and_line(tmp_path):
    with pytest.raises(PluginError) as failure:
        build(tmp_path, PAGE)
    assert str(failure.value).splitlines()[1:] == [
        "docs/activations/x.md:3: TODO(summary) one sentence.",
        "docs/activations/x.md:5: TODO(formula)",
        "snippets/x/plot.py:1: TODO(plot): draw it",
    ]


def test_serve_warns_and_a_page_without_todo_passes(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="mkdocs.hooks.todo_markers"):
        build(tmp_path / "serve", PAGE, command="serve")
    assert "docs/activations/x.md:3: TODO(summary)" in caplog.text
    build(tmp_path / "done", "# Page\n\nOne sentence, and the word TODO alone is prose.\n")
