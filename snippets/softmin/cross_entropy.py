import torch
import torch.nn.functional as F
from torch import nn

distances = torch.tensor([[1.0, 4.0, 0.25], [2.0, 0.5, 3.0]])  # smaller = more likely
target = torch.tensor([2, 1])
loss_fn = nn.CrossEntropyLoss()

print(loss_fn(-distances, target))  # right: -distances are the logits
#> tensor(0.3345)
print(loss_fn(F.softmin(distances, dim=1), target))  # wrong: probabilities taken as logits
#> tensor(0.7576)

# A perfect, confident prediction: the right loss is ~0, the wrong one cannot get there
perfect = torch.tensor([[100.0, 0.0, 100.0]])
print(loss_fn(-perfect, torch.tensor([1])))
#> tensor(0.)
print(loss_fn(F.softmin(perfect, dim=1), torch.tensor([1])))
#> tensor(0.5514)
