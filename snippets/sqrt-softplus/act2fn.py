# needs: pip install transformers
import torch
import torch.nn.functional as F
from transformers.activations import ACT2FN

act = ACT2FN["sqrtsoftplus"]
print(type(act).__name__)
#> SqrtSoftplusActivation
x = torch.tensor([-4.0, -1.0, 0.0, 1.0, 4.0, 100.0])
print(torch.equal(act(x), F.softplus(x).sqrt()))
#> True
