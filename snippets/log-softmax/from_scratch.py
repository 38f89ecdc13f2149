import torch
import torch.nn.functional as F


def log_softmax(x: torch.Tensor, dim: int) -> torch.Tensor:
    # x_i - log sum_j e^{x_j}, with the log-sum-exp trick: subtract the max before exp
    z = x - x.amax(dim=dim, keepdim=True)
    return z - torch.log(torch.exp(z).sum(dim=dim, keepdim=True))


print(log_softmax(torch.tensor([1000.0, 1001.0, 1002.0]), dim=0))
#> tensor([-2.4076, -1.4076, -0.4076])

torch.manual_seed(0)
batch = 10 * torch.randn(64, 10)
torch.testing.assert_close(log_softmax(batch, dim=1), F.log_softmax(batch, dim=1))
torch.testing.assert_close(log_softmax(batch, dim=0), F.log_softmax(batch, dim=0))
print("matches F.log_softmax")
#> matches F.log_softmax
