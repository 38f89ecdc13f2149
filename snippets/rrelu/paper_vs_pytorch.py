import inspect

from torch import nn

params = inspect.signature(nn.RReLU).parameters
lower, upper = params["lower"].default, params["upper"].default
print(lower, upper)
#> 0.125 0.3333333333333333

# the paper divides negative inputs by a ~ U(3, 8), i.e. slopes between 1/8 and 1/3 ...
print(1 / 8 == lower, 1 / 3 == upper)
#> True True
# ... and at test time divides by the mean divisor (3 + 8) / 2; PyTorch multiplies by the mean slope
print("paper, test time:", 2 / (3 + 8))
#> paper, test time: 0.18181818181818182
print("PyTorch, eval:   ", (lower + upper) / 2)
#> PyTorch, eval:    0.22916666666666666
