import torch
import torch.nn.functional as F

x = torch.linspace(-10, 10, 201)
torch.testing.assert_close(F.logsigmoid(x), -F.softplus(-x))  # log σ(x) = −softplus(−x)
torch.testing.assert_close(F.logsigmoid(-x), F.logsigmoid(x) - x)  # log σ(−x) = log σ(x) − x
print("logsigmoid(x) == -softplus(-x)")
#> logsigmoid(x) == -softplus(-x)
