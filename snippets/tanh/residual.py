import torch
from torch import nn


class Block(nn.Module):
    """tanh(Linear(x)), optionally after a LayerNorm and with a residual connection x + ..."""

    def __init__(self, width, residual=False, norm=False):
        super().__init__()
        self.norm = nn.LayerNorm(width) if norm else nn.Identity()
        self.linear = nn.Linear(width, width)
        self.residual = residual

    def forward(self, x):
        h = torch.tanh(self.linear(self.norm(x)))
        return x + h if self.residual else h


variants = {
    "plain": {},
    "residual": {"residual": True},
    "LayerNorm": {"norm": True},
    "LayerNorm + residual": {"norm": True, "residual": True},
}
for name, options in variants.items():
    torch.manual_seed(0)
    model = nn.Sequential(*[Block(32, **options) for _ in range(30)])  # 30 layers, default initialisation
    model(torch.randn(64, 32)).sum().backward()
    first, last = model[0].linear.weight.grad.norm(), model[-1].linear.weight.grad.norm()
    print(f"{name}: gradient norm, first layer / last layer {first / last:.1g}")
    #> plain: gradient norm, first layer / last layer 5e-08
    #> residual: gradient norm, first layer / last layer 2
    #> LayerNorm: gradient norm, first layer / last layer 0.3
    #> LayerNorm + residual: gradient norm, first layer / last layer 1
