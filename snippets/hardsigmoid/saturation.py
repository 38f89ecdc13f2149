import torch
import torch.nn.functional as F

x = torch.tensor([-6.0, -4.0, -2.0, 0.0, 2.0, 4.0, 6.0], requires_grad=True)
(hard,) = torch.autograd.grad(F.hardsigmoid(x).sum(), x)
(smooth,) = torch.autograd.grad(torch.sigmoid(x).sum(), x)
print("Hardsigmoid:", hard)  # exactly 0 outside (-3, 3): a saturated gate gets no signal
#> Hardsigmoid: tensor([0.0000, 0.0000, 0.1667, 0.1667, 0.1667, 0.0000, 0.0000])
print("sigmoid:    ", smooth)  # small, but not 0
#> sigmoid:     tensor([0.0025, 0.0177, 0.1050, 0.2500, 0.1050, 0.0177, 0.0025])
