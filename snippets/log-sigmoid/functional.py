import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.logsigmoid(x))
#> tensor([-2.1269, -0.9741, -0.6931, -0.4741, -0.1269])
print(torch.log(torch.sigmoid(x)))  # the same numbers here, for moderate x
#> tensor([-2.1269, -0.9741, -0.6931, -0.4741, -0.1269])
print(hasattr(torch, "logsigmoid"))  # it lives in torch.nn.functional only
#> False
