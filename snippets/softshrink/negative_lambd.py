import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
try:
    F.softshrink(x, lambd=-0.5)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(" for ")[0])
    #> RuntimeError: lambda must be in range [0, 3.40282e+38]

print(F.hardshrink(x, lambd=-0.5))  # Hardshrink accepts it and silently does nothing
#> tensor([-2.0000, -0.5000,  0.0000,  0.5000,  2.0000])
