import torch
import torch.nn.functional as F

scores = torch.tensor([1.0, -2.0, 0.5])
keep = torch.tensor([True, False, True])

masked = scores.masked_fill(~keep, float("-inf"))
print(F.silu(masked))  # -inf * sigmoid(-inf) = -inf * 0 = nan
#> tensor([0.7311,    nan, 0.3112])

print(F.silu(scores).masked_fill(~keep, 0.0))  # the right way: mask after the activation
#> tensor([0.7311, 0.0000, 0.3112])
