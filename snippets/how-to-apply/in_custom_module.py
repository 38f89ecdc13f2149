import torch
import torch.nn.functional as F
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        h = F.leaky_relu(self.hidden(x), negative_slope=0.1)  # a function call inside forward
        return torch.sigmoid(self.out(h))


torch.manual_seed(0)
model = MLP()
print(model)  # the activations are calls in forward, so they are not listed
#> MLP(
#>   (hidden): Linear(in_features=4, out_features=8, bias=True)
#>   (out): Linear(in_features=8, out_features=2, bias=True)
#> )
y = model(torch.randn(3, 4))
print(y.shape, bool(((y > 0) & (y < 1)).all()))
#> torch.Size([3, 2]) True
