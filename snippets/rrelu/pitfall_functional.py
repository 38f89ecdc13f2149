import torch
import torch.nn.functional as F
from torch import nn


class Wrong(nn.Module):
    def forward(self, x):
        return F.rrelu(x)  # training=False by default: never random, not even in training


class Right(nn.Module):
    def forward(self, x):
        return F.rrelu(x, training=self.training)  # follows model.train() / model.eval()


x = torch.tensor([-2.0, -2.0, -2.0])
torch.manual_seed(0)
print(Wrong().train()(x))
#> tensor([-0.4583, -0.4583, -0.4583])
print(Right().train()(x))
#> tensor([-0.6542, -0.5449, -0.4414])
print(Right().eval()(x))
#> tensor([-0.4583, -0.4583, -0.4583])
