import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0], [1.0, 2.0, 0.5]])
target = torch.tensor([0, 2, 0])  # class indices

ce = nn.CrossEntropyLoss()(logits, target)
nll = nn.NLLLoss()(F.log_softmax(logits, dim=1), target)
print(ce)
#> tensor(0.6588)
print(nll)
#> tensor(0.6588)
torch.testing.assert_close(ce, nll)  # CrossEntropyLoss = log_softmax + NLLLoss
