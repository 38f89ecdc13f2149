import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.Tanhshrink(),  # small pre-activations are squashed towards 0, large ones pass minus about 1
    nn.Linear(8, 1),
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): Tanhshrink()
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#> )
print(model(torch.randn(3, 4)).shape)
#> torch.Size([3, 1])
