import torch
import torch.nn.functional as F

# just left of 0, at 0, just right of 0
x = torch.tensor([-1e-6, 0.0, 1e-6], dtype=torch.float64, requires_grad=True)
for alpha in [0.5, 1.0, 2.0, 5.0]:
    (slope,) = torch.autograd.grad(F.celu(x, alpha=alpha).sum(), x)
    print(f"alpha={alpha}:", slope)
    #> alpha=0.5: tensor([1.0000, 1.0000, 1.0000], dtype=torch.float64)
    #> alpha=1.0: tensor([1.0000, 1.0000, 1.0000], dtype=torch.float64)
    #> alpha=2.0: tensor([1.0000, 1.0000, 1.0000], dtype=torch.float64)
    #> alpha=5.0: tensor([1.0000, 1.0000, 1.0000], dtype=torch.float64)
