import torch

for scale in (1.0, 5.0, 20.0):
    x = (scale * torch.tensor([1.0, 0.0, -1.0])).requires_grad_()
    p = torch.softmax(x, dim=0)
    (grad,) = torch.autograd.grad(p[0], x)  # how p[0] reacts to each logit
    print(f"scale {scale:g}: p[0] = {p[0].item():.6f}, d p[0] / d x = {grad}")
    #> scale 1: p[0] = 0.665241, d p[0] / d x = tensor([ 0.2227, -0.1628, -0.0599])
    #> scale 5: p[0] = 0.993262, d p[0] / d x = tensor([ 6.6923e-03, -6.6475e-03, -4.4790e-05])
    #> scale 20: p[0] = 1.000000, d p[0] / d x = tensor([ 0.0000e+00, -2.0612e-09, -4.2484e-18])
