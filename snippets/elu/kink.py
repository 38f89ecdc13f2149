import torch
import torch.nn.functional as F

# just left of 0, at 0, just right of 0
x = torch.tensor([-1e-6, 0.0, 1e-6], requires_grad=True)
for alpha in [1.0, 2.0]:
    (slope,) = torch.autograd.grad(F.elu(x, alpha=alpha).sum(), x)
    print(f"alpha={alpha}:", slope)
    #> alpha=1.0: tensor([1.0000, 1.0000, 1.0000])
    #> alpha=2.0: tensor([2.0000, 2.0000, 1.0000])
