import matplotlib.pyplot as plt
import torch


class StepSTE(torch.autograd.Function):
    """Binary step forward; straight-through (identity) gradient backward."""

    @staticmethod
    def forward(ctx, x):
        return (x >= 0).to(x.dtype)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


x = torch.linspace(-3, 3, 601, requires_grad=True)
y = StepSTE.apply(x)
(surrogate,) = torch.autograd.grad(y.sum(), x)  # from autograd, through the STE's backward

fig, (ax_f, ax_g) = plt.subplots(1, 2, sharey=True)
ax_f.plot(x.detach(), y.detach(), label="H(x)")
ax_f.set_xlabel("x")
ax_f.legend()
ax_g.plot(x.detach(), surrogate, label="straight-through surrogate\ngradient (autograd), not H′(x)", linestyle="--")
ax_g.set_xlabel("x")
ax_g.legend()
plt.show()
