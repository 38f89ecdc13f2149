import torch
import torch.nn.functional as F

logit = torch.tensor([4.0], requires_grad=True)  # a confident, wrong prediction
target = torch.tensor([0.0])

p = F.hardsigmoid(logit)  # exactly 1.0 for every logit >= 3
loss = F.binary_cross_entropy(p, target)  # log(1 - 1) = log(0), clamped to -100
loss.backward()
print(p.item(), loss.item(), logit.grad.item())  # loss 100, gradient 0: never corrected
#> 1.0 100.0 0.0

logit.grad = None
loss = F.binary_cross_entropy_with_logits(logit, target)  # the right way: train on the logit
loss.backward()
print(round(loss.item(), 4), round(logit.grad.item(), 4))
#> 4.0181 0.982
