import torch
import torch.nn.functional as F

x = torch.tensor([0.0, -200.0])
print(torch.log(torch.softmax(x, dim=0)))  # e^-200 underflows to 0 in float32, log(0) = -inf
#> tensor([0., -inf])
print(F.log_softmax(x, dim=0))  # computed as x - logsumexp(x): finite
#> tensor([   0., -200.])
