import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.ELU(),  # the non-linearity between the two linear layers
    nn.Linear(8, 1),
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): ELU(alpha=1.0)
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#> )

hidden = model[1](model[0](torch.randn(3, 4)))
print(hidden.shape, "smallest hidden value:", round(hidden.min().item(), 4))  # negative, above -alpha = -1
#> torch.Size([3, 8]) smallest hidden value: -0.6224
