import math

import torch
import torch.nn.functional as F

# Five ways to write max(x, 0): the same values on finite inputs, not at ±∞ and NaN, not the same gradient at 0.
WAYS = {
    "F.relu(x)": lambda x: F.relu(x),
    "torch.maximum(x, torch.zeros_like(x))": lambda x: torch.maximum(x, torch.zeros_like(x)),
    "torch.clamp(x, min=0)": lambda x: torch.clamp(x, min=0),
    "torch.where(x > 0, x, 0.0)": lambda x: torch.where(x > 0, x, 0.0),
    "x * (x > 0)": lambda x: x * (x > 0),
}

grid = torch.linspace(-3, 3, 601)
print(all(torch.equal(f(grid), F.relu(grid)) for f in WAYS.values()))  # same values (−0 == 0)
#> True

edges = torch.tensor([-math.inf, math.inf, math.nan])
for name, f in WAYS.items():
    print(f"{name:38} at −∞, ∞, NaN: {(f(edges) + 0.0).tolist()}")  # + 0.0 turns −0 into 0
    #> F.relu(x)                              at −∞, ∞, NaN: [0.0, inf, nan]
    #> torch.maximum(x, torch.zeros_like(x))  at −∞, ∞, NaN: [0.0, inf, nan]
    #> torch.clamp(x, min=0)                  at −∞, ∞, NaN: [0.0, inf, nan]
    #> torch.where(x > 0, x, 0.0)             at −∞, ∞, NaN: [0.0, inf, 0.0]
    #> x * (x > 0)                            at −∞, ∞, NaN: [nan, inf, nan]

for name, f in WAYS.items():
    x = torch.tensor([0.0], requires_grad=True)
    (grad,) = torch.autograd.grad(f(x).sum(), x)
    print(f"{name:38} gradient at 0: {grad.item() + 0.0}")
    #> F.relu(x)                              gradient at 0: 0.0
    #> torch.maximum(x, torch.zeros_like(x))  gradient at 0: 0.5
    #> torch.clamp(x, min=0)                  gradient at 0: 1.0
    #> torch.where(x > 0, x, 0.0)             gradient at 0: 0.0
    #> x * (x > 0)                            gradient at 0: 0.0
