import torch
import torch.nn.functional as F
from torch.autograd.functional import jacobian

x = torch.tensor([1.0, 2.0, 0.5])
s = F.softmin(x, dim=0)

J = jacobian(lambda t: F.softmin(t, dim=0), x)  # J[i, j] = d s_i / d x_j
print(J)
#> tensor([[-0.2216,  0.0404,  0.1812],
#>         [ 0.0404, -0.1071,  0.0667],
#>         [ 0.1812,  0.0667, -0.2478]])
torch.testing.assert_close(J, -(torch.diag(s) - torch.outer(s, s)))  # minus the softmax Jacobian
print(torch.diagonal(J))  # negative: raising x_i lowers its own weight
#> tensor([-0.2216, -0.1071, -0.2478])
