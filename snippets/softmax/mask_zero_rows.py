import torch

scores = torch.tensor([[1.0, 2.0, 0.5], [0.3, -1.0, 2.0]], requires_grad=True)
masked = torch.tensor([[False, False, True], [True, True, True]])  # True: not allowed; row 1 is fully masked
values = torch.tensor([[1.0], [2.0], [3.0]])  # what the weights average, as in attention

probs = torch.softmax(scores.masked_fill(masked, torch.finfo(scores.dtype).min), dim=-1)
probs = torch.where(masked.all(dim=-1, keepdim=True), 0.0, probs)  # a row with nothing to attend to: 0
print(probs.detach())
#> tensor([[0.2689, 0.7311, 0.0000],
#>         [0.0000, 0.0000, 0.0000]])
out = probs @ values
print(out.detach())
#> tensor([[1.7311],
#>         [0.0000]])
out.sum().backward()
print(scores.grad.isfinite().all())
#> tensor(True)
