import torch
import torch.nn.functional as F

x = torch.tensor([20.0], requires_grad=True)  # a confident logit for the positive class

naive = torch.log(1 - torch.sigmoid(x))  # σ(20) rounds to 1.0 in float32: log(0)
(naive_grad,) = torch.autograd.grad(naive.sum(), x)
print(naive, naive_grad)
#> tensor([-inf], grad_fn=<LogBackward0>) tensor([nan])

right = F.logsigmoid(-x)  # log(1 − σ(x)) = log σ(−x)
(right_grad,) = torch.autograd.grad(right.sum(), x)
print(right, right_grad)
#> tensor([-20.], grad_fn=<LogSigmoidBackward0>) tensor([-1.])
