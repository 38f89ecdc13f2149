import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.RReLU(), nn.Linear(8, 1))
x = torch.randn(2, 4)

with torch.no_grad():
    # forgot model.eval(): the "prediction" changes from call to call
    print(model(x).flatten(), model(x).flatten())
    #> tensor([-0.0838, -0.0925]) tensor([-0.1053, -0.0847])

    model.eval()  # the right way, before validation, testing and export
    print(model(x).flatten(), model(x).flatten())
    #> tensor([-0.0973, -0.0917]) tensor([-0.0973, -0.0917])
