import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 1.4142, 3.0], requires_grad=True)
(slope,) = torch.autograd.grad(F.gelu(x).sum(), x)
print(slope)  # 0.5 at 0; above 1 near x = sqrt(2); slightly negative for x < -0.75
#> tensor([-0.0119, -0.0833,  0.5000,  1.0833,  1.1289,  1.0119])
