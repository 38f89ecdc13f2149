import torch

# d/dx of sigmoid(sigmoid(...sigmoid(x))) at x = 0: the product of the slopes of every sigmoid
for depth in [1, 2, 5, 10, 20]:
    x = torch.tensor(0.0, requires_grad=True)
    h = x
    for _ in range(depth):
        h = torch.sigmoid(h)
    (grad,) = torch.autograd.grad(h, x)
    print(f"{depth:2} sigmoids: gradient {grad.item():.3g}   (0.25 ** {depth} = {0.25**depth:.3g})")
    #>  1 sigmoids: gradient 0.25   (0.25 ** 1 = 0.25)
    #>  2 sigmoids: gradient 0.0588   (0.25 ** 2 = 0.0625)
    #>  5 sigmoids: gradient 0.000676   (0.25 ** 5 = 0.000977)
    #> 10 sigmoids: gradient 3.88e-07   (0.25 ** 10 = 9.54e-07)
    #> 20 sigmoids: gradient 1.27e-13   (0.25 ** 20 = 9.09e-13)
