import torch
import torch.nn.functional as F

x = torch.tensor([1.0, -2.0, 3.0, 0.0, 2.0, -2.0])  # a = first half, b = second half
print(F.glu(x, dim=-1))
#> tensor([ 0.5000, -1.7616,  0.3576])

a, b = x[:3], x[3:]
print(a * torch.sigmoid(b))  # the same: a gated by sigmoid(b)
#> tensor([ 0.5000, -1.7616,  0.3576])
print(hasattr(torch, "glu"))  # it lives in torch.nn.functional only
#> False
