import math

import torch
import torch.nn.functional as F

x = torch.arange(-100_000, 100_001, dtype=torch.float64) / 10_000  # -10 to 10, with x = 0 exactly
for beta in [0.5, 1.0, 2.0, 5.0]:
    gap = F.softplus(x, beta=beta) - torch.relu(x)
    i = gap.argmax()
    where = x[i].item()
    print(f"beta={beta}: largest gap {gap[i]:.6f} at x = {where}; log(2)/beta = {math.log(2) / beta:.6f}")
    #> beta=0.5: largest gap 1.386294 at x = 0.0; log(2)/beta = 1.386294
    #> beta=1.0: largest gap 0.693147 at x = 0.0; log(2)/beta = 0.693147
    #> beta=2.0: largest gap 0.346574 at x = 0.0; log(2)/beta = 0.346574
    #> beta=5.0: largest gap 0.138629 at x = 0.0; log(2)/beta = 0.138629
