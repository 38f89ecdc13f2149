import torch
import torch.nn.functional as F

x = torch.tensor([-10.0, -5.0, 0.0, 5.0, 10.0], dtype=torch.float64, requires_grad=True)
y = F.tanhshrink(x)
(slope,) = torch.autograd.grad(y.sum(), x)
print(y.detach())  # about x - 1 on the right, x + 1 on the left
#> tensor([-9.0000, -4.0001,  0.0000,  4.0001,  9.0000], dtype=torch.float64)
print(slope)  # 1 far from 0, exactly 0 at 0
#> tensor([1.0000, 0.9998, 0.0000, 0.9998, 1.0000], dtype=torch.float64)
