import torch
from torch import nn

torch.manual_seed(0)
block = nn.Sequential(  # convolution, batch norm, Mish: a detection-backbone block
    nn.Conv2d(3, 8, kernel_size=3, padding=1, bias=False),
    nn.BatchNorm2d(8),
    nn.Mish(),
)
print(block)
#> Sequential(
#>   (0): Conv2d(3, 8, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), bias=False)
#>   (1): BatchNorm2d(8, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (2): Mish()
#> )

out = block(torch.randn(2, 3, 16, 16))
print(out.shape, "smallest value:", round(out.min().item(), 4))
#> torch.Size([2, 8, 16, 16]) smallest value: -0.3088
