import torch
from torch import nn


class NearestPrototype(nn.Module):
    """Class probabilities from squared distances to one learnable prototype per class."""

    def __init__(self, dim: int, classes: int):
        super().__init__()
        self.prototypes = nn.Parameter(torch.randn(classes, dim))
        self.softmin = nn.Softmin(dim=1)  # near prototype = high probability

    def forward(self, x):
        d2 = torch.cdist(x, self.prototypes) ** 2  # (batch, classes)
        return self.softmin(d2)


torch.manual_seed(0)
model = NearestPrototype(dim=2, classes=3)
x = model.prototypes.detach() + 0.1  # three points, each next to one prototype
probs = model(x)
print(probs)
#> tensor([[9.9986e-01, 2.6294e-07, 1.4181e-04],
#>         [8.2054e-07, 9.9473e-01, 5.2662e-03],
#>         [6.2566e-04, 7.4454e-03, 9.9193e-01]], grad_fn=<SoftmaxBackward0>)
print(probs.argmax(dim=1))  # each point goes to its nearest prototype
#> tensor([0, 1, 2])
