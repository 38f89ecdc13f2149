import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.Softsign(),  # a bounded, zero-centred hidden layer, like tanh
    nn.Linear(8, 1),
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): Softsign()
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#> )
hidden = model[1](model[0](torch.randn(3, 4)))
print("hidden values lie in:", hidden.min().item() > -1, hidden.max().item() < 1)
#> hidden values lie in: True True
