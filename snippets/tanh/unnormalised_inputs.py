import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(256, 8) * 255  # raw features, e.g. pixel values in [0, 255]
layer = nn.Linear(8, 16)

for name, inputs in [("raw", x), ("standardised", (x - x.mean(0)) / x.std(0))]:
    h = torch.tanh(layer(inputs))
    slope = 1 - h.detach() ** 2  # what backward multiplies the incoming gradient by
    print(f"{name:>12}: saturated (|h| > 0.99) {(h.abs() > 0.99).float().mean():.0%}, mean slope {slope.mean():.3f}")
    #>          raw: saturated (|h| > 0.99) 97%, mean slope 0.011
    #> standardised: saturated (|h| > 0.99) 0%, mean slope 0.784
