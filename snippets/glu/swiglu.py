import torch
import torch.nn.functional as F
from torch import nn


class GatedFeedForward(nn.Module):
    """A transformer feed-forward block with a GLU-style gate (Shazeer, 2020)."""

    def __init__(self, d_model: int, d_hidden: int, gate=F.silu):  # F.silu: SwiGLU, F.gelu: GEGLU
        super().__init__()
        self.up = nn.Linear(d_model, 2 * d_hidden, bias=False)  # values and gates in one matmul
        self.down = nn.Linear(d_hidden, d_model, bias=False)
        self.gate = gate

    def forward(self, x):
        a, b = self.up(x).chunk(2, dim=-1)
        return self.down(a * self.gate(b))


torch.manual_seed(0)
x = torch.randn(2, 5, 16)  # (batch, tokens, d_model)
swiglu, glu = GatedFeedForward(16, 32), GatedFeedForward(16, 32, gate=torch.sigmoid)
print(swiglu(x).shape)
#> torch.Size([2, 5, 16])
torch.testing.assert_close(glu(x), glu.down(F.glu(glu.up(x), dim=-1)))  # the sigmoid gate is nn.GLU
print("sigmoid gate == F.glu")
#> sigmoid gate == F.glu
