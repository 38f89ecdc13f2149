import torch
import torch.nn.functional as F

grid = torch.linspace(-10, 10, 1001)
torch.testing.assert_close(F.celu(grid, alpha=1.0), F.elu(grid, alpha=1.0))
print("alpha=1.0: CELU == ELU")
#> alpha=1.0: CELU == ELU

# for other alphas they differ: ELU stretches e^x - 1, CELU rescales the whole curve
x = torch.tensor([-2.0, -0.5, 0.5])
print(F.elu(x, alpha=2.0))
#> tensor([-1.7293, -0.7869,  0.5000])
print(F.celu(x, alpha=2.0))
#> tensor([-1.2642, -0.4424,  0.5000])
print(2.0 * F.elu(x / 2.0))  # CELU(x, alpha) = alpha * ELU(x / alpha), with ELU's alpha=1
#> tensor([-1.2642, -0.4424,  0.5000])
