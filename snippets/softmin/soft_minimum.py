import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 0.5, 3.0])
for T in (2.0, 1.0, 0.5, 0.1):
    w = F.softmin(x / T, dim=0)  # a temperature T: smaller T, sharper weights
    print(f"T = {T}: weights {w.numpy().round(4)}, soft minimum {(w * x).sum().item():.4f}")
    #> T = 2.0: weights [0.3069 0.1861 0.3941 0.1129], soft minimum 1.2149
    #> T = 1.0: weights [0.3173 0.1167 0.5231 0.0429], soft minimum 0.9410
    #> T = 0.5: weights [0.2583 0.035  0.702  0.0047], soft minimum 0.6934
    #> T = 0.1: weights [0.0067 0.     0.9933 0.    ], soft minimum 0.5033
print("min:", x.min().item())
#> min: 0.5
