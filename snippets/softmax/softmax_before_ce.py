import torch
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0], [1.0, 2.0, 0.5]])
target = torch.tensor([0, 2, 0])
loss_fn = nn.CrossEntropyLoss()

print(loss_fn(logits, target))  # right: CrossEntropyLoss applies log_softmax itself
#> tensor(0.6588)
print(loss_fn(torch.softmax(logits, dim=1), target))  # wrong: softmax applied twice
#> tensor(0.8791)

# Even a perfect, confident prediction cannot bring the wrong loss near 0
perfect = torch.tensor([[100.0, 0.0, 0.0]])
print(loss_fn(perfect, torch.tensor([0])))
#> tensor(0.)
print(loss_fn(torch.softmax(perfect, dim=1), torch.tensor([0])))
#> tensor(0.5514)
