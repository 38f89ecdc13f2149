import torch
import torch.nn.functional as F

x = torch.tensor([-1e-6, 1e-6], requires_grad=True)  # either side of 0
for name, fn in [("ELU ", F.elu), ("CELU", F.celu)]:
    (slope,) = torch.autograd.grad(fn(x, alpha=2.0).sum(), x)
    print(name, "alpha=2.0, slopes left and right of 0:", slope)
    #> ELU  alpha=2.0, slopes left and right of 0: tensor([2.0000, 1.0000])
    #> CELU alpha=2.0, slopes left and right of 0: tensor([1.0000, 1.0000])
