import torch
from torch import nn

softmin = nn.Softmin(dim=1)  # over the entries of each row
print(softmin)
#> Softmin(dim=1)

distances = torch.tensor([[1.0, 2.0, 0.5], [3.0, 0.0, 1.0]])  # (batch=2, candidates=3)
weights = softmin(distances)
print(weights)
#> tensor([[0.3315, 0.1220, 0.5465],
#>         [0.0351, 0.7054, 0.2595]])
print(weights.sum(dim=1))
#> tensor([1., 1.])
