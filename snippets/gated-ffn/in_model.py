import torch
import torch.nn.functional as F
from torch import nn


class FeedForwardSublayer(nn.Module):
    """Pre-norm residual sublayer of a LLaMA-style decoder: x + FFN(RMSNorm(x)), FFN a SwiGLU block."""

    def __init__(self, dim: int, hidden: int):
        super().__init__()
        self.norm = nn.RMSNorm(dim)
        self.gate_proj = nn.Linear(dim, hidden, bias=False)
        self.up_proj = nn.Linear(dim, hidden, bias=False)
        self.down_proj = nn.Linear(hidden, dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm(x)
        return x + self.down_proj(F.silu(self.gate_proj(h)) * self.up_proj(h))


torch.manual_seed(0)
layer = FeedForwardSublayer(dim=16, hidden=48)
tokens = torch.randn(2, 7, 16)  # (batch, sequence, dim)
print(layer(tokens).shape)
#> torch.Size([2, 7, 16])
