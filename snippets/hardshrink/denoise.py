import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
n, sigma = 1024, 0.5
clean = torch.zeros(n)
clean[torch.randperm(n)[:30]] = 4 * torch.randn(30)  # a sparse signal: 30 non-zero coefficients
noisy = clean + sigma * torch.randn(n)

lambd = sigma * math.sqrt(2 * math.log(n))  # Donoho and Johnstone's universal threshold
denoised = F.hardshrink(noisy, lambd=lambd)
print(f"threshold: {lambd:.3f}")
#> threshold: 1.862
print(f"mean squared error, noisy:    {(noisy - clean).pow(2).mean():.4f}")
#> mean squared error, noisy:    0.2504
print(f"mean squared error, denoised: {(denoised - clean).pow(2).mean():.4f}")
#> mean squared error, denoised: 0.0269
kept = denoised != 0
print("non-zero coefficients kept:", kept.sum().item())
#> non-zero coefficients kept: 16
print("of them true spikes:", (kept & (clean != 0)).sum().item(), "| pure noise:", (kept & (clean == 0)).sum().item())
#> of them true spikes: 15 | pure noise: 1
