import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 0.0, 0.5, 0.5 + 1e-6, 2.0, float("nan")], requires_grad=True)
F.threshold(x, 0.5, -1.0).sum().backward()
print(x.grad)  # 0 at and below the threshold, 1 above it (and for NaN)
#> tensor([0., 0., 0., 1., 1., 1.])
