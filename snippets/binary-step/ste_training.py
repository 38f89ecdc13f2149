import torch


class StepSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return (x >= 0).to(x.dtype)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output  # straight-through


torch.manual_seed(0)
X = torch.randn(200, 2)
target = (X[:, 0] + 2 * X[:, 1] > 0.5).float()  # a linearly separable rule to learn
w = torch.randn(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1)

for step in range(15):
    out = StepSTE.apply(X @ w + b)  # a perceptron: outputs are exactly 0 or 1
    loss = ((out - target) ** 2).mean()  # with 0/1 outputs: the fraction misclassified
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 0:
        print(f"step {step:2d}  loss {loss.item():.3f}")
        #> step  0  loss 0.745
        #> step  2  loss 0.570
        #> step  4  loss 0.265
        #> step  6  loss 0.125
        #> step  8  loss 0.045
        #> step 10  loss 0.025
        #> step 12  loss 0.005
        #> step 14  loss 0.000
