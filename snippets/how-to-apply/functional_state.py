import torch
import torch.nn.functional as F
from torch import nn


class Naive(nn.Module):
    def forward(self, x):
        return F.rrelu(x)  # F.rrelu defaults to training=False: the evaluation slope, always


class RandomisedRReLU(nn.Module):
    def forward(self, x):
        return F.rrelu(x, training=self.training)  # what nn.RReLU() does: follows model.train() / .eval()


x = -torch.ones(4)
print(Naive().train()(x))  # in training mode, yet the fixed slope (1/8 + 1/3) / 2
#> tensor([-0.2292, -0.2292, -0.2292, -0.2292])
torch.manual_seed(0)
y = RandomisedRReLU().train()(x)
print(bool(((-y >= 1 / 8) & (-y <= 1 / 3)).all()), y.unique().numel() == 4)  # a random slope per element
#> True True
print(RandomisedRReLU().eval()(x))
#> tensor([-0.2292, -0.2292, -0.2292, -0.2292])


class LearnedSlope(nn.Module):
    def __init__(self):
        super().__init__()
        self.slope = nn.Parameter(torch.tensor([0.25]))  # F.prelu's weight: registered here, or never trained

    def forward(self, x):
        return F.prelu(x, self.slope)


print([name for name, _ in LearnedSlope().named_parameters()], [name for name, _ in nn.PReLU().named_parameters()])
#> ['slope'] ['weight']
