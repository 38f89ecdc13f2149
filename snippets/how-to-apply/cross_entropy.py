import torch
from torch import nn

# The model is confidently right on both examples
logits = torch.tensor([[10.0, -10.0, -10.0], [-10.0, 10.0, -10.0]])
targets = torch.tensor([0, 1])

loss_fn = nn.CrossEntropyLoss()  # applies log-softmax itself
print("right:", loss_fn(logits, targets))
#> right: tensor(0.)
print("wrong:", loss_fn(torch.softmax(logits, dim=1), targets))  # softmax applied twice
#> wrong: tensor(0.5514)
