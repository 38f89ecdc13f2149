import torch
import torch.nn.functional as F
from torch import nn


class GatedFFN(nn.Module):
    """LLaMA-style feed-forward block: down_proj(act(gate_proj(x)) * up_proj(x)), no biases."""

    def __init__(self, dim: int, hidden: int, act=F.silu):  # F.silu: SwiGLU
        super().__init__()
        self.gate_proj = nn.Linear(dim, hidden, bias=False)
        self.up_proj = nn.Linear(dim, hidden, bias=False)
        self.down_proj = nn.Linear(hidden, dim, bias=False)
        self.act = act

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down_proj(self.act(self.gate_proj(x)) * self.up_proj(x))


torch.manual_seed(0)
ffn = GatedFFN(dim=16, hidden=32)
x = torch.randn(2, 5, 16)  # (batch, tokens, dim)
print(ffn(x).shape)
#> torch.Size([2, 5, 16])
print(sum(p.numel() for p in ffn.parameters()))  # three 16 × 32 matrices
#> 1536

# The same computation, written out
manual = (F.silu(x @ ffn.gate_proj.weight.T) * (x @ ffn.up_proj.weight.T)) @ ffn.down_proj.weight.T
torch.testing.assert_close(ffn(x), manual)
print("matches the formula")
#> matches the formula
