import torch
import torch.nn.functional as F

x = torch.linspace(-110.0, -90.0, 20_001, requires_grad=True)  # float32, steps of 0.001
(slope,) = torch.autograd.grad(F.elu(x).sum(), x)  # alpha * e^x
zero = slope == 0
k = int(zero.sum())
print(zero[:k].all().item(), zero[k:].any().item())  # exactly 0 on the left part, nowhere else
#> True False
print(f"slope exactly 0 for x <= {x[k - 1].item():.2f}")  # where e^x underflows to 0
#> slope exactly 0 for x <= -103.97

# inplace=True overwrites the input, so the backward takes the slope from the output, y + alpha,
# which cancels to 0 in float32 from about x = -17
x = torch.tensor([-5.0, -20.0], requires_grad=True)
for inplace in (False, True):
    (slope,) = torch.autograd.grad(F.elu(x.clone(), inplace=inplace).sum(), x)
    print(f"inplace={inplace}:", [f"{s + 0.0:.3g}" for s in slope.tolist()])
    #> inplace=False: ['0.00674', '2.06e-09']
    #> inplace=True: ['0.00674', '0']
