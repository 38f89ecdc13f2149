import torch
import torch.nn.functional as F

x = torch.linspace(-8, 8, 160_001, dtype=torch.float64)
hard_sigmoids = {
    "ReLU6(x + 3) / 6 (PyTorch, MobileNetV3)": F.hardsigmoid(x),
    "clamp(x/4 + 1/2, 0, 1) (sigmoid's slope at 0)": (x / 4 + 0.5).clamp(0, 1),
    "clamp((x + 1)/2, 0, 1) (BinaryConnect)": ((x + 1) / 2).clamp(0, 1),
}
for name, h in hard_sigmoids.items():
    gap = (h - torch.sigmoid(x)).abs()
    print(f"{name}: max gap {gap.max().item():.4f} at |x| = {x[gap.argmax()].abs().item():.2f}")
    #> ReLU6(x + 3) / 6 (PyTorch, MobileNetV3): max gap 0.0692 at |x| = 1.32
    #> clamp(x/4 + 1/2, 0, 1) (sigmoid's slope at 0): max gap 0.1192 at |x| = 2.00
    #> clamp((x + 1)/2, 0, 1) (BinaryConnect): max gap 0.2689 at |x| = 1.00

zero = torch.zeros(1, requires_grad=True)
for f in (F.hardsigmoid, torch.sigmoid):
    (slope,) = torch.autograd.grad(f(zero).sum(), zero)
    print(f"{f.__name__} slope at 0: {slope.item():.4f}")
    #> hardsigmoid slope at 0: 0.1667
    #> sigmoid slope at 0: 0.2500
