import torch
import torch.nn.functional as F

torch.manual_seed(0)
h = torch.randn(2, 8)  # the output of a fused projection with 2 · 4 features
first, second = h.chunk(2, dim=-1)

# F.glu / nn.GLU: the FIRST half is the value, the SECOND goes through the sigmoid
print(torch.allclose(F.glu(h, dim=-1), first * torch.sigmoid(second)))
#> True
# A fused gate_up_proj (Phi-3 in transformers): the FIRST half is the gate
swiglu = F.silu(first) * second
# Reusing F.glu's order for it gates the wrong half
print(torch.allclose(swiglu, first * F.silu(second)))
#> False
