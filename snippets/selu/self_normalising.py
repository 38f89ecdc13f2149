import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(1024, 256)  # standardised inputs: mean 0, variance 1


@torch.no_grad()
def stats(activation, lecun_init, depth=32, width=256):
    torch.manual_seed(1)
    h, rows = x, []
    for layer in range(1, depth + 1):
        linear = nn.Linear(width, width)
        if lecun_init:  # weights ~ N(0, 1 / fan_in), biases 0
            nn.init.normal_(linear.weight, 0.0, width**-0.5)
            nn.init.zeros_(linear.bias)
        h = activation(linear(h))
        if layer in (1, 2, 4, 8, 16, 32):
            rows.append(f"  layer {layer:>2}: mean {h.mean():7.4f}  var {h.var():.3g}")
    return rows


setups = {
    "SELU, LeCun init": (torch.selu, True),
    "SELU, default nn.Linear init": (torch.selu, False),
    "ReLU, LeCun init": (torch.relu, True),
}
for name, (activation, lecun_init) in setups.items():
    print("\n".join([name] + stats(activation, lecun_init)))
    #> SELU, LeCun init
    #>   layer  1: mean -0.0002  var 1
    #>   layer  2: mean  0.0000  var 1.01
    #>   layer  4: mean  0.0050  var 1.01
    #>   layer  8: mean  0.0047  var 0.997
    #>   layer 16: mean  0.0030  var 0.995
    #>   layer 32: mean  0.0120  var 1.03
    #> SELU, default nn.Linear init
    #>   layer  1: mean -0.0521  var 0.417
    #>   layer  2: mean -0.0583  var 0.201
    #>   layer  4: mean -0.0409  var 0.0638
    #>   layer  8: mean -0.0215  var 0.0132
    #>   layer 16: mean -0.0256  var 0.00691
    #>   layer 32: mean -0.0165  var 0.00724
    #> ReLU, LeCun init
    #>   layer  1: mean  0.3994  var 0.343
    #>   layer  2: mean  0.2940  var 0.174
    #>   layer  4: mean  0.1310  var 0.0411
    #>   layer  8: mean  0.0343  var 0.00262
    #>   layer 16: mean  0.0020  var 9.29e-06
    #>   layer 32: mean  0.0000  var 1.29e-10
