import torch
from torch import nn

logits = torch.tensor([2.0, -1.0, 0.5])  # raw model outputs, no sigmoid
targets = torch.tensor([1.0, 0.0, 1.0])

loss_fn = nn.BCEWithLogitsLoss()  # applies the sigmoid itself, in a numerically stable way
print("right:", loss_fn(logits, targets))
#> right: tensor(0.3048)
print("wrong:", loss_fn(torch.sigmoid(logits), targets))  # sigmoid applied twice
#> wrong: tensor(0.5377)
print("sigmoid + BCELoss:", nn.BCELoss()(torch.sigmoid(logits), targets))  # same value here ...
#> sigmoid + BCELoss: tensor(0.3048)

# ... but for a large logit sigmoid rounds to exactly 1.0 and BCELoss caps the loss
big, zero = torch.tensor([200.0]), torch.tensor([0.0])
print("logit 200, target 0:", loss_fn(big, zero), nn.BCELoss()(torch.sigmoid(big), zero))
#> logit 200, target 0: tensor(200.) tensor(100.)
