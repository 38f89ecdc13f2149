import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0], [1.0, 2.0, 0.5]])
target = torch.tensor([0, 2, 0])
nll = nn.NLLLoss()  # it only picks -input[n, target[n]] and averages: it trusts you to pass log-probabilities

print(nll(F.log_softmax(logits, dim=1), target))  # right
#> tensor(0.6588)
print(nll(torch.softmax(logits, dim=1), target))  # wrong: probabilities, a negative "loss"
#> tensor(-0.5999)
print(nll(logits, target))  # wrong: raw logits
#> tensor(-2.)
