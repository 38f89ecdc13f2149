import torch
import torch.nn.functional as F

x = torch.linspace(-5, 5, 100_001, dtype=torch.float64)
gap = (F.hardtanh(x) - torch.tanh(x)).abs()
print(f"max |hardtanh(x) - tanh(x)| = {gap.max().item():.4f} at |x| = {x[gap.argmax()].abs().item():.4f}")
#> max |hardtanh(x) - tanh(x)| = 0.2384 at |x| = 1.0000
print(f"1 - tanh(1) = {1 - torch.tanh(torch.tensor(1.0, dtype=torch.float64)).item():.4f}")
#> 1 - tanh(1) = 0.2384

small = torch.tensor([0.1, 0.5], dtype=torch.float64)  # near 0 both are close to x
print(F.hardtanh(small), torch.tanh(small))
#> tensor([0.1000, 0.5000], dtype=torch.float64) tensor([0.0997, 0.4621], dtype=torch.float64)
