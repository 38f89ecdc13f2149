import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
y = (x >= 0).to(x.dtype)
print(y.requires_grad, y.grad_fn)  # the comparison is not part of the graph
#> False None
try:
    y.sum().backward()
except RuntimeError as error:
    print(error)
    #> element 0 of tensors does not require grad and does not have a grad_fn
print(x.grad)
#> None
