import torch
import torch.nn.functional as F


def gated_ffn(x, w_gate, w_up, w_down, act):
    """Shazeer (2020): (act(x W) ⊗ x V) W2, no biases; weights stored as nn.Linear does, (out, in)."""
    return F.linear(act(F.linear(x, w_gate)) * F.linear(x, w_up), w_down)


torch.manual_seed(0)
d, hidden = 4, 6
x = torch.randn(3, d)
w_gate, w_up, w_down = torch.randn(hidden, d), torch.randn(hidden, d), torch.randn(d, hidden)

glu = gated_ffn(x, w_gate, w_up, w_down, torch.sigmoid)
reglu = gated_ffn(x, w_gate, w_up, w_down, F.relu)
geglu = gated_ffn(x, w_gate, w_up, w_down, F.gelu)
swiglu = gated_ffn(x, w_gate, w_up, w_down, F.silu)
print(swiglu.shape)  # back to d features per token
#> torch.Size([3, 4])

# With the sigmoid it is F.glu on the two projections side by side: value half first, gate half second
both = torch.cat([F.linear(x, w_up), F.linear(x, w_gate)], dim=-1)
print(torch.allclose(glu, F.linear(F.glu(both, dim=-1), w_down)))
#> True
