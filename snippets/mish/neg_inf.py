import torch
import torch.nn.functional as F

x = torch.tensor([-float("inf"), -1e4, 0.0, float("inf")])
print(F.mish(x))  # -inf * tanh(softplus(-inf)) = -inf * 0 = nan
#> tensor([nan, -0., 0., inf])

print(F.mish(torch.tensor(torch.finfo(torch.float32).min)))  # a finite "very negative" is fine
#> tensor(-0.)
