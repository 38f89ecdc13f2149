"""Add an activation: `make new-activation NAME=<slug> CLASS=<class>` (python -m site_tools.new_activation).

CLASS is a torch.nn class (`torch.nn.Tanhshrink`, `nn.Tanhshrink` or `Tanhshrink`), a torch function
(`torch.nn.functional.tanhshrink`, `torch.special.expit`) or a key of transformers' ACT2FN (`quick_gelu`).
It writes, from the class's signature (parameter names and defaults from inspect.signature):

- docs/activations/<slug>.md and its Vietnamese twin .vi.md, with the sections of the page template
  (/work/shared/PAGE_TEMPLATE.md), the figure and the snippets included;
- snippets/<slug>/functional.py, module.py, plot.py (f and its autograd derivative) and from_scratch.py,
  which run, with their printed output written under each print (`#>`);
- its entry in activations.toml, in its family (FAMILY=, by default the family of an entry that computes
  the same class, else the last one).

Where a person must write (prose, formula, claims, ...) it writes a marker `TODO(<what>)`: the build fails
on each one left on a page (hooks/todo_markers.py), and tests/test_coverage.py on each one left in the
registry. It refuses a slug that is taken and a class it cannot find, saying why.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# Constructor parameters that are not the activation's own: where to allocate, a memory trick, deprecated aliases.
NOT_PARAMETERS = {"self", "inplace", "device", "dtype", "min_value", "max_value", "input", "x"}
INPUT = "torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])"


class ScaffoldError(Exception):
    pass


@dataclass
class Activation:
    """What the scaffold knows of the class: how the snippets and the registry call it."""

    title: str  # the page's title and nav entry
    kind: str  # "module" (a torch.nn class), "function" (a torch function) or "act2fn" (transformers)
    module: str | None  # "nn.Tanhshrink"
    function: str | None  # "F.tanhshrink" or "torch.special.expit"
    act2fn: str | None  # transformers' key
    parameters: dict[str, object]  # name -> default (inspect.Parameter.empty: none)

    @property
    def python_name(self) -> str:
        return re.sub(r"\W+", "_", self.title.lower()).strip("_")


def signature_parameters(callable_) -> dict[str, object]:
    try:
        parameters = inspect.signature(callable_).parameters.values()
    except (TypeError, ValueError):  # a builtin without a signature (F.hardshrink): none known
        return {}
    return {
        p.name: p.default
        for p in parameters
        if p.name not in NOT_PARAMETERS and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    }


def resolve(spec: str, title: str | None) -> Activation:
    """The class or function CLASS names, or ScaffoldError saying what was looked for."""
    import torch
    from torch import nn

    name = spec.removeprefix("torch.nn.").removeprefix("nn.")
    if "." not in name and isinstance(getattr(nn, name, None), type) and issubclass(getattr(nn, name), nn.Module):
        functional = name.lower() if hasattr(torch.nn.functional, name.lower()) else None
        return Activation(
            title=title or name,
            kind="module",
            module=f"nn.{name}",
            function=f"F.{functional}" if functional else None,
            act2fn=None,
            parameters=signature_parameters(getattr(nn, name)),
        )
    if spec.startswith("torch."):
        module_name, _, attribute = spec.rpartition(".")
        try:
            found = getattr(importlib.import_module(module_name), attribute)
        except (ImportError, AttributeError):
            found = None
        if callable(found):
            shown = spec.replace("torch.nn.functional.", "F.")
            return Activation(title or attribute, "function", None, shown, None, signature_parameters(found))
    if re.fullmatch(r"\w+", spec):
        from transformers.activations import ACT2CLS

        if spec in ACT2CLS:
            cls = ACT2CLS[spec]
            cls = cls[0] if isinstance(cls, tuple) else cls
            return Activation(title or spec, "act2fn", None, None, spec, signature_parameters(cls))
    raise ScaffoldError(
        f"CLASS={spec}: no torch.nn class, torch function or transformers ACT2FN key of that name "
        "(e.g. CLASS=torch.nn.Tanhshrink, CLASS=torch.special.expit, CLASS=quick_gelu)"
    )


def literal(value) -> str:
    return "None" if value is inspect.Parameter.empty else repr(value)


def call_arguments(activation: Activation) -> str:
    """The parameters as keyword arguments at their defaults (a parameter without one gets a TODO value)."""
    return ", ".join(f"{name}={literal(default)}" for name, default in activation.parameters.items())


def construction(activation: Activation) -> str:
    """The line that builds the activation as a callable."""
    if activation.kind == "module":
        return f"{activation.module}({call_arguments(activation)})"
    if activation.kind == "act2fn":
        return f'ACT2FN["{activation.act2fn}"]'
    return f"lambda x: {applied(activation, 'x', '')}"


def imports(activation: Activation, functional: bool = False) -> str:
    lines = ["import torch"]
    if functional and activation.function and activation.function.startswith("F."):
        lines.append("import torch.nn.functional as F")
    if activation.kind == "module":
        lines.append("from torch import nn")
    if activation.kind == "act2fn":
        lines.append("from transformers.activations import ACT2FN  # needs transformers")
    return "\n".join(lines) + "\n"


def applied(activation: Activation, variable: str, name: str) -> str:
    """The activation applied to `variable`: `name(x)` where the snippet built a module called `name`."""
    if activation.kind == "module":
        return f"{name}({variable})"
    if activation.kind == "act2fn":
        return f'ACT2FN["{activation.act2fn}"]({variable})'
    arguments = call_arguments(activation)
    return f"{activation.function}({variable}{', ' + arguments if arguments else ''})"


def snippets(activation: Activation) -> dict[str, str]:
    """functional.py, module.py, plot.py and from_scratch.py, without their #> lines."""
    name, title = activation.python_name, activation.title
    built = f"{name} = {construction(activation)}\n" if activation.kind == "module" else ""
    if activation.function:
        arguments = call_arguments(activation)
        functional = f"{activation.function}(x{', ' + arguments if arguments else ''})"
    else:
        functional = applied(activation, "x", name)
    files = {
        "functional.py": f"{imports(activation, functional=True)}\nx = {INPUT}\nprint({functional})\n",
        "module.py": (
            f"{imports(activation)}\n{built}print({name})\nx = {INPUT}\nprint({name}(x))\n"
            if activation.kind == "module"
            else f"{imports(activation, functional=True)}\n# TODO(module): torch has no module for it: show it in a "
            f"model (nn.Sequential, or your own nn.Module), or remove this tab\nx = {INPUT}\nprint({functional})\n"
        ),
        "plot.py": (
            f"import matplotlib.pyplot as plt\n{imports(activation, functional=True)}\n{built}"
            + (
                "# TODO(plot): the build never imports transformers: draw the formula in torch ops instead\n"
                if activation.kind == "act2fn"
                else ""
            )
            + "x = torch.linspace(-4, 4, 801, requires_grad=True)\n"
            f"y = {applied(activation, 'x', name)}\n"
            "(dy_dx,) = torch.autograd.grad(y.sum(), x)  # the derivative, from autograd\n\n"
            "fig, ax = plt.subplots()\n"
            f'ax.plot(x.detach(), y.detach(), label="{title}(x)")\n'
            f'ax.plot(x.detach(), dy_dx, label="{title}′(x) (autograd)", linestyle="--")\n'
            'ax.set_xlabel("x")\nax.legend()\nplt.show()\n'
        ),
    }
    signature = "".join(f", {n}: float = {literal(d)}" for n, d in activation.parameters.items())
    keywords = ", ".join(f"{n}={n}" for n in activation.parameters)
    reference = {
        "module": f"{activation.module}({keywords})(x)",
        "function": f"{activation.function}(x{', ' + keywords if keywords else ''})",
        "act2fn": f'ACT2FN["{activation.act2fn}"](x)',
    }[activation.kind]
    builtin = construction(activation) if activation.kind != "function" else activation.function
    files["from_scratch.py"] = (
        f"{imports(activation, functional=True)}\n\n"
        f"def {name}(x: torch.Tensor{signature}) -> torch.Tensor:\n"
        f"    # TODO(from_scratch): the formula in a few torch ops; until then, torch's own {title}\n"
        f"    return {reference}\n\n\n"
        "grid = torch.linspace(-10, 10, 2001, dtype=torch.float64)\n"
        f"torch.testing.assert_close({name}(grid), {applied(activation, 'grid', construction(activation))})\n"
        f"print({'matches ' + builtin.split('(')[0] if activation.kind == 'module' else 'matches ' + builtin!r})\n"
    )
    return {file: without_unused_imports(text) for file, text in files.items()}


def without_unused_imports(text: str) -> str:
    """The snippet without an import of F or nn it does not use (ruff lints snippets)."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith(("import ", "from ")))
    unused = [
        line
        for line, name in (("import torch.nn.functional as F", "F."), ("from torch import nn", "nn."))
        if name not in body
    ]
    return "".join(line + "\n" for line in text.splitlines() if line not in unused)


def parameters_row(activation: Activation) -> str:
    if not activation.parameters:
        return f"none: `{construction(activation)}` takes no arguments" if activation.kind == "module" else "none"
    return ", ".join(f"`{name}={literal(default)}`" for name, default in activation.parameters.items())


def api_row(activation: Activation) -> str:
    if activation.kind == "act2fn":
        return f'none in torch; transformers: `ACT2FN["{activation.act2fn}"]` (TODO(api): its class)'
    names = [activation.function.replace("F.", "torch.nn.functional.")] if activation.function else []
    if activation.module:
        names.append(f"torch.{activation.module}")
    return ", ".join(f"`{n}`" for n in names)


PAGE = """---
description: TODO(description) one line on what {title} computes in PyTorch, for search results and share cards.
---

# {title}

TODO(summary) one sentence: what {title} does, in plain words.

## At a glance

| Property | {title} |
|---|---|
| Formula | TODO(formula) |
| Derivative | TODO(derivative) |
| Range | TODO(range) |
| Value and slope at 0 | TODO(at_zero) |
| Monotonic | TODO(monotonic) |
| Zero-centred | TODO(zero_centred) |
| Smoothness | TODO(smoothness) |
| Saturates | TODO(saturates) |
| Dead zone | TODO(dead_zone) |
| Parameters | {parameters} |
| PyTorch API | {api} |

## Definition

TODO(definition) the function and its derivative as display math, with one line of intuition each.

## Figure

![TODO(alt) say what the plot shows](figure:snippets/{slug}/plot.py)

## Using it in PyTorch

=== "Functional"

    ```python
    --8<-- "snippets/{slug}/functional.py"
    ```

=== "Module"

    ```python
    --8<-- "snippets/{slug}/module.py"
    ```

## Implement it yourself

TODO(implement) a from-scratch version in a few torch ops, checked against the built-in.

```python
--8<-- "snippets/{slug}/from_scratch.py"
```

## Gradients and behaviour

TODO(gradients) what the derivative does and why it matters, with a few numbers from autograd.

## Pitfalls

TODO(pitfalls) the mistakes people make with it in PyTorch, each with a snippet that shows the right way.

## When to use it

TODO(when) typical places, alternatives, links to the related pages and to the [cheat sheet](../cheat-sheet.md).

## References

TODO(references) the paper that introduced it, and PyTorch's documentation.
"""

# The Vietnamese twin: the same blocks, figures, headings (with the English ids) and links; its TODOs
# are translated when the English page is written.
PAGE_VI = """---
description: TODO(description) {title} trong PyTorch.
---

# {title} {{#{slug}}}

TODO(summary)

## Tổng quan nhanh {{#at-a-glance}}

| Tính chất | {title} |
|---|---|
| Công thức | TODO(formula) |
| Đạo hàm | TODO(derivative) |
| Miền giá trị | TODO(range) |
| Giá trị và độ dốc tại 0 | TODO(at_zero) |
| Đơn điệu | TODO(monotonic) |
| Có tâm tại 0 | TODO(zero_centred) |
| Độ trơn | TODO(smoothness) |
| Bão hoà | TODO(saturates) |
| Vùng chết | TODO(dead_zone) |
| Tham số | {parameters} |
| API của PyTorch | {api} |

## Định nghĩa {{#definition}}

TODO(definition)

## Đồ thị {{#figure}}

![TODO(alt)](figure:snippets/{slug}/plot.py)

## Dùng trong PyTorch {{#using-it-in-pytorch}}

=== "Dạng hàm"

    ```python
    --8<-- "snippets/{slug}/functional.py"
    ```

=== "Dạng module"

    ```python
    --8<-- "snippets/{slug}/module.py"
    ```

## Tự lập trình {{#implement-it-yourself}}

TODO(implement)

```python
--8<-- "snippets/{slug}/from_scratch.py"
```

## Gradient và hành vi {{#gradients-and-behaviour}}

TODO(gradients)

## Những lỗi thường gặp {{#pitfalls}}

TODO(pitfalls)

## Khi nào nên dùng {{#when-to-use-it}}

TODO(when) [bảng tra nhanh](../cheat-sheet.md)

## Tài liệu tham khảo {{#references}}

TODO(references)
"""


def registry_entry(slug: str, family: str, activation: Activation) -> str:
    """The entry's TOML: what it can know from torch written out, the rest TODO (see activations.toml's header)."""
    torch_code = construction(activation)
    if activation.kind == "act2fn":
        keywords = "".join(f", {n}={literal(d)}" for n, d in activation.parameters.items())
        torch_code = f"lambda x{keywords}: x  # TODO(torch) the formula in torch (transformers is not imported)"
    lines = [
        "",
        "[[activation]]",
        f"slug = '{slug}'",
        f"name = '{activation.title}'",
        f"family = '{family}'",
        *([f"act2fn = '{activation.act2fn}'"] if activation.act2fn else []),
        f"torch = '{torch_code}'" if "'" not in torch_code else f'torch = "{torch_code}"',
    ]
    if activation.kind == "module" and activation.function and activation.function[2:] != activation.module[3:].lower():
        lines.append(f"functional = '{activation.function[2:]}'")
    defaults = [f"    ['{activation.module}', '{n}', {literal(d)!s}]," for n, d in activation.parameters.items()]
    lines += [
        "",
        "[activation.cheat_sheet]",
        "formula = 'TODO(cheat_sheet_formula)'",
        "derivative = 'TODO(cheat_sheet_derivative)'",
        "smoothness = 'TODO(cheat_sheet_smoothness)'",
        "range = 'TODO(cheat_sheet_range)'",
        "",
        "[activation.kinks]",
        "# its kinks and branch points (tests/test_kinks.py finds where autograd's slope jumps and compares)",
        "points = []",
        "",
        "[activation.from_scratch]",
        "# tests/test_from_scratch.py compares it with `torch` above, in values and gradients over the float range",
        f"name = '{activation.python_name}'",
        "",
        "[activation.claims]",
        "formula = 'TODO(claims.formula) LaTeX, as on the page'",
        "f = 'TODO(claims.f) that formula in torch, an expression in x'",
        "derivative = 'TODO(claims.derivative) LaTeX, as on the page'",
        "df = 'TODO(claims.df) that derivative in torch, an expression in x'",
        "value_at_0 = 'TODO(claims.value_at_0)'",
        "slope_at_0 = 'TODO(claims.slope_at_0)'",
        "range = ['TODO(claims.range) low', 'high']",
        "defaults = [\n" + "\n".join(defaults) + "\n]" if defaults else "defaults = []",
    ]
    return "\n".join(lines).replace("True]", "true]").replace("False]", "false]") + "\n"


def family_of(data: dict, activation: Activation, asked: str | None) -> str:
    if asked:
        if asked not in data["families"]:
            raise ScaffoldError(f"FAMILY={asked}: not one of the registry's families {data['families']}")
        return asked
    if activation.module:
        for entry in data["activation"]:
            if entry.get("torch", "").startswith(f"{activation.module}("):
                return entry["family"]
    return data["families"][-1]


def insert_entry(registry_text: str, family: str, families: list[str], entry: str) -> str:
    """The registry with the entry after the last one of its family (before the next family's heading)."""
    later = families[families.index(family) + 1 :]
    for heading in (f"# === {name} " for name in later):
        at = registry_text.find(heading)
        if at != -1:
            return registry_text[:at].rstrip("\n") + "\n" + entry + "\n" + registry_text[at:]
    return registry_text.rstrip("\n") + "\n" + entry


def write_outputs(paths: list[Path]) -> None:
    """Run each snippet alone and write what it prints under each print (as `make update-outputs` does)."""
    sys.path.insert(0, str(ROOT))
    from tests.snippet_outputs import run_snippet, with_outputs

    for path in paths:
        run = run_snippet(path)
        if run.returncode != 0:
            raise ScaffoldError(f"{path.relative_to(ROOT)} does not run:\n{run.stderr}")
        path.write_text(with_outputs(path, run), encoding="utf-8")


def scaffold(root: Path, slug: str, spec: str, family: str | None = None, title: str | None = None) -> list[Path]:
    """Write the page pair, the snippet folder and the registry entry; the paths written."""
    sys.path.insert(0, str(root))
    from site_tools import registry

    if not SLUG.match(slug):
        raise ScaffoldError(f"NAME={slug}: a slug is lower-case words joined by hyphens (e.g. leaky-relu)")
    data = registry.load(root / "activations.toml")
    page, folder = root / "docs" / "activations" / f"{slug}.md", root / "snippets" / slug
    taken = [str(p.relative_to(root)) for p in (page, folder) if p.exists()]
    if slug in registry.by_slug(data) or taken:
        where = ", ".join(taken + (["activations.toml"] if slug in registry.by_slug(data) else []))
        raise ScaffoldError(f"NAME={slug}: the slug is taken ({where}); choose another or edit those")
    activation = resolve(spec, title)
    family = family_of(data, activation, family)

    registry_path = root / "activations.toml"
    before = registry_path.read_text(encoding="utf-8")
    try:
        return write(root, slug, family, activation, data["families"])
    except BaseException:  # leave nothing half-written: the next try finds the slug free
        shutil.rmtree(folder, ignore_errors=True)
        for path in (page, page.with_suffix(".vi.md")):
            path.unlink(missing_ok=True)
        registry_path.write_text(before, encoding="utf-8")
        raise


def write(root: Path, slug: str, family: str, activation: Activation, families: list[str]) -> list[Path]:
    from site_tools import registry

    page, folder = root / "docs" / "activations" / f"{slug}.md", root / "snippets" / slug
    folder.mkdir(parents=True)
    written = []
    for name, text in snippets(activation).items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    values = {
        "title": activation.title,
        "slug": slug,
        "parameters": parameters_row(activation),
        "api": api_row(activation),
    }
    page.write_text(PAGE.format(**values), encoding="utf-8")
    page.with_suffix(".vi.md").write_text(PAGE_VI.format(**values), encoding="utf-8")
    from tests.translations import stamp

    stamp(page.with_suffix(".vi.md"))  # it translates the page as written now: editing that page makes it stale
    registry_path = root / "activations.toml"
    entry = registry_entry(slug, family, activation)
    registry_path.write_text(
        insert_entry(registry_path.read_text(encoding="utf-8"), family, families, entry), encoding="utf-8"
    )
    registry.load(registry_path)  # what it wrote reads back
    write_outputs([p for p in written if p.name != "plot.py"])
    return [page, page.with_suffix(".vi.md"), *written, registry_path]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make new-activation", description=__doc__.split("\n\n")[0])
    parser.add_argument("slug", help="NAME: the page's slug, docs/activations/<slug>.md")
    parser.add_argument("spec", help="CLASS: torch.nn.<Class>, a torch function, or a transformers ACT2FN key")
    parser.add_argument("--family", help="FAMILY: its nav section (default: that of its class, else the last)")
    parser.add_argument("--title", help="TITLE: its name in the nav and on the page (default: the class's)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # the tests' fixture tree
    args = parser.parse_args(argv)
    try:
        written = scaffold(args.root.resolve(), args.slug, args.spec, args.family, args.title)
    except ScaffoldError as exc:
        print(f"make new-activation: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path.relative_to(args.root.resolve())}")
    print(
        "Now replace every TODO(...) (grep -rn 'TODO(' docs snippets activations.toml), then run the tests "
        "CONTRIBUTING.md names."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
