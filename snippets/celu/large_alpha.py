import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 601)
for alpha in [1.0, 10.0, 100.0]:
    gap = (F.celu(x, alpha=alpha) - x).abs().max()
    print(f"alpha={alpha}: largest |CELU(x) - x| on [-3, 3] = {gap:.4f}")
    #> alpha=1.0: largest |CELU(x) - x| on [-3, 3] = 2.0498
    #> alpha=10.0: largest |CELU(x) - x| on [-3, 3] = 0.4082
    #> alpha=100.0: largest |CELU(x) - x| on [-3, 3] = 0.0446
