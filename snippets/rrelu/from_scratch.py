import torch
import torch.nn.functional as F


def rrelu(x, lower=1 / 8, upper=1 / 3, training=False):
    if training:
        slope = torch.empty_like(x).uniform_(lower, upper)  # one random slope per element
    else:
        slope = torch.full_like(x, (lower + upper) / 2)  # the mean slope
    return torch.where(x > 0, x, slope * x)


grid = torch.linspace(-10, 10, 1001, dtype=torch.float64)
torch.testing.assert_close(rrelu(grid), F.rrelu(grid, training=False), rtol=0, atol=0)
print("eval mode: matches F.rrelu exactly")
#> eval mode: matches F.rrelu exactly

# training mode draws different random numbers than PyTorch's kernel: compare the slopes' distribution
torch.manual_seed(0)
negative = -torch.rand(100_000, dtype=torch.float64) - 0.1
ours, torchs = rrelu(negative, training=True) / negative, F.rrelu(negative, training=True) / negative
print(f"ours:  min {ours.min():.4f}  mean {ours.mean():.4f}  max {ours.max():.4f}")
#> ours:  min 0.1250  mean 0.2292  max 0.3333
print(f"torch: min {torchs.min():.4f}  mean {torchs.mean():.4f}  max {torchs.max():.4f}")
#> torch: min 0.1250  mean 0.2290  max 0.3333
