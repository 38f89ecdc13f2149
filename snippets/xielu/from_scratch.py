import torch
import torch.nn.functional as F
from torch import nn


def xielu(x, alpha_p=0.8, alpha_n=0.8, beta=0.5, eps=-1e-6):
    negative = (torch.expm1(torch.minimum(x, torch.as_tensor(eps, dtype=x.dtype))) - x) * alpha_n + beta * x
    return torch.where(x > 0, alpha_p * x * x + beta * x, negative)


class XIELU(nn.Module):
    """Trainable alpha_p > 0 and alpha_n > beta, kept there by softplus (as transformers stores them)."""

    def __init__(self, alpha_p_init=0.8, alpha_n_init=0.8, beta=0.5, eps=-1e-6, dtype=torch.float32):
        super().__init__()
        inverse_softplus = lambda a: torch.log(torch.expm1(torch.tensor([a], dtype=dtype)))  # noqa: E731
        self.alpha_p = nn.Parameter(inverse_softplus(alpha_p_init))
        self.alpha_n = nn.Parameter(inverse_softplus(alpha_n_init - beta))
        self.register_buffer("beta", torch.tensor(beta, dtype=dtype))
        self.register_buffer("eps", torch.tensor(eps, dtype=dtype))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        alpha_p = F.softplus(self.alpha_p)
        alpha_n = self.beta + F.softplus(self.alpha_n)
        return xielu(x, alpha_p, alpha_n, self.beta, self.eps)


x = torch.tensor([-2.0, -1.0, 0.5, 2.0])
torch.testing.assert_close(XIELU()(x), xielu(x))
print(XIELU()(x))
#> tensor([-0.0917, -0.2057,  0.4500,  4.2000], grad_fn=<WhereBackward0>)
