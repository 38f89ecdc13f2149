import torch
from torch import nn

torch.manual_seed(0)
d_model = 8
# the feed-forward block of a transformer layer: widen, GELU, project back
feed_forward = nn.Sequential(
    nn.Linear(d_model, 4 * d_model),
    nn.GELU(),
    nn.Linear(4 * d_model, d_model),
)
print(feed_forward)
#> Sequential(
#>   (0): Linear(in_features=8, out_features=32, bias=True)
#>   (1): GELU(approximate='none')
#>   (2): Linear(in_features=32, out_features=8, bias=True)
#> )

tokens = torch.randn(2, 5, d_model)  # (batch, sequence, features)
print(feed_forward(tokens).shape)
#> torch.Size([2, 5, 8])

# PyTorch's own transformer layers take the activation by name
layer = nn.TransformerEncoderLayer(d_model, nhead=2, activation="gelu", batch_first=True)
print(layer.activation)
#> <built-in function gelu>
