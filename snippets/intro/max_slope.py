import torch

x = torch.linspace(-6, 6, 1201, requires_grad=True)
for name, f in [("sigmoid", torch.sigmoid), ("tanh", torch.tanh)]:
    (slope,) = torch.autograd.grad(f(x).sum(), x)  # f'(x), from autograd
    print(f"{name}: largest slope {slope.max().item():.4f}, slope at x = 6: {slope[-1].item():.6f}")
    #> sigmoid: largest slope 0.2500, slope at x = 6: 0.002466
    #> tanh: largest slope 1.0000, slope at x = 6: 0.000025
