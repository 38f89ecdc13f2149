import torch
import torch.nn.functional as F
from torch import nn


class FusedSwiGLU(nn.Module):
    """gate_proj and up_proj as one matrix (one matmul), split in two halves: the first half is the gate."""

    def __init__(self, dim: int, hidden: int):
        super().__init__()
        self.gate_up_proj = nn.Linear(dim, 2 * hidden, bias=False)
        self.down_proj = nn.Linear(hidden, dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        gate, up = self.gate_up_proj(x).chunk(2, dim=-1)
        return self.down_proj(F.silu(gate) * up)


torch.manual_seed(0)
ffn = FusedSwiGLU(dim=16, hidden=32)
x = torch.randn(2, 5, 16)
print(ffn(x).shape, ffn.gate_up_proj.weight.shape)
#> torch.Size([2, 5, 16]) torch.Size([64, 16])
