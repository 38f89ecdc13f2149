import torch

scores = torch.tensor([[1.0, 2.0, 0.5], [0.3, -1.0, 2.0]], requires_grad=True)
masked = torch.tensor([[False, False, True], [True, True, True]])  # True: not allowed; row 1 is fully masked

probs = torch.softmax(scores.masked_fill(masked, float("-inf")), dim=-1)
print(probs.isnan().any(dim=-1))  # -inf everywhere: nan
#> tensor([False,  True])

lowest = torch.finfo(scores.dtype).min  # the most negative finite float32, about -3.4e38
probs = torch.softmax(scores.masked_fill(masked, lowest), dim=-1)
print(probs.detach())  # masked entries still get exactly 0; the fully masked row becomes uniform
#> tensor([[0.2689, 0.7311, 0.0000],
#>         [0.3333, 0.3333, 0.3333]])
probs[:, 0].sum().backward()
print(scores.grad.isfinite().all())
#> tensor(True)
