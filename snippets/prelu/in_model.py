import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=3, padding=1),
    nn.PReLU(num_parameters=8),  # one slope per output channel of the convolution
    nn.Conv2d(8, 1, kernel_size=3, padding=1),
)
print(model)
#> Sequential(
#>   (0): Conv2d(3, 8, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
#>   (1): PReLU(num_parameters=8)
#>   (2): Conv2d(8, 1, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
#> )
print(model[1].weight.shape)
#> torch.Size([8])
print(model(torch.randn(2, 3, 16, 16)).shape)
#> torch.Size([2, 1, 16, 16])
