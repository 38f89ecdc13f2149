import torch
import torch.nn.functional as F

x = torch.tensor([1e4, 1e8])  # float32
y = F.softsign(x)
print(y)  # 1e8 / (1 + 1e8) rounds to exactly 1 in float32
#> tensor([0.9999, 1.0000])
print(torch.log1p(-y))  # log(1 - y): -inf at the "unreachable" bound
#> tensor([-9.2102,    -inf])
print(torch.log1p(-y.clamp(-1 + 1e-6, 1 - 1e-6)))  # keep a margin before such a step
#> tensor([ -9.2102, -13.8023])
