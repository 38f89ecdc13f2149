import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1, -1.0])
probs = torch.softmax(logits, dim=0)
print(probs)
#> tensor([0.6381, 0.2347, 0.0954, 0.0318])
print(probs.sum())
#> tensor(1.0000)
print(F.softmax(logits, dim=0))  # the same function
#> tensor([0.6381, 0.2347, 0.0954, 0.0318])
print(logits.softmax(dim=0))  # ... and as a tensor method
#> tensor([0.6381, 0.2347, 0.0954, 0.0318])
