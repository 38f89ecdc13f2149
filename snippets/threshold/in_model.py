import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.Threshold(0.1, 0.0),  # like ReLU, but also zeroes the small activations in (0, 0.1]
    nn.Linear(8, 1),
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): Threshold(threshold=0.1, value=0.0)
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#> )

pre = model[0](torch.randn(100, 4))  # 800 pre-activations
print("non-zero after ReLU:", (torch.relu(pre) != 0).sum().item())
#> non-zero after ReLU: 342
print("non-zero after Threshold(0.1, 0.0):", (model[1](pre) != 0).sum().item())
#> non-zero after Threshold(0.1, 0.0): 300
