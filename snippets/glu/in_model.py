import torch
from torch import nn

torch.manual_seed(0)
block = nn.Sequential(  # a gated convolution: the conv produces values and gates, GLU combines them
    nn.Conv1d(8, 2 * 16, kernel_size=3, padding=1),  # twice the channels you want out
    nn.GLU(dim=1),  # halve the channel dim of (N, C, L), not the default last dim
)
print(block)
#> Sequential(
#>   (0): Conv1d(8, 32, kernel_size=(3,), stride=(1,), padding=(1,))
#>   (1): GLU(dim=1)
#> )

x = torch.randn(2, 8, 10)  # (N=2, C=8, L=10)
print(block[0](x).shape, block(x).shape)
#> torch.Size([2, 32, 10]) torch.Size([2, 16, 10])
