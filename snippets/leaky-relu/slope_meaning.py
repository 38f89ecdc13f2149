import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.leaky_relu(x, negative_slope=1.0))  # slope 1: the identity, no non-linearity left
#> tensor([-2.0000, -0.5000,  0.0000,  0.5000,  2.0000])
print(F.leaky_relu(x, negative_slope=2.0))  # slope > 1: negative inputs are amplified
#> tensor([-4.0000, -1.0000,  0.0000,  0.5000,  2.0000])
# + 0.0: at x = 0 the slope -1 gives 0 * -1, a zero whose sign the CPU kernel decides; print it as 0.
print(F.leaky_relu(x, negative_slope=-1.0) + 0.0)  # slope < 0: not monotonic; -1 gives |x|
#> tensor([2.0000, 0.5000, 0.0000, 0.5000, 2.0000])
