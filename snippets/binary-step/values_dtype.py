import torch

x = torch.tensor([-1.0, 0.0, 1.0], dtype=torch.float64)
try:
    torch.heaviside(x, torch.tensor(1.0))  # values is float32, x is float64
except RuntimeError as error:
    print(error)
    #> heaviside is not yet implemented for tensors with different dtypes.
try:
    torch.heaviside(x, 1.0)  # values must be a tensor
except TypeError as error:
    print(error)
    #> heaviside(): argument 'values' (position 2) must be Tensor, not float

# the right way: build values from x, so it always has x's dtype and device
print(torch.heaviside(x, x.new_tensor(1.0)))
#> tensor([0., 1., 1.], dtype=torch.float64)
