import torch
from torch import nn

conv = nn.Conv1d(8, 2 * 16, kernel_size=3, padding=1)  # 16 value and 16 gate channels
x = torch.zeros(2, 8, 10)  # (N, C, L) with an even length L = 10

print(nn.GLU()(conv(x)).shape)  # default dim=-1: halves the length, mixing time steps, no error
#> torch.Size([2, 32, 5])
print(nn.GLU(dim=1)(conv(x)).shape)  # right: halves the channels
#> torch.Size([2, 16, 10])
