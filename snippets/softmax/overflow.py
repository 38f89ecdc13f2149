import torch

x = torch.tensor([1000.0, 1001.0, 1002.0])

naive = torch.exp(x) / torch.exp(x).sum()
print(torch.exp(x))  # e^1000 does not fit in a float: inf
#> tensor([inf, inf, inf])
print(naive)  # inf / inf = nan
#> tensor([nan, nan, nan])

print(torch.softmax(x, dim=0))  # the same as softmax([0, 1, 2])
#> tensor([0.0900, 0.2447, 0.6652])
