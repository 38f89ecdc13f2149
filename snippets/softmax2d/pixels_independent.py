import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(1, 3, 2, 2, requires_grad=True)  # (N=1, C=3, H=2, W=2)
p = nn.Softmax2d()(x)

(grad,) = torch.autograd.grad(p[0, 0, 0, 0], x)  # how p(class 0) at pixel (0, 0) reacts to every logit
print(grad[0])  # non-zero only at pixel (0, 0): each pixel is its own softmax
#> tensor([[[ 0.1276,  0.0000],
#>          [ 0.0000,  0.0000]],
#>
#>         [[-0.0523,  0.0000],
#>          [ 0.0000,  0.0000]],
#>
#>         [[-0.0753,  0.0000],
#>          [ 0.0000,  0.0000]]])
