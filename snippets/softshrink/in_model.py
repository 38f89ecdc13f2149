import torch
from torch import nn


class LISTA(nn.Module):
    """A few ISTA steps unrolled into layers whose matrices are learned (Gregor and LeCun, 2010)."""

    def __init__(self, measurements: int, code_size: int, steps: int = 3, lambd: float = 0.5):
        super().__init__()
        self.encode = nn.Linear(measurements, code_size, bias=False)
        self.mutual = nn.Linear(code_size, code_size, bias=False)
        self.shrink = nn.Softshrink(lambd)
        self.steps = steps

    def forward(self, y):
        b = self.encode(y)
        z = self.shrink(b)
        for _ in range(self.steps):
            z = self.shrink(b + self.mutual(z))
        return z


torch.manual_seed(0)
codes = LISTA(measurements=40, code_size=100)(torch.randn(8, 40))
print(codes.shape, f"fraction exactly 0: {(codes == 0).float().mean():.2f}")
#> torch.Size([8, 100]) fraction exactly 0: 0.62
