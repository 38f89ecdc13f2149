import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.Tanh(),  # hidden values land in (-1, 1), centred on 0
    nn.Linear(8, 1),
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): Tanh()
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#> )

hidden = model[1](model[0](torch.randn(3, 4)))
print(hidden.shape, "min:", round(hidden.min().item(), 4), "max:", round(hidden.max().item(), 4))
#> torch.Size([3, 8]) min: -0.7504 max: 0.8323
