import torch
import torch.nn.functional as F

x = torch.tensor([10.0, 1e4, 1e8], dtype=torch.float64)
print(F.softsign(x).tolist())
#> [0.9090909090909091, 0.9999000099990001, 0.9999999900000001]
print((1 - F.softsign(x)).tolist())  # the gap to 1 shrinks like 1 / x
#> [0.09090909090909094, 9.999000099991662e-05, 9.99999993922529e-09]
print(torch.tanh(torch.tensor([10.0, 20.0], dtype=torch.float64)).tolist())  # tanh: exactly 1 at 20
#> [0.9999999958776927, 1.0]
