import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.softplus(x))  # beta=1: positive, and above ReLU
#> tensor([0.1269, 0.4741, 0.6931, 0.9741, 2.1269])
print(F.softplus(x, beta=5.0))  # closer to ReLU
#> tensor([9.0798e-06, 1.5778e-02, 1.3863e-01, 5.1578e-01, 2.0000e+00])
print(hasattr(torch, "softplus"), hasattr(torch.Tensor, "softplus"))  # F.softplus only
#> False False
