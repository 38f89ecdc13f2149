import torch
from torch import nn

softmax = nn.Softmax(dim=1)  # normalise over the classes of each row
print(softmax)
#> Softmax(dim=1)

logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0]])  # (batch=2, classes=3)
probs = softmax(logits)
print(probs)
#> tensor([[0.6590, 0.2424, 0.0986],
#>         [0.0453, 0.0453, 0.9094]])
print(probs.sum(dim=1))  # one probability vector per row
#> tensor([1.0000, 1.0000])
