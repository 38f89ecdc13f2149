"""Each notebook runs top to bottom in a fresh kernel, within 25 CPU-seconds, and the numbers it computes
support the conclusion it states, on the native CPU path and on the scalar one with one thread (the
two ends of what a reader's machine may run; see hooks/cpu_paths.py). A notebook keeps its key
numbers in a dict named RESULTS, in a cell tagged "remove-cell" (hidden on the site); a sentence
that quotes a number the run computed renders it from the run (a cell tagged "remove-input").
The Vietnamese notebook (hooks/notebooks.py: the English code with its comments and strings translated)
is executed on its own for the Vietnamese pages, so its run is checked the same way.
"""

import asyncio
import json
import os
from pathlib import Path

import jupytext
import nbformat
import pytest

import content_cache
import notebooks  # hooks/notebooks.py: the tests run a notebook the way the build does
import plot_styles
from cpu_paths import CPU_PATHS, NATIVE
from tests.shared import ROOT, TRANSLATION, english_notebooks

NOTEBOOKS = english_notebooks()
# What a notebook may cost: CPU time in its kernel, all threads (starting the kernel adds 2-3 s). Not the time
# on the clock: the tests run it beside the browser tests on two cores, where it can take more than twice that.
CPU_LIMIT = 25  # CPU-seconds: with the kernel's start, under 30 s on two cores
# Each notebook takes 10-15 s, so it runs on two paths, not on every path the snippets run on.
NOTEBOOK_PATHS = [NATIVE, "scalar, 1 thread"]
EDITIONS = [notebooks.ENGLISH, TRANSLATION]


def check_why_nonlinearity(r):
    activated = {k: r[f"accuracy_mlp_{k}"] for k in ("relu", "tanh", "gelu")}
    assert r["accuracy_linear"] <= 0.85, f"logistic regression should fail on two spirals: {r['accuracy_linear']}"
    assert min(activated.values()) >= 0.97, f"every MLP with an activation should solve it: {activated}"
    assert r["no_activation_collapses_to_linear"], "an MLP without activation should equal one linear map"
    assert r["accuracy_mlp_no_activation"] <= r["accuracy_linear"] + 0.01, (
        "an MLP without activation should be no better than logistic regression"
    )
    assert r["accuracy_mlp_no_activation"] <= 0.85
    # the numbers the conclusion quotes: about 0.75 and 0.74, above 0.99
    assert 0.7 <= r["accuracy_mlp_no_activation"] <= r["accuracy_linear"] <= 0.8
    assert min(activated.values()) > 0.99


def check_vanishing_gradients(r):
    ratio = r["ratio_first_to_last"]
    assert r["depth"] == 20 and len(r["gradient_norms"]["sigmoid/default"]) == 20
    assert abs(r["max_slope"]["sigmoid"] - 0.25) < 1e-3, "sigmoid's derivative peaks at 1/4"
    # sigmoid: the first layer's gradient is orders of magnitude below the last layer's, with either init
    assert ratio["sigmoid/default"] <= 1e-2 and ratio["sigmoid/suited"] <= 1e-2, ratio
    assert ratio["sigmoid/suited"] <= 1e-10, "the conclusion says more than 10^12 times smaller"
    # ReLU with Kaiming (and tanh with Xavier, GELU with Kaiming) stays within 10x
    for key in ("ReLU/suited", "tanh/suited", "GELU/suited"):
        assert 0.1 <= ratio[key] <= 10, (key, ratio[key])
    # PyTorch's default nn.Linear init vanishes at depth 20 for every activation, ReLU by more than 1e6
    for name in ("sigmoid", "tanh", "ReLU", "GELU"):
        assert ratio[f"{name}/default"] <= 1e-2, (name, ratio[f"{name}/default"])
    assert ratio["ReLU/default"] <= 1e-6
    # what the figure's alt text says: default init, sigmoid falls by ~17 orders of magnitude, ReLU and GELU by
    # 6 to 9, tanh by ~4; suited init, sigmoid still by ~12 while the others stay nearly flat
    assert 1e-18 <= ratio["sigmoid/default"] <= 1e-16 and 1e-14 <= ratio["sigmoid/suited"] <= 1e-12, ratio
    assert 1e-10 <= ratio["GELU/default"] <= ratio["ReLU/default"] <= 1e-6, ratio
    assert 1e-5 <= ratio["tanh/default"] <= 1e-3, ratio
    # residual connections and batch normalisation, from the default init
    arch, arch_norms = r["architecture_ratio"], r["architecture_gradient_norms"]
    for name in ("sigmoid", "tanh"):
        assert arch[f"{name}/plain"] == ratio[f"{name}/default"], "the plain network is the default-init one"
        for variant in ("BatchNorm", "residual + BatchNorm"):
            values = arch_norms[f"{name}/{variant}"]
            # "within a factor of 10 of every other layer's", sigmoid included
            assert len(values) == 20 and max(values) <= 10 * min(values), (name, variant, values)
    # residual connections alone: tanh's ratio near 1; sigmoid's far above its plain 1e-17, but below 1 because
    # its positive outputs pile up along the residual sum (each block adds about 1/2 per coordinate)
    assert 0.1 <= arch["tanh/residual"] <= 10, arch
    assert 1e-4 <= arch["sigmoid/residual"] <= 1e-2, arch
    assert 0.4 * 19 <= r["residual_sigmoid_stream_mean"] <= 0.6 * 19, r["residual_sigmoid_stream_mean"]
    # "the identity path carries the gradient back to layer 1 undiminished"
    assert 0.8 <= r["residual_sigmoid_input_to_stream_gradient"] <= 2, r["residual_sigmoid_input_to_stream_gradient"]


def check_dying_relu(r):
    dead = r["dead_final"]
    assert all(v == 0 for v in r["dead_at_init"].values()), r["dead_at_init"]
    assert dead["ReLU"] > 0.3, f"ReLU's dead fraction should be large: {dead['ReLU']}"
    assert dead["ReLU"] > dead["Leaky ReLU"] and dead["ReLU"] > dead["ELU"], dead
    assert dead["Leaky ReLU"] == 0, "Leaky ReLU outputs 0 only at exactly 0: no unit can be dead"
    assert dead["ELU"] == 0 and r["no_gradient_final"]["ELU"] == 0, "no ELU unit should die or saturate"
    # dead units (output 0 on every training input) stay dead after the learning rate is lowered, and get no
    # gradient at all: on the whole training set their incoming weights' gradient is exactly 0, while live
    # units' is not
    assert dead["ReLU"] >= 0.9 * r["dead_after_high_lr"]["ReLU"], (r["dead_after_high_lr"], dead)
    assert r["relu_revived"] <= 0.1 * r["relu_dead_after_high_lr_count"], r["relu_revived"]
    assert r["no_gradient_final"]["ReLU"] == dead["ReLU"]
    assert r["relu_max_pre_activation_of_dead"] < 0
    assert r["relu_dead_incoming_gradient"] == 0 and r["relu_alive_incoming_gradient_median"] > 0
    # what the alt text says ("more than a fifth within the first 10 steps"; 27 % here on both CPU paths)
    assert 0.2 < r["relu_dead_after_10_steps"] <= 0.4, r["relu_dead_after_10_steps"]
    # Most dead units are in the second layer. Whether the first loses any depends on the CPU path (none
    # natively on Intel AVX-512; 1.6 % on the scalar path of an AMD EPYC): the sentence is rendered from
    # the run and covers both cases.
    first, second = r["relu_dead_per_layer"]
    assert second > 0.6 and first < 0.1, r["relu_dead_per_layer"]
    # The lr=4 run is chaotic: 43 % dead natively here, 45 % on the scalar path, 46 % on an AMD AVX2 machine.
    # The text renders the run's own number; what it says of it must hold on every path.
    assert 0.3 <= dead["ReLU"] <= 0.6, dead
    mse = r["final_mse"]
    assert mse["ReLU"] > max(mse["Leaky ReLU"], mse["ELU"]), mse


def check_softmax_in_practice(r):
    assert r["naive_is_nan"] and r["naive_small_is_nan"], "the naive softmax should give nan at logits of +-1000"
    assert r["torch_softmax_finite"] and r["stable_matches_torch"]
    assert r["naive_logsumexp_is_inf"] and r["logsumexp_matches_torch"]
    entropy, top = r["entropy"], r["max_probability"]
    assert r["temperatures"] == sorted(r["temperatures"])
    assert all(a < b for a, b in zip(entropy, entropy[1:])), f"entropy should rise with temperature: {entropy}"
    assert all(a > b for a, b in zip(top, top[1:])), f"the top probability should fall with temperature: {top}"
    assert r["temperature_keeps_ranking"]
    # softmax before CrossEntropyLoss: bounded below by log(1 + 2/e), smaller gradient
    assert abs(r["wrong_loss_bound"] - 0.5514) < 1e-3
    assert r["wrong_loss_bound"] <= r["wrong_loss_confident"] < r["wrong_loss_bound"] + 1e-3
    assert r["right_loss_confident"] < 1e-3
    assert r["lowest_reported_loss_wrong"] >= r["wrong_loss_bound"]
    assert r["gradient_ratio_wrong_to_right"] < 0.5
    g = r["confidently_wrong_gradient"]
    assert g["softmax first"] < 1e-3 * g["right"], g
    # the wrong one trains slower: higher test cross-entropy after 50 and 100 steps, later to 90 %
    loss, steps = r["test_loss_at"], r["steps_to_90_accuracy"]
    assert loss["softmax first"]["50"] > loss["right"]["50"] + 0.03, loss
    assert loss["softmax first"]["100"] > loss["right"]["100"], loss
    assert steps["softmax first"] >= 2 * steps["right"], steps
    # ... and on this easy problem catches up in accuracy by the end
    assert abs(r["final_accuracy"]["softmax first"] - r["final_accuracy"]["right"]) < 0.01


# One check per notebook: the claims of its final cell, asserted on the numbers it computed.
CLAIMS = {
    "why_nonlinearity": check_why_nonlinearity,
    "vanishing_gradients": check_vanishing_gradients,
    "dying_relu": check_dying_relu,
    "softmax_in_practice": check_softmax_in_practice,
}


def run_notebook(
    path: Path, workdir: Path, cpu_path: str = NATIVE, edition: str = notebooks.ENGLISH
) -> tuple[dict, float]:
    """One edition's RESULTS and the CPU-seconds its kernel used, run on the given CPU path (a translation's
    RESULTS with its translated labels put back in English, so the English checks read them). On the native
    path, its outputs must be the ones the build keeps for it (a run of the same notebook on the same machine
    gives the same bytes), when the build has run it."""
    notebook, _ = notebooks.notebook_in(path, edition)
    notebook.cells.append(
        nbformat.v4.new_code_cell(
            "import json, resource\n"
            "used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]\n"
            "print(json.dumps({'results': RESULTS, 'cpu': sum(u.ru_utime + u.ru_stime for u in used)}))"
        )
    )
    env = {**os.environ, **CPU_PATHS[cpu_path]}
    run = asyncio.run(notebooks.execute(notebook, plot_styles.style("light"), workdir, env=env))
    printed = json.loads("".join(o.get("text", "") for o in run.cells[-1].outputs if o.output_type == "stream"))
    if cpu_path == NATIVE:
        built = (
            content_cache.folder(ROOT, "notebooks")
            / notebooks.cache_key(path, edition)
            / notebooks.ipynb_name(path, edition)
        )
        if built.is_file():
            assert outputs(run.cells[:-1]) == outputs(nbformat.read(built, as_version=4).cells), (
                f"{path.name}: not reproducible: run again, it gives other outputs than the build's run ({built})"
            )
    table = {} if edition == notebooks.ENGLISH else notebooks.code_table(path, edition)
    return in_english(printed["results"], table), printed["cpu"]


def in_english(value, table: dict[str, str]):
    """RESULTS with each translated label in its strings (a key such as "sigmoid/thường") back in English."""
    if isinstance(value, dict):
        return {in_english(k, table): in_english(v, table) for k, v in value.items()}
    if isinstance(value, list):
        return [in_english(v, table) for v in value]
    if isinstance(value, str):
        for english, translated in sorted(table.items(), key=lambda entry: -len(entry[1])):
            if english != translated:
                value = value.replace(translated, english)
    return value


def test_translated_results_are_read_back_in_english():
    table = {"plain": "thường", "residual": "phần dư", "residual + BatchNorm": "phần dư + BatchNorm", "dead": "dead"}
    results = {"ratio": {"sigmoid/thường": 1e-17, "tanh/phần dư + BatchNorm": 0.25}, "order": ["phần dư", "dead"]}
    assert in_english(results, table) == {
        "ratio": {"sigmoid/plain": 1e-17, "tanh/residual + BatchNorm": 0.25},
        "order": ["residual", "dead"],
    }


def outputs(cells) -> list[list[dict]]:
    """Each cell's outputs without their execution counts."""
    return [[{k: v for k, v in o.items() if k != "execution_count"} for o in c.get("outputs", [])] for c in cells]


def test_every_notebook_has_its_claims_checked():
    assert {p.stem for p in NOTEBOOKS} == set(CLAIMS), "add the notebook's checks to CLAIMS (or remove stale ones)"


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("cpu_path", NOTEBOOK_PATHS)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_fast_and_its_numbers_support_its_conclusion(path, cpu_path, edition, tmp_path, result_cache):
    # Its inputs: the notebook's text (and a translation's prose and table) and the CPU path; on the native path
    # also the plot style it runs under, whose figures are compared with the build's (the other path's figures
    # are compared with nothing, and a style that made drawing slow would fail the native run's CPU limit too).
    # The hook that runs it (hooks/notebooks.py) and hooks/cpu_paths.py are imported here, so they are in its
    # kept result's key.
    inputs = [path]
    if edition != notebooks.ENGLISH:
        inputs += [notebooks.translations_of(path)[edition], notebooks.table_path(path, edition)]
    style = [plot_styles.style("light")] if cpu_path == NATIVE else []
    result_cache.skip_if_passed_with(ROOT, cpu_path=cpu_path)
    result_cache.keep_if_passed(ROOT, [p.relative_to(ROOT) for p in [*inputs, *style]], cpu_path=cpu_path)
    results, cpu_seconds = run_notebook(path, tmp_path, cpu_path, edition)
    assert cpu_seconds < CPU_LIMIT, (
        f"{path.name} ({edition}) used {cpu_seconds:.1f} CPU-seconds in its kernel ({cpu_path})"
    )
    CLAIMS[path.stem](results)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_test_only_cells_are_hidden_and_prose_does_not_hard_code_results(path):
    """RESULTS is for the tests: its cell is hidden on the site (the downloaded .ipynb keeps it). A cell
    that renders a sentence hides its code, and no Markdown cell quotes a percentage of the run."""
    cells = jupytext.read(path).cells
    results = [c for c in cells if c.cell_type == "code" and "RESULTS = {" in c.source]
    assert len(results) == 1, f"{path.name}: one cell defines RESULTS"
    assert "remove-cell" in results[0].metadata.get("tags", []), f'{path.name}: tag the RESULTS cell "remove-cell"'
    for cell in cells:
        renders_prose = cell.cell_type == "code" and "Markdown(f" in cell.source
        if renders_prose:
            assert "remove-input" in cell.metadata.get("tags", []), (
                f'{path.name}: tag the cell "remove-input":\n{cell.source[:80]}'
            )


def test_the_cache_key_covers_what_changes_an_executed_notebook(monkeypatch, tmp_path):
    """mkdocs-jupyter only renders; the hook's own cache must not serve a run made with another torch, plot
    style, CPU path or hook. (MPLBACKEND is not in the key: the hook forces the inline backend, which
    test_build's figure checks prove on a build made with MPLBACKEND=Agg set by conftest.py.)"""
    source = NOTEBOOKS[0]
    before = notebooks.cache_key(source)
    assert notebooks.cache_key(source) == before

    real = notebooks.content_cache.library_version
    monkeypatch.setattr(notebooks.content_cache, "library_version", lambda name: real(name) + b".post1")
    assert notebooks.cache_key(source) != before, "a library upgrade must re-execute the notebook"
    monkeypatch.undo()
    # another value than the one this run has (the suite also runs with ATEN_CPU_CAPABILITY=default set)
    other = "avx2" if os.environ.get("ATEN_CPU_CAPABILITY") == "default" else "default"
    monkeypatch.setenv("ATEN_CPU_CAPABILITY", other)
    assert notebooks.cache_key(source) != before, "another CPU path must re-execute the notebook"
    monkeypatch.undo()
    styles = tmp_path / "plot_style"
    styles.mkdir()
    for style in plot_styles.STYLE_DIR.glob("*.mplstyle"):
        (styles / style.name).write_text(style.read_text() + "\nlines.linewidth: 3\n")
    monkeypatch.setattr(plot_styles, "STYLE_DIR", styles)
    assert notebooks.cache_key(source) != before, "a plot style change must redraw the notebook's figures"
