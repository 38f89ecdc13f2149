import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.Hardtanh(),  # the non-linearity between the two linear layers
    nn.Linear(8, 1),
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): Hardtanh(min_val=-1.0, max_val=1.0)
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#> )

hidden = model[1](model[0](torch.randn(100, 4) * 3))
print("hidden values in", [hidden.min().item(), hidden.max().item()])
#> hidden values in [-1.0, 1.0]
print("fraction clipped to -1 or 1:", round((hidden.abs() == 1).float().mean().item(), 3))
#> fraction clipped to -1 or 1: 0.526
