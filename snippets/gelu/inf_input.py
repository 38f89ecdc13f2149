import torch
import torch.nn.functional as F

x = torch.tensor([-float("inf"), -1e4, -10.0])
# GELU(-1e4) is a zero whose sign (0. or -0.) depends on the CPU kernel: + 0.0 prints it as 0.
print(F.gelu(x) + 0.0)  # at -inf: -inf * Phi(-inf) = -inf * 0 = nan
#> tensor([nan, 0., 0.])
print(torch.relu(x), F.elu(x))  # ReLU and ELU give 0 and -1 there
#> tensor([0., 0., 0.]) tensor([-1.0000, -1.0000, -1.0000])

masked = torch.tensor([2.0, -float("inf")])
print(F.gelu(torch.nan_to_num(masked, neginf=-1e4)) + 0.0)  # use a large finite value instead
#> tensor([1.9545, 0.0000])
