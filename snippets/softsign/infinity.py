import torch
import torch.nn.functional as F

x = torch.tensor([-float("inf"), -1e30, 1e30, float("inf")])
print(F.softsign(x))  # inf / (1 + inf) = inf / inf = nan
#> tensor([nan, -1.,  1., nan])

safe = torch.where(x.isinf(), x.sign(), F.softsign(x))  # the limits, -1 and 1
print(safe)
#> tensor([-1., -1.,  1.,  1.])
