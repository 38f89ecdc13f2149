import torch
import torch.nn.functional as F

scores = torch.tensor([1.0, -2.0, 0.5])
keep = torch.tensor([True, False, True])

masked = scores.masked_fill(~keep, float("-inf"))
print(F.hardswish(masked))  # -inf * ReLU6(-inf + 3) / 6 = -inf * 0 = nan, not the 0 of the formula
#> tensor([0.6667,    nan, 0.2917])

print(F.hardswish(scores).masked_fill(~keep, 0.0))  # the right way: mask after the activation
#> tensor([0.6667, 0.0000, 0.2917])
