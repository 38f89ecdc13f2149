import torch
from torch import nn

logits = torch.tensor([[[[1.0, -2.0]]], [[[3.0, 0.0]]]])  # (N=2, C=1, H=1, W=2): one logit per pixel
print(nn.Softmax2d()(logits).flatten())  # one channel: every "probability" is 1
#> tensor([1., 1., 1., 1.])

squeezed = logits.squeeze(1)  # (2, 1, 2) is read as (C, H, W): the two images become the channels
print(nn.Softmax2d()(squeezed).flatten())  # normalised across the images, and no error
#> tensor([0.1192, 0.1192, 0.8808, 0.8808])

print(torch.sigmoid(logits).flatten())  # right: one logit per pixel is a job for sigmoid
#> tensor([0.7311, 0.1192, 0.9526, 0.5000])
