import torch
import torch.nn.functional as F

nan = float("nan")
one = torch.tensor([nan], requires_grad=True)
many = torch.full((64,), nan, requires_grad=True)
(g_one,) = torch.autograd.grad(F.hardshrink(one).sum(), one)
(g_many,) = torch.autograd.grad(F.hardshrink(many).sum(), many)
print(F.hardshrink(one).detach(), F.hardshrink(many).isnan().all().item())  # NaN passes forward
#> tensor([nan]) True
print(g_one.item() in (0.0, 1.0), torch.equal(g_one, g_many[:1]))  # gradient 0 or 1, not the same for both
#> True False
