import torch
import torch.nn.functional as F

x = torch.tensor([-3.001, -3.0, -2.999, 0.0, 2.999, 3.0, 3.001], requires_grad=True)
F.hardsigmoid(x).sum().backward()
print(x.grad)  # 1/6 strictly between -3 and 3; 0 at -3, at 3 and outside
#> tensor([0.0000, 0.0000, 0.1667, 0.1667, 0.1667, 0.0000, 0.0000])

x64 = torch.zeros(1, dtype=torch.float64, requires_grad=True)
F.hardsigmoid(x64).backward()
print(x64.grad.item(), "vs 1/6 =", 1 / 6)  # even in float64 the slope is float32's 1/6
#> 0.1666666716337204 vs 1/6 = 0.16666666666666666
