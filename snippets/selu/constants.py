import inspect

import torch
import torch.nn.functional as F

print(inspect.signature(F.selu))  # no alpha, no scale: the constants are built in
#> (input: torch.Tensor, inplace: bool = False) -> torch.Tensor

# read them back from the function itself, in float64
lam = torch.selu(torch.tensor(1.0, dtype=torch.float64)).item()  # SELU(1) = lambda
lam_alpha = -torch.selu(torch.tensor(-1000.0, dtype=torch.float64)).item()  # SELU(-inf) = -lambda * alpha
print("lambda =", lam)
#> lambda = 1.0507009873554805
print("alpha  =", lam_alpha / lam)
#> alpha  = 1.6732632423543772

# the paper's values, to 32 digits, rounded to float64 by Python
print(lam == 1.0507009873554804934193349852946, lam_alpha / lam == 1.6732632423543772848170429916717)
#> True True
print("lambda * alpha =", lam_alpha)
#> lambda * alpha = 1.7580993408473766
