import torch
from torch import nn

logits = torch.tensor([20.0, 100.0], requires_grad=True)
target = torch.tensor([0.0, 0.0])

# the model outputs raw logits; the loss applies the sigmoid itself, in a stable form
loss = nn.BCEWithLogitsLoss(reduction="none")(logits, target)
(grad,) = torch.autograd.grad(loss.sum(), logits)
print("BCEWithLogitsLoss:", loss.tolist(), "gradient:", grad.tolist())
#> BCEWithLogitsLoss: [20.0, 100.0] gradient: [1.0, 1.0]

# probabilities, when you need them, come from a sigmoid after the loss
print("probabilities:", torch.sigmoid(logits.detach()).tolist())
#> probabilities: [1.0, 1.0]
