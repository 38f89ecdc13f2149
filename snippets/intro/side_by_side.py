import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print("sigmoid:", torch.sigmoid(x))
#> sigmoid: tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
print("tanh:   ", torch.tanh(x))
#> tanh:    tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
print("relu:   ", torch.relu(x))
#> relu:    tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
print("softmax:", torch.softmax(x, dim=0))  # one value per input, computed from all of them
#> softmax: tensor([0.0126, 0.0563, 0.0928, 0.1529, 0.6855])
print(f"softmax sums to {torch.softmax(x, dim=0).sum().item():.6f}")
#> softmax sums to 1.000000

# On inputs symmetric around 0, tanh's outputs average 0, sigmoid's do not
print("mean of sigmoid outputs:", round(torch.sigmoid(x).mean().item(), 4))
#> mean of sigmoid outputs: 0.5
print("mean of tanh outputs:   ", round(torch.tanh(x).mean().item(), 4))
#> mean of tanh outputs:    0.0
