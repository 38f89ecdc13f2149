import torch
from torch import nn


def make_model(inplace):
    torch.manual_seed(0)
    # Linear saves its input, not its output, so ReLU may overwrite the output in place
    return nn.Sequential(nn.Linear(3, 4), nn.ReLU(inplace=inplace), nn.Linear(4, 1))


x = torch.tensor([[1.0, -2.0, 0.5], [0.0, 1.0, -1.0]])
grads = []
for inplace in (False, True):
    model = make_model(inplace)
    model(x).sum().backward()
    grads.append(model[0].weight.grad)

torch.testing.assert_close(grads[0], grads[1])
print("backward works, and the gradients match the out-of-place model")
#> backward works, and the gradients match the out-of-place model
