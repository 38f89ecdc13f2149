"""The activations torch.nn does not name (transformers' ACT2FN) are what transformers computes.

tests/test_from_scratch.py proves each page's own code equal to torch; here the library is Hugging Face
transformers. For QuickGELU, squared ReLU, xIELU, Laplace and sqrt-softplus:

- the page's from-scratch function and module (`snippets/<slug>/from_scratch.py`, loaded with
  `tests.snippet_defs.definitions`) and the torch code of its registry entry (`activations.toml`), which
  the cheat sheet, the kinks table and the explorer compute with and `tests/test_formulas.py` checks the
  page's formula against, equal `ACT2FN[key]` (or its class, built with the same
  parameters, xIELU's weights copied in) in values and autograd gradients over the whole float range:
  ±0, ±inf, ±max, ±tiny, the neighbours of every overflow threshold of exp (and of half and twice it),
  the kinks and a grid over [-20, 20], in float32 and float64 (test_from_scratch.py's inputs and
  comparison); NaN in gives what transformers gives;
- the parameter defaults the pages state are transformers' defaults;
- each GELU formula of the GELU page's table of named approximations (`snippets/gelu/named_approximations.py`,
  torch only, run by the build) equals `ACT2FN[key]`, and the class it names is the class the key builds.
"""

from __future__ import annotations

import importlib
import inspect
import math
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing here needs the network

import pytest
import torch
import transformers
from transformers.activations import ACT2CLS, ACT2FN, LaplaceActivation, XIELUActivation

from site_tools import registry
from tests.shared import DOCS, ROOT, SNIPPETS
from tests.snippet_defs import definitions
from tests.test_from_scratch import COMPARED_WITH_TRANSFORMERS, assert_matches, grid

transformers.logging.set_verbosity_error()  # XIELUActivation's notice that its optional CUDA kernel is missing

DTYPES = [torch.float32, torch.float64]
EPS = -1e-6  # xIELU's cap inside expm1


@cache
def snippet(file: str) -> dict:
    return definitions(SNIPPETS / file)


@cache
def registry_function(slug: str):
    """The entry's torch code in the registry (activations.toml), which the cheat sheet, the kinks table and
    the explorer compute with."""
    entry = registry.by_slug(registry.load())[slug]
    return registry.function(entry, {"torch": torch, "F": torch.nn.functional, "math": math})


def xielu_module(dtype, **init) -> XIELUActivation:
    return XIELUActivation(dtype=dtype, **init)


def xielu_parameters(module: XIELUActivation) -> dict:
    """The numbers transformers' xIELU computes with: alpha_p = softplus(raw), alpha_n = beta + softplus(raw)."""
    with torch.no_grad():
        return {
            "alpha_p": torch.nn.functional.softplus(module.alpha_p),
            "alpha_n": module.beta + torch.nn.functional.softplus(module.alpha_n),
            "beta": module.beta,
            "eps": module.eps,
        }


@dataclass(frozen=True)
class Case:
    id: str
    ours: object  # (x, dtype) -> y
    library: object  # (x, dtype) -> y
    kinks: tuple[float, ...] = ()


XIELU_INITS = ({}, {"alpha_p_init": 0.2, "alpha_n_init": 1.5, "beta": 0.3})


def xielu_cases() -> list[Case]:
    cases = []
    for init in XIELU_INITS:
        name = ",".join(f"{k}={v}" for k, v in init.items()) or "defaults"

        def library(x, dtype, init=init):
            return xielu_module(dtype, **init)(x)

        def module(x, dtype, init=init):  # the page's module with transformers' weights copied in
            ours = snippet("xielu/from_scratch.py")["XIELU"](dtype=dtype, **init)
            ours.load_state_dict(xielu_module(dtype, **init).state_dict())
            return ours(x)

        def function(x, dtype, init=init, fn=None):
            return (fn or snippet("xielu/from_scratch.py")["xielu"])(x, **xielu_parameters(xielu_module(dtype, **init)))

        cases += [
            Case(f"xielu/from_scratch.py:XIELU[{name}]", module, library, (0.0, EPS)),
            Case(f"xielu/from_scratch.py:xielu[{name}]", function, library, (0.0, EPS)),
            Case(
                f"activations.toml:xielu[{name}]",
                lambda x, d, function=function: function(x, d, fn=registry_function("xielu")),
                library,
                (0.0, EPS),
            ),
        ]
    return cases


# slug, the from-scratch function and module, ACT2FN key, kinks
PLAIN = [
    ("quick-gelu", "quick_gelu", "QuickGELU", "quick_gelu", ()),
    ("squared-relu", "relu_squared", "ReLUSquared", "relu2", (0.0,)),
    ("laplace", "laplace", "Laplace", "laplace", ()),
    ("sqrt-softplus", "sqrt_softplus", "SqrtSoftplus", "sqrtsoftplus", ()),
]


def plain_cases() -> list[Case]:
    cases = []
    for slug, function, module, key, kinks in PLAIN:
        file = f"{slug}/from_scratch.py"

        def library(x, dtype, key=key):
            return ACT2FN[key](x)

        cases += [
            Case(f"{file}:{function}", lambda x, d, file=file, f=function: snippet(file)[f](x), library, kinks),
            Case(f"{file}:{module}", lambda x, d, file=file, m=module: snippet(file)[m]()(x), library, kinks),
            Case(f"activations.toml:{slug}", lambda x, d, s=slug: registry_function(s)(x), library, kinks),
        ]
    # Laplace's mu and sigma are arguments of transformers' forward
    for mu, sigma in ((0.0, 1.0), (-1.5, 0.1)):
        cases.append(
            Case(
                f"laplace/from_scratch.py:Laplace(mu={mu},sigma={sigma})",
                lambda x, d, mu=mu, sigma=sigma: snippet("laplace/from_scratch.py")["Laplace"](mu, sigma)(x),
                lambda x, d, mu=mu, sigma=sigma: LaplaceActivation()(x, mu=mu, sigma=sigma),
            )
        )
    return cases


def gelu_cases() -> list[Case]:
    named = snippet("gelu/named_approximations.py")["NAMED"]
    return [
        Case(f"gelu/named_approximations.py:{key}", lambda x, d, f=f: f(x), lambda x, d, key=key: ACT2FN[key](x))
        for key, _, _, f in named
    ]


CASES = plain_cases() + xielu_cases() + gelu_cases()


def compare(case: Case, x: torch.Tensor, exact_gradient: bool = False, check_grad: bool = True):
    x = x.detach().requires_grad_(check_grad)
    ours, theirs = case.ours(x, x.dtype), case.library(x, x.dtype)
    assert ours.dtype == theirs.dtype == x.dtype, f"{case.id}: dtypes {ours.dtype}, {theirs.dtype} for {x.dtype} input"
    assert_matches(f"{case.id} value", x, ours, theirs)
    if not check_grad:
        return
    (ours_grad,) = torch.autograd.grad(ours.sum(), x)
    (their_grad,) = torch.autograd.grad(theirs.sum(), x)
    assert_matches(f"{case.id} gradient", x, ours_grad, their_grad, tol=(0.0, 0.0) if exact_gradient else None)


def params(cases=CASES):
    return [pytest.param(c, d, id=f"{c.id}-{str(d)[6:]}") for c in cases for d in DTYPES]


@pytest.mark.parametrize("case, dtype", params())
def test_values_and_gradients_match_transformers(case, dtype):
    compare(case, grid(dtype, case.kinks))


@pytest.mark.parametrize("case, dtype", params([c for c in CASES if c.kinks]))
def test_gradient_at_the_kinks_is_transformers_choice(case, dtype):
    compare(case, torch.tensor(case.kinks, dtype=dtype), exact_gradient=True)


@pytest.mark.parametrize("case, dtype", params())
def test_nan_in_gives_what_transformers_gives(case, dtype):
    compare(case, torch.tensor([math.nan, 0.0, 1.0], dtype=dtype), check_grad=False)


def test_every_from_scratch_file_of_these_pages_is_compared_here():
    files = {c.id.split(":")[0] for c in CASES if "/from_scratch.py" in c.id}
    here = {file for file, test in COMPARED_WITH_TRANSFORMERS.items() if test == Path(__file__).name}
    assert files == here, "tests/test_from_scratch.py's COMPARED_WITH_TRANSFORMERS and the files compared here differ"


def test_defaults_the_pages_state_are_transformers_defaults():
    xielu_init = inspect.signature(XIELUActivation).parameters
    ours = inspect.signature(registry_function("xielu")).parameters
    for name in ("alpha_p", "alpha_n"):
        assert ours[name].default == xielu_init[f"{name}_init"].default
    for name in ("beta", "eps"):
        assert ours[name].default == xielu_init[name].default
    assert xielu_init["dtype"].default == torch.bfloat16  # the xIELU page's pitfall
    laplace_forward = inspect.signature(LaplaceActivation.forward).parameters
    for name in ("mu", "sigma"):
        for fn in (snippet("laplace/from_scratch.py")["laplace"], registry_function("laplace")):
            assert inspect.signature(fn).parameters[name].default == laplace_forward[name].default


def test_xielu_in_bfloat16_by_default_computes_with_alphas_off_08():
    """The xIELU page: ACT2FN["xielu"] keeps its parameters in bfloat16, so alpha_p and alpha_n are 0.8008."""
    values = xielu_parameters(ACT2FN["xielu"])
    assert values["alpha_p"].dtype == torch.bfloat16
    assert f"{values['alpha_p'].item():.4f}" == f"{values['alpha_n'].item():.4f}" == "0.8008"


def test_named_approximations_name_the_class_each_key_builds():
    named = snippet("gelu/named_approximations.py")["NAMED"]
    gelu_keys = {key for key in ACT2CLS if key.startswith("gelu")} | {"quick_gelu"}
    assert {key for key, *_ in named} == gelu_keys, "the GELU page's table and ACT2FN's GELU keys differ"
    for key, cls, _, _ in named:
        assert type(ACT2FN[key]).__name__ == cls, f"ACT2FN[{key!r}] builds {type(ACT2FN[key]).__name__}, not {cls}"


# "Where you meet it" on each page: (model name as the page writes it, configuration class, attribute, value)
WHERE = {
    "quick-gelu": [
        ("CLIP", "CLIPTextConfig", "hidden_act", "quick_gelu"),
        ("CLIP", "CLIPVisionConfig", "hidden_act", "quick_gelu"),
        ("OWL-ViT", "OwlViTVisionConfig", "hidden_act", "quick_gelu"),
        ("GIT", "GitVisionConfig", "hidden_act", "quick_gelu"),
    ],
    "squared-relu": [
        ("Persimmon", "PersimmonConfig", "hidden_act", "relu2"),
        ("Nemotron", "NemotronConfig", "hidden_act", "relu2"),
        ("nanochat", "NanoChatConfig", "hidden_act", "relu2"),
    ],
    "xielu": [("Apertus", "ApertusConfig", "hidden_act", "xielu")],
    "sqrt-softplus": [("DeepSeek-V4", "DeepseekV4Config", "scoring_func", "sqrtsoftplus")],
}


@pytest.mark.parametrize("slug", sorted(WHERE))
def test_where_you_meet_it_names_models_whose_config_defaults_to_it(slug):
    text = (ROOT / "docs" / "activations" / f"{slug}.md").read_text(encoding="utf-8")
    where = text.split("## Where you meet it", 1)[1].split("\n## ", 1)[0]
    for model, config, attribute, value in WHERE[slug]:
        assert getattr(getattr(transformers, config)(), attribute) == value, f"{config}().{attribute}"
        assert model in where and f"`{config}`" in where, (
            f"docs/activations/{slug}.md: Where you meet it names no {model} / `{config}`"
        )


def test_deepseek_v4_router_scores_with_act2fn_of_scoring_func():
    source = inspect.getsource(importlib.import_module("transformers.models.deepseek_v4.modeling_deepseek_v4"))
    assert "ACT2FN[config.scoring_func]" in source


def test_no_model_configuration_defaults_to_laplace():
    """The Laplace page: no configuration in this transformers version sets "laplace" by default."""
    models = Path(transformers.__file__).parent / "models"
    found = [p.parent.name for p in models.glob("*/configuration_*.py") if '"laplace"' in p.read_text(encoding="utf-8")]
    assert not found, f"configurations mentioning 'laplace': {found}: name them on docs/activations/laplace.md"
    text = (ROOT / "docs" / "activations" / "laplace.md").read_text(encoding="utf-8")
    assert f"transformers {transformers.__version__}" in text


def test_gelu_page_names_the_configuration_defaults_it_quotes():
    """GELU page, Named approximations: GPT-2's, Gemma's and CLIP's configuration defaults."""
    text = (ROOT / "docs" / "activations" / "gelu.md").read_text(encoding="utf-8")
    for config, attribute, model in (
        ("GPT2Config", "activation_function", "GPT-2"),
        ("GemmaConfig", "hidden_act", "Gemma"),
        ("CLIPTextConfig", "hidden_act", "CLIP"),
    ):
        value = getattr(getattr(transformers, config)(), attribute)
        assert f'`{attribute}="{value}"` in {model}' in text, f"{config}().{attribute} is {value!r}"


def test_explorer_says_the_tanh_names_are_gelu_tanh_and_gelu_10_is_gelu_up_to_10():
    # docs/explorer.md: the five tanh names are F.gelu(approximate="tanh") (gelu_fast within 1e-12); gelu_10 is
    # GELU up to x = 10
    x = torch.linspace(-20, 20, 100_001, dtype=torch.float64)
    tanh_form = torch.nn.functional.gelu(x, approximate="tanh")
    for key in ("gelu_new", "gelu_accurate", "gelu_pytorch_tanh", "gelu_python_tanh"):
        assert (ACT2FN[key](x) - tanh_form).abs().max() < 1e-14, key
    assert 1e-14 < (ACT2FN["gelu_fast"](x) - tanh_form).abs().max() < 1e-12
    below = x <= 10
    assert torch.equal(ACT2FN["gelu_10"](x)[below], torch.nn.functional.gelu(x)[below])
    assert ACT2FN["gelu_10"](x).max() == 10
    page = " ".join((DOCS / "explorer.md").read_text(encoding="utf-8").split())
    assert "(`gelu_fast` within $10^{-12}$: it rounds a constant)" in page and "the same curve up to $x = 10$" in page
