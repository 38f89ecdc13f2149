import torch
from torch import nn

torch.manual_seed(0)
# a MobileNetV2-style block: expand, depthwise, project (the projection has no activation)
block = nn.Sequential(
    nn.Conv2d(8, 48, kernel_size=1, bias=False),
    nn.BatchNorm2d(48),
    nn.ReLU6(inplace=True),
    nn.Conv2d(48, 48, kernel_size=3, padding=1, groups=48, bias=False),
    nn.BatchNorm2d(48),
    nn.ReLU6(inplace=True),
    nn.Conv2d(48, 8, kernel_size=1, bias=False),
    nn.BatchNorm2d(8),
)
x = torch.randn(2, 8, 16, 16)
hidden = block[:3](x)  # after the first ReLU6
print(hidden.min().item(), round(hidden.max().item(), 2))  # between 0 and 6
#> 0.0 4.29
print(f"exactly 0: {(hidden == 0).float().mean():.0%}, exactly 6: {(hidden == 6).float().mean():.0%}")
#> exactly 0: 50%, exactly 6: 0%
print(block(x).shape)
#> torch.Size([2, 8, 16, 16])
