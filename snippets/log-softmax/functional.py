import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1, -1.0])
log_probs = F.log_softmax(logits, dim=0)
print(log_probs)
#> tensor([-0.4493, -1.4493, -2.3493, -3.4493])
print(log_probs.exp().sum())  # exp gives back probabilities that sum to 1
#> tensor(1.0000)
print(torch.log_softmax(logits, dim=0).equal(log_probs))  # the same function ...
#> True
print(logits.log_softmax(dim=0).equal(log_probs))  # ... and as a tensor method
#> True
