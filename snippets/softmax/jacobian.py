import torch
from torch.autograd.functional import jacobian

x = torch.tensor([2.0, 1.0, 0.1])
s = torch.softmax(x, dim=0)

J = jacobian(lambda t: torch.softmax(t, dim=0), x)  # J[i, j] = d s_i / d x_j
print(J)
#> tensor([[ 0.2247, -0.1598, -0.0650],
#>         [-0.1598,  0.1837, -0.0239],
#>         [-0.0650, -0.0239,  0.0889]])
torch.testing.assert_close(J, torch.diag(s) - torch.outer(s, s))  # s_i (delta_ij - s_j)
print(torch.diagonal(J))  # s_i (1 - s_i): raising a logit raises its own probability ...
#> tensor([0.2247, 0.1837, 0.0889])
torch.testing.assert_close(J.sum(dim=0), torch.zeros(3))  # ... and lowers the others by as much
print("each column sums to 0: the probabilities keep summing to 1")
#> each column sums to 0: the probabilities keep summing to 1
