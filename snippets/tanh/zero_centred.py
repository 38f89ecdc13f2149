import torch
from torch import nn

torch.manual_seed(0)
z = torch.randn(1000, 6)  # pre-activations centred on 0
print("mean output: sigmoid", round(torch.sigmoid(z).mean().item(), 3), "tanh", round(torch.tanh(z).mean().item(), 3))
#> mean output: sigmoid 0.497 tanh -0.011

# For one example, the next layer's weight gradient is (its error) x (its inputs), so it takes
# the signs of the inputs: all one sign when the inputs are all positive.
for name, act in [("sigmoid", torch.sigmoid), ("tanh", torch.tanh)]:
    nxt = nn.Linear(6, 1)
    nxt(act(z[:1])).sum().backward()
    print(name, "inputs -> signs of the weight gradient:", nxt.weight.grad.sign().tolist())
    #> sigmoid inputs -> signs of the weight gradient: [[1.0, 1.0, 1.0, 1.0, 1.0, 1.0]]
    #> tanh inputs -> signs of the weight gradient: [[-1.0, -1.0, -1.0, -1.0, 1.0, 1.0]]
