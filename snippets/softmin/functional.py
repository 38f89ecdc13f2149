import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 0.5, 3.0])
probs = F.softmin(x, dim=0)
print(probs)
#> tensor([0.3173, 0.1167, 0.5231, 0.0429])
print(probs.sum())
#> tensor(1.)
print(probs.argmax().item(), x.argmin().item())  # the most probable entry is the smallest one
#> 2 2
print(hasattr(torch, "softmin"))  # only F.softmin and nn.Softmin
#> False
