import torch
from torch import nn

softmax2d = nn.Softmax2d()
print(softmax2d)
#> Softmax2d()

x = torch.tensor([[[[2.0, 0.0]], [[1.0, 0.0]], [[0.1, 3.0]]]])  # (N=1, C=3, H=1, W=2): two pixels
probs = softmax2d(x)
print(probs[0, :, 0, 0])  # the 3 class probabilities at pixel (0, 0)
#> tensor([0.6590, 0.2424, 0.0986])
print(probs[0, :, 0, 1])  # ... and at pixel (0, 1)
#> tensor([0.0453, 0.0453, 0.9094])
