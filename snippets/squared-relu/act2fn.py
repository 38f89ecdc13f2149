# needs: pip install transformers
import torch
from transformers.activations import ACT2FN

act = ACT2FN["relu2"]  # what a config's hidden_act="relu2" builds
print(type(act).__name__)
#> ReLUSquaredActivation
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(act(x))
#> tensor([0.0000, 0.0000, 0.0000, 0.2500, 4.0000])
print(torch.equal(act(x), torch.relu(x).square()))
#> True
