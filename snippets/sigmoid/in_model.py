import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Linear(8, 1),
    nn.Sigmoid(),  # squashes the final score into a probability in (0, 1)
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): ReLU()
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#>   (3): Sigmoid()
#> )

p = model(torch.randn(3, 4))
print(p.squeeze(1))
#> tensor([0.4660, 0.4569, 0.5102], grad_fn=<SqueezeBackward1>)
print("predicted class:", (p.squeeze(1) > 0.5).long())
#> predicted class: tensor([0, 0, 1])
