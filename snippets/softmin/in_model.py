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
torch.set_printoptions(precision=2)  # 3 digits: the 5th of such small probabilities varies by CPU
print(probs)
#> tensor([[1.00e+00, 2.63e-07, 1.42e-04],
#>         [8.21e-07, 9.95e-01, 5.27e-03],
#>         [6.26e-04, 7.45e-03, 9.92e-01]], grad_fn=<SoftmaxBackward0>)
print(probs.argmax(dim=1))  # each point goes to its nearest prototype
#> tensor([0, 1, 2])
