"""docs/activations-in-models.md and docs/activations/gated-ffn.md against Hugging Face transformers.

- Every key of transformers' ACT2FN is mapped by the page's ACT2FN table to the page (and section) that
  explains it, with the class the key builds and an expression that computes the same values; a new
  key in a new transformers version turns this red, naming it, as tests/test_coverage.py does for torch.nn.
- Every row of the famous-models table: the configuration class's default, and the activation modules,
  where they sit and whether the block is gated, in a model built from a tiny configuration (no weights
  are downloaded).
- The gated feed-forward page's from-scratch block equals transformers' LlamaMLP (and GemmaMLP, Phi3MLP)
  with the same weights, in values and gradients.
"""

from __future__ import annotations

import importlib
import math
import os
import re
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach the network; no model here needs a download

import pytest
import torch
import torch.nn.functional as F
from transformers import activations

from tests.shared import DOCS, EXTREMES, SNIPPETS
from tests.snippet_defs import definitions
from tests.translations import FENCE, HEADING, heading_id

PAGE = DOCS / "activations-in-models.md"
GATED_PAGE = DOCS / "activations" / "gated-ffn.md"


def section(markdown: str, anchor: str) -> str:
    """The text of the level-2 section whose heading has the id anchor, up to the next level-2 heading."""
    for heading in re.finditer(r"^## (.+)$", markdown, re.M):
        if heading_id(heading[1]) == anchor:
            rest = markdown[heading.end() :]
            following = re.search(r"^## ", rest, re.M)
            return rest[: following.start()] if following else rest
    raise AssertionError(f"no section #{anchor}")


def table_rows(text: str) -> list[list[str]]:
    """The cells of every row of the Markdown tables in text, without the header and separator rows."""
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")] for line in text.splitlines() if line.startswith("|")
    ]
    return [r for r in rows if not set("".join(r)) <= set("-: ")][1:] if rows else []


def code_spans(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


# --- ACT2FN: every key mapped ---------------------------------------------------------------------------

ROW = re.compile(r"^`(?P<key>\w+)`$")
LINK = re.compile(r"\]\((?P<page>[\w./-]+\.md)?(?:#(?P<anchor>[\w-]+))?\)")


def act2fn_table(markdown: str) -> dict[str, dict]:
    """key -> {"class", "computes", "page", "anchor"} from the page's ACT2FN table."""
    table = {}
    for name, cls, computes, explained in table_rows(section(markdown, "act2fn")):
        key = ROW.match(name)
        link = LINK.search(explained)
        assert key and link, f"an ACT2FN row must be '| `key` | `Class` | computes | [page](link) |': {name!r}"
        table[key["key"]] = {
            "class": code_spans(cls)[0] if code_spans(cls) else cls,
            "computes": computes,
            "page": link["page"],
            "anchor": link["anchor"],
        }
    return table


def anchors(page: Path) -> set[str]:
    """The ids of a page's headings (explicit {#id} or the slug Python-Markdown gives)."""
    prose = FENCE.sub("", page.read_text(encoding="utf-8"))
    return {heading_id(text) for _, text in HEADING.findall(prose)}


def mapping_problems(table: dict[str, dict], keys: list[str], page: Path = PAGE) -> list[str]:
    """What is wrong with the table for these ACT2FN keys: unmapped keys, keys ACT2FN does not have,
    links to a missing page or section, a class other than the one ACT2FN builds."""
    problems = [f"ACT2FN['{k}'] is not in the table of {page.name}" for k in keys if k not in table]
    problems += [f"the table maps '{k}', which ACT2FN does not have" for k in table if k not in keys]
    for key, row in table.items():
        target = (page.parent / row["page"]).resolve() if row["page"] else page
        if not target.exists():
            problems.append(f"'{key}' links to {row['page']}, which does not exist")
        elif row["anchor"] and row["anchor"] not in anchors(target):
            problems.append(f"'{key}' links to #{row['anchor']}, which {target.name} has no heading for")
        if key in keys:
            built = type(activations.ACT2FN[key]).__name__
            if row["class"] != built:
                problems.append(f"'{key}': the table says {row['class']}, ACT2FN builds {built}")
    return problems


TABLE = act2fn_table(PAGE.read_text(encoding="utf-8"))


def test_every_act2fn_key_is_mapped_to_the_page_that_explains_it():
    problems = mapping_problems(TABLE, list(activations.ACT2FN))
    assert not problems, "\n".join(problems)


def test_the_mapping_check_fails_on_a_new_key_a_stray_row_and_a_missing_section(monkeypatch):
    keys = list(activations.ACT2FN)
    before = mapping_problems(TABLE, keys)  # (empty when the test above passes)

    def new_problems(table: dict[str, dict], keys: list[str]) -> list[str]:
        return [p for p in mapping_problems(table, keys) if p not in before]

    monkeypatch.setitem(activations.ACT2FN, "gelu_2027", torch.nn.GELU)  # a key a new version might add
    assert new_problems(TABLE, list(activations.ACT2FN)) == [f"ACT2FN['gelu_2027'] is not in the table of {PAGE.name}"]
    monkeypatch.delitem(activations.ACT2FN, "gelu_2027")
    stray = {**TABLE, "relu3": {**TABLE["relu"]}}
    assert new_problems(stray, keys) == ["the table maps 'relu3', which ACT2FN does not have"]
    moved = {**TABLE, "relu": {**TABLE["relu"], "anchor": "no-such-section"}}
    assert new_problems(moved, keys) == ["'relu' links to #no-such-section, which relu.md has no heading for"]
    missing = {**TABLE, "relu": {**TABLE["relu"], "page": "activations/relu3.md"}}
    assert new_problems(missing, keys) == ["'relu' links to activations/relu3.md, which does not exist"]
    renamed = {**TABLE, "swish": {**TABLE["swish"], "class": "SiLUActivation"}}
    assert new_problems(renamed, keys) == ["'swish': the table says SiLUActivation, ACT2FN builds SiLU"]


# Keys whose "Computes" cell is prose, not an expression: their own page's tests compare them.
NOT_AN_EXPRESSION = {"xielu": "learned parameters stored in bfloat16; tests of docs/activations/xielu.md"}


@pytest.mark.parametrize("key", sorted(TABLE))
def test_act2fn_computes_what_the_table_says(key):
    cell = TABLE[key]["computes"]
    if key in NOT_AN_EXPRESSION:
        assert not cell.startswith("`"), "a prose cell"
        return
    expression = code_spans(cell)[0]
    x = torch.cat([torch.linspace(-12, 12, 2401, dtype=torch.float64), torch.tensor([0.0, -0.0, 1e3, -1e3])])
    expected = eval(expression, {"torch": torch, "F": F, "math": math, "x": x})  # noqa: S307 (the page's own code)
    module = activations.ACT2FN[key].double()
    with torch.no_grad():
        got = module(x)
    torch.testing.assert_close(got, expected, rtol=1e-9, atol=1e-9)


def test_the_pages_counts_of_act2fn_names():
    text = " ".join(PAGE.read_text(encoding="utf-8").split())
    built = {k: activations.ACT2FN[k] for k in activations.ACT2FN}
    assert "`ACT2FN[name]` builds a new module each time it is read" in text
    assert activations.ACT2FN["prelu"] is not activations.ACT2FN["prelu"], "a new module (own weights) per read"
    assert f"Its {len(built)} names in transformers {__import__('transformers').__version__}" in text
    from_torch = sorted(k for k, m in built.items() if type(m).__module__.startswith("torch.nn"))
    assert (
        len(from_torch) == 8
        and "Eight names build a `torch.nn` module directly: " + ", ".join(f"`{k}`" for k in from_torch) in text
    )
    learnable = sorted(k for k, m in built.items() if any(p.requires_grad for p in m.parameters()))
    assert (
        learnable == ["prelu", "xielu"]
        and "Two have learnable parameters: `prelu` (one slope) and `xielu` (two)" in text
    )
    assert [sum(p.numel() for p in built[k].parameters()) for k in learnable] == [1, 2]


def test_pairs_of_names_that_build_the_same_function():
    x = torch.linspace(-8, 8, 1601, dtype=torch.float64)
    with torch.no_grad():
        for a, b in [("silu", "swish"), ("gelu", "gelu_python"), ("gelu_new", "gelu_accurate")]:
            torch.testing.assert_close(activations.ACT2FN[a](x), activations.ACT2FN[b](x), rtol=1e-12, atol=1e-15)
        torch.testing.assert_close(  # PyTorch's kernel and Python operations: the same up to rounding
            activations.ACT2FN["gelu_pytorch_tanh"](x), activations.ACT2FN["gelu_python_tanh"](x)
        )
        fast = activations.ACT2FN["gelu_fast"](x)
        assert 0 < (fast - activations.ACT2FN["gelu_new"](x)).abs().max() < 1e-10, "sqrt(2/pi) rounded to 10 digits"


# --- the famous-models table -------------------------------------------------------------------------

TINY_TEXT = dict(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2, vocab_size=32)
TINY_VISION = dict(
    hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2, image_size=8, patch_size=4
)
TOKENS = dict(pad_token_id=0, bos_token_id=0, eos_token_id=0)  # inside the tiny vocabulary

# configuration class -> (transformers.models.<module>, model class, tiny configuration)
TINY = {
    "BertConfig": ("bert", "BertModel", TINY_TEXT),
    "GPT2Config": (
        "gpt2",
        "GPT2Model",
        dict(n_embd=16, n_layer=1, n_head=2, vocab_size=32, bos_token_id=0, eos_token_id=0),
    ),
    "T5Config": ("t5", "T5Model", dict(d_model=16, d_ff=32, num_layers=1, num_heads=2, d_kv=8, vocab_size=32)),
    "LlamaConfig": ("llama", "LlamaModel", TINY_TEXT),
    "MistralConfig": ("mistral", "MistralModel", TINY_TEXT),
    "GemmaConfig": ("gemma", "GemmaModel", {**TINY_TEXT, "head_dim": 8}),
    "Qwen2Config": ("qwen2", "Qwen2Model", TINY_TEXT),
    "PhiConfig": ("phi", "PhiModel", TINY_TEXT),
    "Phi3Config": ("phi3", "Phi3Model", {**TINY_TEXT, **TOKENS}),
    "CLIPConfig": (
        "clip",
        "CLIPModel",
        dict(text_config={**TINY_TEXT, **TOKENS}, vision_config=TINY_VISION, projection_dim=8),
    ),
    "WhisperConfig": (
        "whisper",
        "WhisperModel",
        dict(
            d_model=16,
            encoder_layers=1,
            decoder_layers=1,
            encoder_attention_heads=2,
            decoder_attention_heads=2,
            encoder_ffn_dim=32,
            decoder_ffn_dim=32,
            vocab_size=32,
            num_mel_bins=8,
            max_source_positions=8,
            max_target_positions=8,
            decoder_start_token_id=0,
            **TOKENS,
        ),
    ),
    "ViTConfig": ("vit", "ViTModel", TINY_VISION),
    "SwinConfig": (
        "swin",
        "SwinModel",
        dict(image_size=8, patch_size=2, embed_dim=8, depths=[1], num_heads=[1], window_size=2),
    ),
    "ResNetConfig": ("resnet", "ResNetModel", dict(embedding_size=8, hidden_sizes=[8], depths=[1])),
    "MobileNetV2Config": ("mobilenet_v2", "MobileNetV2Model", dict(image_size=32, depth_multiplier=0.25)),
    "EfficientNetConfig": (
        "efficientnet",
        "EfficientNetModel",
        dict(image_size=32, width_coefficient=0.1, depth_coefficient=0.1),
    ),
    "ConvNextConfig": ("convnext", "ConvNextModel", dict(hidden_sizes=[8], depths=[1], num_stages=1)),
}
REQUIRED = {"BERT", "GPT-2", "T5", "LLaMA", "Mistral", "Gemma", "Qwen", "Phi", "CLIP", "Whisper"}
REQUIRED |= {"ViT", "ResNet", "MobileNetV2", "EfficientNet", "ConvNeXt", "Swin"}
GATED_INPUTS = ("gate_proj", "wi_0", "gate_up_proj")  # the second projection of a gated block


def famous_rows() -> list[dict]:
    rows = []
    for family, config, default, module, where, gated in table_rows(
        section(PAGE.read_text(encoding="utf-8"), "famous-models")
    ):
        rows.append(
            dict(
                family=family,
                config=code_spans(config)[0],
                defaults=[re.fullmatch(r'([\w.]+)="(\w[\w-]*)"', d).groups() for d in code_spans(default)],
                modules=set(code_spans(module)),
                holders=set(code_spans(where)),
                gated={"yes": True, "no": False}[gated],
            )
        )
    return rows


ROWS = famous_rows()


def test_the_famous_models_table_has_every_family_the_issue_asks_for():
    families = " ".join(r["family"] for r in ROWS)
    assert not [f for f in REQUIRED if f not in families]
    assert {r["config"] for r in ROWS} == set(TINY), "every row has a tiny model here, every tiny model a row"


def build(config_name: str, **overrides):
    module, model, tiny = TINY[config_name]
    package = importlib.import_module(f"transformers.models.{module}")
    return getattr(package, model)(getattr(package, config_name)(**{**tiny, **overrides}))


def activation_holders(model: torch.nn.Module) -> list[tuple[torch.nn.Module, torch.nn.Module]]:
    """(holder, activation) for every activation module a module holds as a direct child."""
    kinds = tuple({type(activations.ACT2FN[k]) for k in activations.ACT2FN} | {torch.nn.Sigmoid})
    return [(m, c) for m in model.modules() for c in m.children() if isinstance(c, kinds)]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["family"])
def test_famous_model_row_is_the_configuration_default_and_the_built_model(row):
    module, _, _ = TINY[row["config"]]
    config = getattr(importlib.import_module(f"transformers.models.{module}"), row["config"])()
    for path, value in row["defaults"]:
        got = config
        for part in path.split("."):
            got = getattr(got, part)
        assert got == value, f"{row['config']}().{path} is {got!r}"
    found = activation_holders(build(row["config"]))
    assert {type(a).__name__ for _, a in found} == row["modules"], "the activation modules of the built model"
    assert {type(h).__name__ for h, _ in found} == row["holders"], "the modules that hold them"
    for holder, _ in found:
        if type(holder).__name__.endswith(("MLP", "Intermediate", "DenseActDense")):
            assert any(hasattr(holder, n) for n in GATED_INPUTS) == row["gated"], f"{type(holder).__name__} gated?"
    if not row["gated"]:
        assert not any(hasattr(h, n) for h, _ in found for n in GATED_INPUTS)


def test_t5_v1_1_gated_gelu_builds_a_gated_block_with_gelu_new():
    model = build("T5Config", feed_forward_proj="gated-gelu")  # T5 v1.1 and Flan-T5 checkpoints
    found = activation_holders(model)
    assert {(type(h).__name__, type(a).__name__) for h, a in found} == {("T5DenseGatedActDense", "NewGELUActivation")}
    assert all(hasattr(h, "wi_0") and hasattr(h, "wi_1") for h, _ in found)


# --- the gated feed-forward page -----------------------------------------------------------------------

GATED = definitions(SNIPPETS / "gated-ffn" / "from_scratch.py")
HIDDEN = definitions(SNIPPETS / "gated-ffn" / "hidden_size.py")


def copied_and_compared(ours: torch.nn.Module, theirs: torch.nn.Module, dtype: torch.dtype) -> None:
    """Same values and same gradients (of the input and of every weight, by name) for the same input:
    ordinary tokens and tokens 1000 times larger; then the values on a token of extreme inputs."""
    ours, theirs = ours.to(dtype), theirs.to(dtype)
    x = torch.randn(3, 5, 16, dtype=dtype) * torch.tensor([1.0, 1.0, 1e3], dtype=dtype).view(3, 1, 1)
    x.requires_grad_(True)
    upstream = torch.randn(3, 5, 16, dtype=dtype)
    results = []
    for module in (ours, theirs):
        params = dict(module.named_parameters())
        out = module(x)
        grads = torch.autograd.grad(out, [x, *params.values()], upstream)
        results.append((out, dict(zip(["input", *params], grads))))
    (out_ours, grads_ours), (out_theirs, grads_theirs) = results
    torch.testing.assert_close(out_ours, out_theirs)
    assert grads_ours.keys() == grads_theirs.keys()
    for name, grad in grads_ours.items():
        torch.testing.assert_close(grad, grads_theirs[name], msg=f"gradient of {name}")
    extreme = torch.zeros(1, 16, dtype=dtype)
    extreme[0, : len(EXTREMES)] = torch.tensor(EXTREMES, dtype=dtype)
    with torch.no_grad():
        torch.testing.assert_close(ours(extreme), theirs(extreme), equal_nan=True)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_from_scratch_block_is_transformers_llama_mlp(dtype):
    from transformers.models.llama import LlamaConfig
    from transformers.models.llama.modeling_llama import LlamaMLP

    torch.manual_seed(0)
    theirs = LlamaMLP(LlamaConfig(**TINY_TEXT))
    ours = GATED["GatedFFN"](dim=16, hidden=32)
    assert [n for n, _ in ours.named_parameters()] == [n for n, _ in theirs.named_parameters()]
    ours.load_state_dict(theirs.state_dict())  # the same weights, by the same names
    assert not any(m.bias is not None for m in theirs.children() if isinstance(m, torch.nn.Linear)), "bias=False"
    copied_and_compared(ours, theirs, dtype)


def test_from_scratch_block_with_the_tanh_gelu_is_gemmas_geglu_and_the_fused_one_is_phi3s():
    from functools import partial

    from transformers.models.gemma import GemmaConfig
    from transformers.models.gemma.modeling_gemma import GemmaMLP
    from transformers.models.phi3 import Phi3Config
    from transformers.models.phi3.modeling_phi3 import Phi3MLP

    torch.manual_seed(0)
    gemma = GemmaMLP(GemmaConfig(**TINY_TEXT, head_dim=8))
    ours = GATED["GatedFFN"](dim=16, hidden=32, act=partial(F.gelu, approximate="tanh"))
    ours.load_state_dict(gemma.state_dict())
    copied_and_compared(ours, gemma, torch.float64)

    fused = definitions(SNIPPETS / "gated-ffn" / "fused.py")["FusedSwiGLU"](dim=16, hidden=32)
    phi3 = Phi3MLP(Phi3Config(**TINY_TEXT, **TOKENS))
    fused.load_state_dict(phi3.state_dict())  # gate_up_proj: the first half of its rows is the gate
    copied_and_compared(fused, phi3, torch.float64)
    gate, up = fused.gate_up_proj.weight.chunk(2)  # the same block as three matrices
    separate = GATED["GatedFFN"](dim=16, hidden=32).double()
    separate.load_state_dict(
        {"gate_proj.weight": gate, "up_proj.weight": up, "down_proj.weight": fused.down_proj.weight}
    )
    x = torch.randn(4, 16, dtype=torch.float64)
    torch.testing.assert_close(separate(x), fused(x))


def test_llama_hidden_width_is_the_llama_config_default_and_the_page_says_so():
    from transformers.models.llama import LlamaConfig

    config = LlamaConfig()
    assert HIDDEN["llama_hidden"](config.hidden_size) == config.intermediate_size == 11008
    text = " ".join(GATED_PAGE.read_text(encoding="utf-8").split())
    assert "`LlamaConfig()` defaults to `hidden_size=4096` and `intermediate_size=11008`" in text


def test_gated_page_names_the_models_the_famous_table_checks():
    """The gated page's list of models with a gated block is the set of gated rows in the famous table."""
    text = GATED_PAGE.read_text(encoding="utf-8")
    where = section(text, "where-you-meet-it")
    gated = {r["config"] for r in ROWS if r["gated"]}
    named = set(re.findall(r"`(\w+Config)`", where))
    assert gated <= named, f"gated rows the page does not name: {gated - named}"
    assert named - gated <= {"T5Config"}, "T5 is gated only with feed_forward_proj='gated-gelu' (tested above)"


def test_gated_at_a_glance_zero_centred_saturates_and_dead_zone():
    """The answers of the gated page's At a glance rows, with the cheat sheet's meaning of the terms."""
    text = GATED_PAGE.read_text(encoding="utf-8")
    assert "| Zero-centred | yes: a hidden unit $g(a)\\, b$ has the sign of the value $b$" in text
    assert "| Dead zone | no for GLU, GEGLU and SwiGLU; ReGLU has one: where $a < 0$" in text
    generator = torch.Generator().manual_seed(0)
    a, b = torch.randn(2, 100_000, generator=generator, dtype=torch.float64)
    a.requires_grad_(True)
    b.requires_grad_(True)
    for name, gate in {"GLU": torch.sigmoid, "ReGLU": F.relu, "GEGLU": F.gelu, "SwiGLU": F.silu}.items():
        unit = gate(a) * b
        assert abs(unit.mean().item()) < 0.01, f"{name}: zero-centred"
        grad_a, grad_b = torch.autograd.grad(unit.sum(), (a, b))
        dead = (grad_a == 0) & (grad_b == 0) & (unit == 0)
        assert dead.any().item() == (name == "ReGLU"), f"{name}: dead zone"
        if name == "ReGLU":
            assert torch.equal(dead, a.detach() < 0)
    far = torch.tensor([-40.0, 40.0], dtype=torch.float64, requires_grad=True)
    for name, gate in {"ReGLU": F.relu, "GEGLU": F.gelu, "SwiGLU": F.silu, "GLU": torch.sigmoid}.items():
        (slope,) = torch.autograd.grad(gate(far).sum(), far)
        assert abs(slope[0].item()) < 1e-12, f"{name}: the gate saturates as a -> -inf"
        assert (abs(slope[1].item()) < 1e-12) == (name == "GLU"), f"{name}: only the sigmoid saturates as a -> inf too"
