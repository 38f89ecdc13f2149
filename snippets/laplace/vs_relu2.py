import math

import torch


def laplace(x, mu=0.707107, sigma=0.282095):
    return 0.5 * (1.0 + torch.erf((x - mu) / (sigma * math.sqrt(2.0))))


x = torch.tensor([0.0, 0.5, 0.707107, 1.0, 2.0, 10.0], requires_grad=True)
for name, f in [("Laplace", laplace), ("ReLU²", lambda x: torch.relu(x).square())]:
    y = f(x)
    (slope,) = torch.autograd.grad(y.sum(), x)
    print(f"{name:8} f: {[round(v, 3) for v in y.tolist()]}")
    #> Laplace  f: [0.006, 0.231, 0.5, 0.85, 1.0, 1.0]
    #> ReLU²    f: [0.0, 0.25, 0.5, 1.0, 4.0, 100.0]
    print(f"{name:8} f′: {[round(v, 3) for v in slope.tolist()]}")
    #> Laplace  f′: [0.061, 1.08, 1.414, 0.825, 0.0, 0.0]
    #> ReLU²    f′: [0.0, 1.0, 1.414, 2.0, 4.0, 20.0]
