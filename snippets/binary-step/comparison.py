import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(x >= 0)  # a bool tensor ...
#> tensor([False, False,  True,  True,  True])
print((x >= 0).to(x.dtype))  # ... turned into 0.0 / 1.0 in x's dtype
#> tensor([0., 0., 1., 1., 1.])

# -0.0 counts as 0, and NaN is not >= 0; torch.heaviside agrees on both
special = torch.tensor([-0.0, float("nan"), -float("inf"), float("inf")])
print((special >= 0).to(special.dtype))
#> tensor([1., 0., 0., 1.])
print(torch.heaviside(special, torch.tensor(1.0)))
#> tensor([1., 0., 0., 1.])
