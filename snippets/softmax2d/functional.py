import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 3, 4, 5)  # (N=2, C=3, H=4, W=5)
probs = nn.Softmax2d()(x)

torch.testing.assert_close(probs, F.softmax(x, dim=-3))  # softmax over the channel axis
torch.testing.assert_close(probs, F.softmax(x, dim=1))  # the same axis for 4-D input
sums = probs.sum(dim=1)  # add up the channels at every pixel
print(sums.shape, torch.allclose(sums, torch.ones(2, 4, 5)))
#> torch.Size([2, 4, 5]) True

single = x[0]  # (C=3, H=4, W=5): an unbatched image works too
torch.testing.assert_close(nn.Softmax2d()(single), F.softmax(single, dim=0))
print("Softmax2d == F.softmax(x, dim=-3)")
#> Softmax2d == F.softmax(x, dim=-3)
