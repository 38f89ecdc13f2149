import torch
import torch.nn.functional as F

x = torch.tensor([-3.001, -3.0, -2.999, 0.0, 2.999, 3.0, 3.001], requires_grad=True)
F.hardswish(x).sum().backward()
print(x.grad)  # at -3 and at 3 PyTorch returns the slope of the outer piece: 0 and 1
#> tensor([ 0.0000,  0.0000, -0.4997,  0.5000,  1.4997,  1.0000,  1.0000])
