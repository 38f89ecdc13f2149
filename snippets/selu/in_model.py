import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(16, 64), nn.SELU(), nn.AlphaDropout(p=0.05),
    nn.Linear(64, 64), nn.SELU(), nn.AlphaDropout(p=0.05),
    nn.Linear(64, 1),
)
# LeCun normal initialisation: weights with mean 0 and variance 1 / fan_in, biases 0
for module in model:
    if isinstance(module, nn.Linear):
        nn.init.kaiming_normal_(module.weight, nonlinearity="linear")
        nn.init.zeros_(module.bias)
print(model)
#> Sequential(
#>   (0): Linear(in_features=16, out_features=64, bias=True)
#>   (1): SELU()
#>   (2): AlphaDropout(p=0.05, inplace=False)
#>   (3): Linear(in_features=64, out_features=64, bias=True)
#>   (4): SELU()
#>   (5): AlphaDropout(p=0.05, inplace=False)
#>   (6): Linear(in_features=64, out_features=1, bias=True)
#> )
print(model(torch.randn(3, 16)).shape)
#> torch.Size([3, 1])
