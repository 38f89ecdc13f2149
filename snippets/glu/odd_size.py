import torch
import torch.nn.functional as F

x = torch.zeros(4, 5)  # the last dim, 5, cannot be halved
try:
    F.glu(x)
except RuntimeError as error:
    print(str(error))
    #> Halving dimension must be even, but dimension 1 is size 5

print(F.glu(torch.zeros(4, 6)).shape)  # make the layer before output an even size: 2 * out_features
#> torch.Size([4, 3])
