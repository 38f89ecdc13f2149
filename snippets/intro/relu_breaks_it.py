import torch
from torch import nn

torch.manual_seed(0)
first, second = nn.Linear(4, 8), nn.Linear(8, 3)
with_relu = nn.Sequential(first, nn.ReLU(), second)  # ReLU between the two layers

# The same collapsed layer as before: W = W2 @ W1, b = W2 @ b1 + b2
one_layer = nn.Linear(4, 3)
with torch.no_grad():
    one_layer.weight.copy_(second.weight @ first.weight)
    one_layer.bias.copy_(second.weight @ first.bias + second.bias)

x = torch.randn(5, 4)
try:
    torch.testing.assert_close(with_relu(x), one_layer(x))
except AssertionError as error:
    print(str(error).splitlines()[0])
    #> Tensor-likes are not close!
    print(f"largest difference: {(with_relu(x) - one_layer(x)).abs().max().item():.4f}")
    #> largest difference: 0.3590
