import torch

# A step autograd *can* differentiate: it takes the derivative of sign() to be 0 everywhere
x = torch.tensor([[-2.0, 1.0], [0.5, 3.0], [1.0, -1.0]])
target = torch.tensor([1.0, 0.0, 1.0])
w = torch.tensor([0.3, -0.2], requires_grad=True)

out = torch.sign(x @ w).clamp_min(0)  # 1 where x @ w > 0, else 0
loss = ((out - target) ** 2).mean()
loss.backward()
print(out.detach(), f"loss {loss.item():.3f}")  # the first example is wrong ...
#> tensor([0., 0., 1.]) loss 0.333
print(w.grad)  # ... yet gradient descent gets no signal to fix it
#> tensor([0., 0.])
