import torch

# just left of 0, at 0, just right of 0
x = torch.tensor([-1e-6, 0.0, 1e-6], dtype=torch.float64, requires_grad=True)
(slope,) = torch.autograd.grad(torch.selu(x).sum(), x)
print(slope)  # lambda * alpha on the left (and at 0), lambda on the right
#> tensor([1.7581, 1.7581, 1.0507], dtype=torch.float64)
