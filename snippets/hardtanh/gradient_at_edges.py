import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, -1.0 + 1e-6, 0.0, 1.0 - 1e-6, 1.0, 3.0], requires_grad=True)
F.hardtanh(x).sum().backward()
print(x.grad)  # 1 strictly inside (-1, 1); 0 outside and at exactly -1 and 1
#> tensor([0., 0., 1., 1., 1., 0., 0.])

x.grad = None
torch.tanh(x).sum().backward()
print(x.grad)  # tanh: small but never exactly 0
#> tensor([0.0099, 0.4200, 0.4200, 1.0000, 0.4200, 0.4200, 0.0099])
