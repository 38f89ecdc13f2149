import torch
import torch.nn.functional as F

one = torch.tensor([float("nan")], requires_grad=True)
F.hardtanh(one).sum().backward()
print(F.hardtanh(one).item(), one.grad)  # a lone NaN: gradient 1
#> nan tensor([1.])

many = torch.full((64,), float("nan"), requires_grad=True)
F.hardtanh(many).sum().backward()
print(many.grad.unique())  # the same NaN in a longer tensor: gradient 0
#> tensor([0.])
