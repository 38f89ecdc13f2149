import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(  # a classifier that outputs log-probabilities
    nn.Linear(4, 16),
    nn.ReLU(),
    nn.Linear(16, 3),
    nn.LogSoftmax(dim=1),
)
x, target = torch.randn(5, 4), torch.tensor([0, 2, 1, 1, 0])

nll = nn.NLLLoss()(model(x), target)  # NLLLoss expects log-probabilities
ce = nn.CrossEntropyLoss()(model[:-1](x), target)  # the same model without LogSoftmax, on logits
print(nll, ce)
#> tensor(1.1624, grad_fn=<NllLossBackward0>) tensor(1.1624, grad_fn=<NllLossBackward0>)
torch.testing.assert_close(nll, ce)  # LogSoftmax + NLLLoss == CrossEntropyLoss
