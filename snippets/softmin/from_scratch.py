import torch
import torch.nn.functional as F


def softmin(x: torch.Tensor, dim: int) -> torch.Tensor:
    # softmax of -x; subtracting the max of -x (the min of x) keeps every exponent <= 0
    z = -x - (-x).amax(dim=dim, keepdim=True)
    e = torch.exp(z)
    return e / e.sum(dim=dim, keepdim=True)


x = torch.tensor([-1000.0, -1001.0])
print(torch.exp(-x) / torch.exp(-x).sum())  # typed as is: e^1000 = inf, inf / inf = nan
#> tensor([nan, nan])
print(softmin(x, dim=0))
#> tensor([0.2689, 0.7311])

torch.manual_seed(0)
batch = 10 * torch.randn(64, 10)
torch.testing.assert_close(softmin(batch, dim=1), F.softmin(batch, dim=1))
torch.testing.assert_close(softmin(batch, dim=0), F.softmin(batch, dim=0))
print("matches F.softmin")
#> matches F.softmin
