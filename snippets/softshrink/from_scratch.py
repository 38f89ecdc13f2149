import torch
import torch.nn.functional as F


def softshrink(x: torch.Tensor, lambd: float = 0.5) -> torch.Tensor:
    # move |x| down by lambd, stop at 0 (relu: slope 0 at ±lambd, as PyTorch), keep the sign
    return torch.sign(x) * torch.relu(x.abs() - lambd)


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(softshrink(x))
#> tensor([-1.5000, -0.0000,  0.0000,  0.0000,  1.5000])

grid = torch.linspace(-3, 3, 1201)
for lambd in [0.25, 0.5, 1.0]:
    torch.testing.assert_close(softshrink(grid, lambd), F.softshrink(grid, lambd))
print("matches F.softshrink")
#> matches F.softshrink
