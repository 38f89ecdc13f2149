import torch

x = torch.tensor([1000.0, 1001.0, 1002.0])
print(torch.log(torch.exp(x).sum()))  # e^1000 overflows: inf
#> tensor(inf)

m = x.max()
print(m + torch.log(torch.exp(x - m).sum()))  # the log-sum-exp trick: exponents are <= 0
#> tensor(1002.4076)
print(torch.logsumexp(x, dim=0))  # the built-in does the same
#> tensor(1002.4076)
