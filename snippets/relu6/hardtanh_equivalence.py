import torch
import torch.nn.functional as F

x = torch.cat([torch.linspace(-10, 16, 2601), torch.tensor([0.0, 6.0, float("inf"), -float("inf")])])
x.requires_grad_(True)

y6, yh = F.relu6(x), F.hardtanh(x, min_val=0.0, max_val=6.0)
(g6,) = torch.autograd.grad(y6.sum(), x)
(gh,) = torch.autograd.grad(yh.sum(), x)
torch.testing.assert_close(y6, yh, rtol=0, atol=0)  # the same values ...
torch.testing.assert_close(g6, gh, rtol=0, atol=0)  # ... and the same gradients
print(y6.grad_fn.name())  # ReLU6 is computed as Hardtanh(0, 6)
#> HardtanhBackward0
