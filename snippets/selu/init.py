import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4096, 1024)  # standardised inputs: mean 0, variance 1
layer = nn.Linear(1024, 64)  # a layer that narrows: fan_in 1024, fan_out 64
nn.init.zeros_(layer.bias)
inits = {
    "kaiming_normal_(nonlinearity='linear')": lambda w: nn.init.kaiming_normal_(w, nonlinearity="linear"),
    "xavier_normal_": nn.init.xavier_normal_,  # variance 2 / (fan_in + fan_out)
}
for name, init in inits.items():
    with torch.no_grad():
        init(layer.weight)
        h = torch.selu(layer(x))
    mean = round(h.mean().item(), 2) + 0.0  # + 0.0 prints a rounded -0.0 as 0.0
    weight_variance = layer.weight.var() * 1024  # x fan_in: 1 for LeCun
    print(f"{name}: weight variance x fan_in {weight_variance:.2f}, SELU output mean {mean}, var {h.var():.2f}")
    #> kaiming_normal_(nonlinearity='linear'): weight variance x fan_in 1.00, SELU output mean 0.0, var 1.00
    #> xavier_normal_: weight variance x fan_in 1.90, SELU output mean 0.08, var 1.64
