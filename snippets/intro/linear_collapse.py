import torch
from torch import nn

torch.manual_seed(0)
first, second = nn.Linear(4, 8), nn.Linear(8, 3)
two_layers = nn.Sequential(first, second)  # no activation in between

# One Linear(4, 3) with W = W2 @ W1 and b = W2 @ b1 + b2
one_layer = nn.Linear(4, 3)
with torch.no_grad():
    one_layer.weight.copy_(second.weight @ first.weight)
    one_layer.bias.copy_(second.weight @ first.bias + second.bias)

x = torch.randn(5, 4)
torch.testing.assert_close(two_layers(x), one_layer(x))
print("two stacked Linear layers compute the same as one Linear layer")
#> two stacked Linear layers compute the same as one Linear layer
