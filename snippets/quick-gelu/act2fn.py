# needs: pip install transformers
import torch
from transformers.activations import ACT2FN

act = ACT2FN["quick_gelu"]  # what a config's hidden_act="quick_gelu" (CLIP) builds
print(type(act).__name__)
#> QuickGELUActivation
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(act(x))
#> tensor([-0.0643, -0.1496,  0.0000,  0.3504,  1.9357])
print(torch.equal(act(x), x * torch.sigmoid(1.702 * x)))
#> True
