import torch
import torch.nn.functional as F

x = torch.tensor([-200.0], requires_grad=True)

naive = torch.log(torch.sigmoid(x))  # σ(−200) rounds to 0 in float32, and log(0) = −inf
(naive_grad,) = torch.autograd.grad(naive.sum(), x)
print(naive, naive_grad)
#> tensor([-inf], grad_fn=<LogBackward0>) tensor([nan])

stable = F.logsigmoid(x)  # the stable formula: exactly −200, slope σ(200) = 1
(stable_grad,) = torch.autograd.grad(stable.sum(), x)
print(stable, stable_grad)
#> tensor([-200.], grad_fn=<LogSigmoidBackward0>) tensor([1.])
