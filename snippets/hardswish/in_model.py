import torch
from torch import nn

torch.manual_seed(0)
block = nn.Sequential(  # a MobileNetV3-style depthwise convolution, batch norm, Hardswish
    nn.Conv2d(16, 16, kernel_size=3, padding=1, groups=16, bias=False),
    nn.BatchNorm2d(16),
    nn.Hardswish(),
)
print(block)
#> Sequential(
#>   (0): Conv2d(16, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), groups=16, bias=False)
#>   (1): BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (2): Hardswish()
#> )

out = block(torch.randn(2, 16, 8, 8))
print(out.shape, "smallest value:", round(out.min().item(), 4))
#> torch.Size([2, 16, 8, 8]) smallest value: -0.375
