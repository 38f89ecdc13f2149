import torch
from torch import nn

log_softmax = nn.LogSoftmax(dim=1)  # over the classes of each row
print(log_softmax)
#> LogSoftmax(dim=1)

logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0]])  # (batch=2, classes=3)
log_probs = log_softmax(logits)
print(log_probs)
#> tensor([[-0.4170, -1.4170, -2.3170],
#>         [-3.0949, -3.0949, -0.0949]])
print(log_probs.exp().sum(dim=1))
#> tensor([1.0000, 1.0000])
