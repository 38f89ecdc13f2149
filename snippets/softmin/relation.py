import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = 5 * torch.randn(8, 6)
for dim in (0, 1):
    torch.testing.assert_close(F.softmin(x, dim=dim), F.softmax(-x, dim=dim))
print("softmin(x) == softmax(-x)")
#> softmin(x) == softmax(-x)
