import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.LeakyReLU(negative_slope=0.1),  # a module: configured here, shown when printed
    nn.Linear(8, 8),
    nn.Tanh(),
    nn.Linear(8, 2),
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): LeakyReLU(negative_slope=0.1)
#>   (2): Linear(in_features=8, out_features=8, bias=True)
#>   (3): Tanh()
#>   (4): Linear(in_features=8, out_features=2, bias=True)
#> )
print(model(torch.randn(3, 4)).shape)
#> torch.Size([3, 2])
