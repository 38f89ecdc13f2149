import torch

x = torch.tensor([-1.0, 100.0], requires_grad=True)  # float32, where e^100 overflows to inf

naive = torch.where(x > 0, x, torch.expm1(x))
print(naive)  # the values are right: at 100 where picks x
#> tensor([ -0.6321, 100.0000], grad_fn=<WhereBackward0>)
print(torch.autograd.grad(naive.sum(), x)[0])  # the slope at 100 is not
#> tensor([0.3679,    nan])

# where sends a zero gradient into the branch it dropped, and expm1's backward multiplies it by
# e^100 = inf: 0 * inf = nan. Clamp the input so that the dropped branch stays finite:
safe = torch.where(x > 0, x, torch.expm1(x.clamp(max=0)))
print(torch.autograd.grad(safe.sum(), x)[0])
#> tensor([0.3679, 1.0000])
