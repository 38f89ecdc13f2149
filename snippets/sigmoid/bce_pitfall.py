import torch
from torch import nn

logits = torch.tensor([20.0, 100.0], requires_grad=True)  # confident, and wrong: the target is 0
target = torch.tensor([0.0, 0.0])

p = torch.sigmoid(logits)
print("sigmoid:", p.tolist())  # both round to exactly 1.0 in float32
#> sigmoid: [1.0, 1.0]
loss = nn.BCELoss(reduction="none")(p, target)  # log(1 - 1.0) = log(0), clamped to -100
(grad,) = torch.autograd.grad(loss.sum(), logits)
print("BCELoss:", loss.tolist(), "gradient:", grad.tolist())
#> BCELoss: [100.0, 100.0] gradient: [0.0, 0.0]
