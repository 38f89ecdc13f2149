import torch

x = torch.tensor([-1.0, float("nan"), 1.0])
print((x >= 0).to(x.dtype))  # the NaN became 0: nothing shows something went wrong
#> tensor([0., 0., 1.])
print(torch.heaviside(x, torch.tensor(1.0)))  # the same
#> tensor([0., 0., 1.])

# the right way, if NaN must stay visible: put it back
step = torch.where(x.isnan(), x, (x >= 0).to(x.dtype))
print(step)
#> tensor([0., nan, 1.])
