import torch

inf, nan = float("inf"), float("nan")
x = torch.tensor([
    [1.0, 2.0, -inf],  # -inf gets probability 0: how attention masks work
    [-inf, -inf, -inf],  # every entry masked: -inf - (-inf) = nan
    [1.0, 2.0, inf],  # +inf: inf - inf
    [1.0, 2.0, nan],  # one nan spoils the row
])
print(torch.softmax(x, dim=1))
#> tensor([[0.2689, 0.7311, 0.0000],
#>         [   nan,    nan,    nan],
#>         [   nan,    nan,    nan],
#>         [   nan,    nan,    nan]])
