import torch
import torch.nn.functional as F

torch.set_printoptions(precision=6)
x = torch.tensor([2.0, 1.0, 0.5, 0.1, 0.01], dtype=torch.float64)
print(F.tanhshrink(x) / (x**3 / 3))  # tends to 1: Tanhshrink(x) ~ x^3 / 3 near 0
#> tensor([0.388490, 0.715218, 0.909188, 0.996016, 0.999960], dtype=torch.float64)
