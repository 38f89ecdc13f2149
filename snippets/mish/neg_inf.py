import torch
import torch.nn.functional as F

x = torch.tensor([-float("inf"), -1e4, 0.0, float("inf")])
# Mish(-1e4) is 0; + 0.0 prints it as 0. whichever sign (0. or -0.) the CPU kernel gives it
print(F.mish(x) + 0.0)  # -inf * tanh(softplus(-inf)) = -inf * 0 = nan
#> tensor([nan, 0., 0., inf])

print(F.mish(torch.tensor(torch.finfo(torch.float32).min)) + 0.0)  # a finite "very negative" is fine
#> tensor(0.)
