import torch
from torch import nn

prelu = nn.PReLU(num_parameters=3)  # one slope per channel: dim 1 of (N, C, H, W)
with torch.no_grad():
    prelu.weight.copy_(torch.tensor([0.0, 0.1, 0.5]))
    x = -torch.ones(2, 3, 4, 4)  # N=2, C=3, H=W=4, all -1
    y = prelu(x)

# + 0.0: channel 0's 0 * -1 is a zero whose sign the CPU kernel decides; print it as 0.
print(y[0, :, 0, 0] + 0.0)  # sample 0, position (0, 0): channel c is multiplied by its own slope
#> tensor([ 0.0000, -0.1000, -0.5000])
print(y[1, :, 3, 2] + 0.0)  # another sample and position: the same three slopes
#> tensor([ 0.0000, -0.1000, -0.5000])
