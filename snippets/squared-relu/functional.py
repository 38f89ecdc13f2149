import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(torch.relu(x).square())  # squared ReLU
#> tensor([0.0000, 0.0000, 0.0000, 0.2500, 4.0000])
print(torch.relu(x) ** 2)  # the same
#> tensor([0.0000, 0.0000, 0.0000, 0.2500, 4.0000])
