import torch
import torch.nn.functional as F
from torch import nn


class GaussianHead(nn.Module):
    """Predicts a mean and a standard deviation; Softplus keeps the deviation positive."""

    def __init__(self, features: int):
        super().__init__()
        self.linear = nn.Linear(features, 2)

    def forward(self, h):
        mean, raw = self.linear(h).unbind(-1)
        return mean, F.softplus(raw) + 1e-6  # a small floor: softplus itself can round to 0


torch.manual_seed(0)
mean, std = GaussianHead(8)(torch.randn(5, 8))
print([round(s, 2) for s in std.tolist()])  # all positive (rounded: the last digits vary by CPU)
#> [0.66, 0.57, 0.64, 0.73, 0.75]
loss = nn.GaussianNLLLoss()(mean, torch.zeros(5), std**2)  # it takes the variance
print(f"loss: {loss.item():.4f}")
#> loss: -0.1368
