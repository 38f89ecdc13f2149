import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.PReLU(), nn.Linear(8, 1))
print([name for name, _ in model.named_parameters()])  # "1.weight" is the slope a
#> ['0.weight', '0.bias', '1.weight', '2.weight', '2.bias']

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, target = torch.randn(16, 4), torch.randn(16, 1)
loss = nn.functional.mse_loss(model(x), target)
loss.backward()
print("slope before:", model[1].weight.item(), " gradient:", round(model[1].weight.grad.item(), 4))
#> slope before: 0.25  gradient: 0.0744
optimizer.step()
print("slope after: ", round(model[1].weight.item(), 4))
#> slope after:  0.2426
