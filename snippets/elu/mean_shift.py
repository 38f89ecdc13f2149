import torch
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(1_000_000)  # pre-activations with mean 0 and variance 1

print(f"mean of ReLU(z): {torch.relu(z).mean():.3f}")
#> mean of ReLU(z): 0.398
print(f"mean of ELU(z):  {F.elu(z).mean():.3f}")  # negative outputs pull the mean towards 0
#> mean of ELU(z):  0.159
print(f"mean of LeakyReLU(z): {F.leaky_relu(z).mean():.3f}")
#> mean of LeakyReLU(z): 0.394
