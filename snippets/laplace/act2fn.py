# needs: pip install transformers
import torch
from transformers.activations import ACT2FN

act = ACT2FN["laplace"]  # what a config's activation "laplace" builds (MEGA's attention)
print(type(act).__name__)
#> LaplaceActivation
x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0])
print(act(x))
#> tensor([0.0000, 0.0061, 0.2314, 0.8504, 1.0000])
print(act(x, mu=0.0, sigma=1.0))  # mu and sigma are arguments of forward, not of the constructor
#> tensor([0.1587, 0.5000, 0.6915, 0.8413, 0.9772])
