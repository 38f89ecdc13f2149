import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 0.5, 3.0])

wrong = 1 - F.softmax(x, dim=0)  # "inverted" softmax: not a probability vector
print(wrong, wrong.sum())  # sums to n - 1
#> tensor([0.9146, 0.7679, 0.9482, 0.3692]) tensor(3.)

right = F.softmin(x, dim=0)
print(right, right.sum())
#> tensor([0.3173, 0.1167, 0.5231, 0.0429]) tensor(1.)
