import torch
from torch import nn


def softmax2d(x: torch.Tensor) -> torch.Tensor:
    # softmax over the channel axis (-3) of (N, C, H, W) or (C, H, W), one pixel at a time
    if x.dim() not in (3, 4):
        raise ValueError(f"expected 3-D or 4-D input, got {x.dim()}-D")
    z = x - x.amax(dim=-3, keepdim=True)
    e = torch.exp(z)
    return e / e.sum(dim=-3, keepdim=True)


torch.manual_seed(0)
x = 10 * torch.randn(4, 5, 8, 8)
torch.testing.assert_close(softmax2d(x), nn.Softmax2d()(x))
torch.testing.assert_close(softmax2d(x[0]), nn.Softmax2d()(x[0]))
print("matches nn.Softmax2d")
#> matches nn.Softmax2d
