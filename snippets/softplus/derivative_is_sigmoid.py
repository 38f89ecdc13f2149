import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
for beta in [1.0, 2.0]:
    (slope,) = torch.autograd.grad(F.softplus(x, beta=beta).sum(), x)
    torch.testing.assert_close(slope, torch.sigmoid(beta * x.detach()))
    print(f"beta={beta}:", slope)
    #> beta=1.0: tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808], dtype=torch.float64)
    #> beta=2.0: tensor([0.0180, 0.2689, 0.5000, 0.7311, 0.9820], dtype=torch.float64)
