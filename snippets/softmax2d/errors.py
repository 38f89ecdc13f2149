import torch
import torch.nn.functional as F
from torch import nn

for shape in [(2, 3), (2, 3, 4, 4, 4)]:  # (N, C) and (N, C, D, H, W)
    try:
        nn.Softmax2d()(torch.zeros(shape))
    except ValueError as error:
        print(f"{len(shape)}-D:", error)
        #> 2-D: Softmax2d: expected input to be 3D or 4D, got 2D instead
        #> 5-D: Softmax2d: expected input to be 3D or 4D, got 5D instead

volume = torch.zeros(2, 3, 4, 4, 4)
print(F.softmax(volume, dim=1).sum(dim=1).unique())  # for other shapes: F.softmax with the channel dim
#> tensor([1.])
