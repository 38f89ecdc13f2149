import torch
from torch import nn


class Step(nn.Module):
    def forward(self, x):
        return (x >= 0).to(x.dtype)


# A McCulloch-Pitts style AND unit: fires when x1 + x2 reaches the threshold 1.5
and_unit = nn.Sequential(nn.Linear(2, 1), Step())
with torch.no_grad():
    and_unit[0].weight.fill_(1.0)
    and_unit[0].bias.fill_(-1.5)  # the threshold enters as a negative bias
print(and_unit)
#> Sequential(
#>   (0): Linear(in_features=2, out_features=1, bias=True)
#>   (1): Step()
#> )

inputs = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
print(and_unit(inputs).squeeze(1))
#> tensor([0., 0., 0., 1.])
