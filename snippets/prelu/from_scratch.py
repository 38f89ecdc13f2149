import torch
from torch import nn


class MyPReLU(nn.Module):
    def __init__(self, num_parameters: int = 1, init: float = 0.25):
        super().__init__()
        self.weight = nn.Parameter(torch.full((num_parameters,), init))

    def forward(self, x):
        # one slope per channel (dim 1), broadcast over the other dims
        a = self.weight.view(-1, *([1] * (x.dim() - 2))) if x.dim() > 1 else self.weight
        # a * min(0, x): where x = +inf the dropped branch's a * x would make a's gradient 0 * inf = NaN
        return torch.where(x > 0, x, a * x.clamp(max=0))


torch.manual_seed(0)
x = torch.randn(2, 3, 4, 4)
ours, theirs = MyPReLU(3), nn.PReLU(3)
torch.testing.assert_close(ours(x), theirs(x))
ours(x).sum().backward()
theirs(x).sum().backward()
torch.testing.assert_close(ours.weight.grad, theirs.weight.grad)
print("outputs and slope gradients match nn.PReLU:", ours.weight.grad)
#> outputs and slope gradients match nn.PReLU: tensor([-12.3579, -13.4344, -10.0644])
