import torch
import torch.nn.functional as F

x = torch.tensor([0.0, -200.0], requires_grad=True)

naive = torch.log(torch.softmax(x, dim=0))  # e^-200 underflows to 0 in float32: log(0) = -inf
(naive_grad,) = torch.autograd.grad(naive[1], x)
print(naive, naive_grad)
#> tensor([0., -inf], grad_fn=<LogBackward0>) tensor([nan, nan])

stable = F.log_softmax(x, dim=0)  # x - logsumexp(x): finite, and a usable gradient
(stable_grad,) = torch.autograd.grad(stable[1], x)
print(stable, stable_grad)
#> tensor([   0., -200.], grad_fn=<LogSoftmaxBackward0>) tensor([-1.,  1.])
