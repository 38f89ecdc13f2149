import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.RReLU(),  # random negative slopes in training, their mean in eval
    nn.Linear(8, 1),
)
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): RReLU(lower=0.125, upper=0.3333333333333333)
#>   (2): Linear(in_features=8, out_features=1, bias=True)
#> )

x = torch.randn(3, 4)
model.train()
print("train: two calls agree?", torch.equal(model(x), model(x)))
#> train: two calls agree? False
model.eval()
print("eval:  two calls agree?", torch.equal(model(x), model(x)))
#> eval:  two calls agree? True
