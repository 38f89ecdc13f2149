import torch
import torch.nn.functional as F

one = torch.tensor([float("nan")], requires_grad=True)
F.hardtanh(one).sum().backward()
print(F.hardtanh(one).item(), one.grad.item() in (0.0, 1.0))  # a lone NaN: NaN out, gradient 0 or 1
#> nan True

many = torch.full((64,), float("nan"), requires_grad=True)
F.hardtanh(many).sum().backward()
print(torch.equal(many.grad[:1], one.grad))  # the same NaN in a longer tensor: not the same gradient
#> False
