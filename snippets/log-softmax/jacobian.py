import torch
from torch.autograd.functional import jacobian

x = torch.tensor([2.0, 1.0, 0.1])
s = torch.softmax(x, dim=0)

J = jacobian(lambda t: torch.log_softmax(t, dim=0), x)  # J[i, j] = d log s_i / d x_j
print(J)
#> tensor([[ 0.3410, -0.2424, -0.0986],
#>         [-0.6590,  0.7576, -0.0986],
#>         [-0.6590, -0.2424,  0.9014]])
torch.testing.assert_close(J, torch.eye(3) - s.expand(3, 3))  # delta_ij - s_j
print(s)  # every row of J is a row of the identity minus these probabilities
#> tensor([0.6590, 0.2424, 0.0986])

torch.testing.assert_close(J.sum(dim=1), torch.zeros(3))
print("each row sums to 0: adding c to every logit changes nothing")
#> each row sums to 0: adding c to every logit changes nothing
