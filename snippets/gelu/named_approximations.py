import math

import torch
import torch.nn.functional as F

# The GELU names of transformers' ACT2FN, each written in torch as its source computes it
# (tests/test_from_scratch_models.py checks each against transformers): (key, transformers' class,
# formula, function).
K = math.sqrt(2.0 / math.pi)
NAMED = [
    ("gelu", "GELUActivation", r"$x \Phi(x)$ (`F.gelu`)", F.gelu),
    ("gelu_python", "GELUActivation", r"$\frac{x}{2} (1 + \operatorname{erf}(x / \sqrt{2}))$",
     lambda x: x * 0.5 * (1.0 + torch.erf(x / math.sqrt(2.0)))),
    ("gelu_pytorch_tanh", "GELUTanh", "`F.gelu(x, approximate='tanh')`", lambda x: F.gelu(x, approximate="tanh")),
    ("gelu_new", "NewGELUActivation", r"$\frac{x}{2} (1 + \tanh(\sqrt{2/\pi} (x + 0.044715 x^3)))$",
     lambda x: 0.5 * x * (1.0 + torch.tanh(K * (x + 0.044715 * torch.pow(x, 3.0))))),
    ("gelu_python_tanh", "GELUTanh", "as `gelu_new`",
     lambda x: x * 0.5 * (1.0 + torch.tanh(K * (x + 0.044715 * torch.pow(x, 3.0))))),
    ("gelu_accurate", "AccurateGELUActivation", "as `gelu_new`",
     lambda x: 0.5 * x * (1 + torch.tanh(K * (x + 0.044715 * torch.pow(x, 3))))),
    ("gelu_fast", "FastGELUActivation", r"$\frac{x}{2} (1 + \tanh(0.7978845608 \, x (1 + 0.044715 x^2)))$",
     lambda x: 0.5 * x * (1.0 + torch.tanh(x * 0.7978845608 * (1.0 + 0.044715 * x * x)))),
    ("quick_gelu", "QuickGELUActivation", r"$x \, \sigma(1.702 \, x)$", lambda x: x * torch.sigmoid(1.702 * x)),
    ("gelu_10", "ClippedGELUActivation", r"$\operatorname{clip}(x \Phi(x), -10, 10)$",
     lambda x: torch.clip(F.gelu(x), -10, 10)),
]
LOW, HIGH = -20.0, 20.0
ACT2FN_TABLE = "../activations-in-models.md#act2fn"  # every ACT2FN key, with the page that explains it

x = torch.linspace(LOW, HIGH, 400_001, dtype=torch.float64)  # step 1e-4
exact = F.gelu(x)
print(f"| `ACT2FN` key | transformers class | computes | largest \\|difference\\| from `F.gelu` on [{LOW:g}, {HIGH:g}] "
      "| at \\|x\\| = |")
print("|---|---|---|---|---|")
for key, cls, formula, f in NAMED:
    error = (f(x) - exact).abs()
    i = int(error.argmax())
    if error[i] < 1e-12:  # rounding only: erf and F.gelu's kernel differ in the last bits
        print(f"| [`{key}`]({ACT2FN_TABLE}) | `{cls}` | {formula} | below 1e-12 | — |")
    else:  # the error is even in x for all but gelu_10: the largest is at ±x
        print(f"| [`{key}`]({ACT2FN_TABLE}) | `{cls}` | {formula} | {error[i].item():.2g} | {abs(x[i].item()):.2f} |")
