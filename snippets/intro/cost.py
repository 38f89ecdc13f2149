import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 13)
relu = torch.where(x > 0, x, 0.0)  # one comparison per element
leaky_relu = torch.where(x > 0, x, 0.01 * x)  # a comparison and a multiplication
sigmoid = 1 / (1 + torch.exp(-x))  # an exponential (and a division)
print(torch.equal(relu, torch.relu(x)), torch.equal(leaky_relu, F.leaky_relu(x)))
#> True True
torch.testing.assert_close(sigmoid, torch.sigmoid(x))
