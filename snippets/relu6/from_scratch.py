import torch
import torch.nn.functional as F


def relu6(x: torch.Tensor) -> torch.Tensor:
    # min(max(0, x), 6), element-wise
    return x.clamp(0, 6)


x = torch.tensor([-2.0, 0.0, 3.0, 6.0, 8.0])
print(relu6(x))
#> tensor([0., 0., 3., 6., 6.])

grid = torch.linspace(-10, 16, 1001)
torch.testing.assert_close(relu6(grid), F.relu6(grid))
print("matches F.relu6")
#> matches F.relu6

# the values agree everywhere, but clamp's gradient at the kinks 0 and 6 is 1, ReLU6's is 0
kinks = torch.tensor([0.0, 6.0], requires_grad=True)
print(torch.autograd.grad(relu6(kinks).sum(), kinks)[0], torch.autograd.grad(F.relu6(kinks).sum(), kinks)[0])
#> tensor([1., 1.]) tensor([0., 0.])
