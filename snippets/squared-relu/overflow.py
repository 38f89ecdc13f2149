import torch

print(torch.relu(torch.tensor([1e19, 2e19])).square())  # float32 ends at 3.4e38: (2e19)² is inf
#> tensor([1.0000e+38,        inf])
print(torch.relu(torch.tensor([255.0, 256.0], dtype=torch.float16)).square())  # float16 ends at 65504
#> tensor([65024.,    inf], dtype=torch.float16)
