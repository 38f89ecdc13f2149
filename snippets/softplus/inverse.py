import torch
import torch.nn.functional as F

target = torch.tensor([0.1, 1.0, 5.0])  # initial scales we want
raw = torch.log(torch.expm1(target))  # inverse of softplus: log(e^y - 1)
print(raw)
#> tensor([-2.2522,  0.5413,  4.9932])
print(F.softplus(raw))
#> tensor([0.1000, 1.0000, 5.0000])
