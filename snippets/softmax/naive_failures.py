import torch


def naive_softmax(x: torch.Tensor) -> torch.Tensor:
    return torch.exp(x) / torch.exp(x).sum()


# No logit overflows, the sum does: e^88 fits in float32, three of them do not
x = torch.tensor([88.0, 88.0, 88.0])
print(torch.exp(x), torch.exp(x).sum())
#> tensor([1.6516e+38, 1.6516e+38, 1.6516e+38]) tensor(inf)
print(naive_softmax(x))  # finite / inf = 0: silently all zeros, no nan to warn you
#> tensor([0., 0., 0.])
print(torch.softmax(x, dim=0))
#> tensor([0.3333, 0.3333, 0.3333])

# One logit overflows: only its entry is nan (inf / inf); the others are 0 (finite / inf)
x = torch.tensor([89.0, 0.0])
print(naive_softmax(x))
#> tensor([nan, 0.])
print(torch.softmax(x, dim=0).round(decimals=4))
#> tensor([1., 0.])
