import torch
import torch.nn.functional as F


def binaryconnect_hard_sigmoid(x: torch.Tensor) -> torch.Tensor:
    return ((x + 1) / 2).clamp(0, 1)  # slope 1/2, saturates at -1 and 1


x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
print(F.hardsigmoid(x))  # PyTorch's (MobileNetV3's): ReLU6(x + 3) / 6, slope 1/6
#> tensor([0.1667, 0.3333, 0.5000, 0.6667, 0.8333])
print(binaryconnect_hard_sigmoid(x))  # same name, different function: write it out when porting
#> tensor([0.0000, 0.0000, 0.5000, 1.0000, 1.0000])
