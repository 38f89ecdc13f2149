import torch
from torch import nn

print(nn.init.calculate_gain("selu"))  # 3/4: not the gain self-normalisation needs
#> 0.75

inits = {
    "default nn.Linear init": lambda w: w,  # keep the weights nn.Linear starts with
    "kaiming_normal_(nonlinearity='selu')": lambda w: nn.init.kaiming_normal_(w, nonlinearity="selu"),
    "kaiming_normal_(nonlinearity='linear')": lambda w: nn.init.kaiming_normal_(w, nonlinearity="linear"),
}
torch.manual_seed(0)
x = torch.randn(1024, 256)  # standardised inputs
for name, init in inits.items():
    torch.manual_seed(1)
    h = x
    with torch.no_grad():
        for _ in range(32):
            linear = nn.Linear(256, 256)
            init(linear.weight)
            nn.init.zeros_(linear.bias)
            h = torch.selu(linear(h))
    print(f"{name}: weight variance x fan_in {linear.weight.var() * 256:.2f}, after 32 layers var {h.var():.3g}")
    #> default nn.Linear init: weight variance x fan_in 0.33, after 32 layers var 7.13e-07
    #> kaiming_normal_(nonlinearity='selu'): weight variance x fan_in 0.56, after 32 layers var 0.0536
    #> kaiming_normal_(nonlinearity='linear'): weight variance x fan_in 1.00, after 32 layers var 1.03
