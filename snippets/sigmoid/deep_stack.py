import torch
from torch import nn

# Linear + Sigmoid blocks stacked `depth` times: how much gradient reaches the first layer?
for depth in [1, 2, 5, 10, 20]:
    torch.manual_seed(0)
    model = nn.Sequential(*[m for _ in range(depth) for m in (nn.Linear(32, 32), nn.Sigmoid())])
    model(torch.randn(64, 32)).sum().backward()
    first, last = model[0].weight.grad.norm(), model[-2].weight.grad.norm()
    print(f"depth {depth:2d}: first layer {first:.2e}, last layer {last:.2e}")
    #> depth  1: first layer 6.98e+01, last layer 6.98e+01
    #> depth  2: first layer 1.09e+01, last layer 2.49e+02
    #> depth  5: first layer 2.93e-02, last layer 2.42e+02
    #> depth 10: first layer 1.16e-06, last layer 2.63e+02
    #> depth 20: first layer 2.49e-15, last layer 2.56e+02
