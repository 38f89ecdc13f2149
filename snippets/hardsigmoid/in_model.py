import torch
from torch import nn


class SqueezeExcite(nn.Module):
    """MobileNetV3's squeeze-and-excitation: one gate in [0, 1] per channel."""

    def __init__(self, channels: int, squeezed: int):
        super().__init__()
        self.fc1 = nn.Conv2d(channels, squeezed, kernel_size=1)
        self.fc2 = nn.Conv2d(squeezed, channels, kernel_size=1)
        self.gate = nn.Hardsigmoid()

    def gates(self, x: torch.Tensor) -> torch.Tensor:
        s = x.mean(dim=(2, 3), keepdim=True)  # squeeze: average over height and width
        return self.gate(self.fc2(torch.relu(self.fc1(s))))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.gates(x)  # excite: rescale each channel


torch.manual_seed(0)
se = SqueezeExcite(channels=16, squeezed=4)
x = torch.randn(2, 16, 8, 8)
print(se(x).shape, se.gates(x).shape)
#> torch.Size([2, 16, 8, 8]) torch.Size([2, 16, 1, 1])
print("gates between", round(se.gates(x).min().item(), 4), "and", round(se.gates(x).max().item(), 4))
#> gates between 0.4211 and 0.6049
