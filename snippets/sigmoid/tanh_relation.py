import torch

x = torch.linspace(-10, 10, 201)
# tanh is a sigmoid stretched to (-1, 1): tanh(x) = 2 sigmoid(2x) - 1
torch.testing.assert_close(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1)
print("tanh(x) == 2 * sigmoid(2x) - 1")
#> tanh(x) == 2 * sigmoid(2x) - 1
