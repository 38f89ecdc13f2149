import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.PReLU(), nn.Linear(8, 1))

prelu_weights = [m.weight for m in model.modules() if isinstance(m, nn.PReLU)]
others = [p for p in model.parameters() if all(p is not w for w in prelu_weights)]
optimizer = torch.optim.AdamW(
    [
        {"params": others},  # the optimizer's weight_decay (0.01 for AdamW)
        {"params": prelu_weights, "weight_decay": 0.0},  # no weight decay on the slopes
    ],
    lr=1e-3,
)
print([(len(g["params"]), g["weight_decay"]) for g in optimizer.param_groups])
#> [(4, 0.01), (1, 0.0)]
