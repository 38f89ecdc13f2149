import torch


class StepSTE(torch.autograd.Function):
    """Binary step forward; straight-through estimator backward (Bengio et al., 2013)."""

    @staticmethod
    def forward(ctx, x):
        return (x >= 0).to(x.dtype)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output  # as if the step were the identity: the gradient passes unchanged


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
y = StepSTE.apply(x)
print(y)  # the forward pass is the exact step
#> tensor([0., 0., 1., 1., 1.], grad_fn=<StepSTEBackward>)

upstream = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
(y * upstream).sum().backward()
print(x.grad)  # the upstream gradient, passed straight through
#> tensor([1., 2., 3., 4., 5.])

# It is a surrogate, not the derivative: finite differences of the step are 0, so gradcheck disagrees
xd = torch.tensor([-2.0, -0.5, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(StepSTE.apply, (xd,), raise_exception=False))
#> False
