import torch
from torch import nn

torch.manual_seed(0)
h = torch.selu(torch.randn(1_000_000))  # SELU of a standard normal: mean 0, variance 1
print(f"before dropout:  mean {h.mean():.4f}  var {h.var():.4f}")
#> before dropout:  mean -0.0014  var 0.9987

for dropout in [nn.Dropout(p=0.2), nn.AlphaDropout(p=0.2)]:
    out = dropout.train()(h)  # dropout acts only in training mode
    print(f"{dropout}:  mean {out.mean():.4f}  var {out.var():.4f}")
    #> Dropout(p=0.2, inplace=False):  mean -0.0025  var 1.2486
    #> AlphaDropout(p=0.2, inplace=False):  mean -0.0008  var 0.9988
