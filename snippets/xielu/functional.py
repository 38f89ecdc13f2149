import torch


def xielu(x, alpha_p=0.8, alpha_n=0.8, beta=0.5, eps=-1e-6):
    negative = (torch.expm1(torch.minimum(x, torch.as_tensor(eps, dtype=x.dtype))) - x) * alpha_n + beta * x
    return torch.where(x > 0, alpha_p * x * x + beta * x, negative)


x = torch.tensor([-10.0, -2.0, -1.0, -0.5, 0.5, 2.0])
print(xielu(x))  # quadratic for x > 0; for x < 0 it dips, then grows again
#> tensor([ 2.2000, -0.0917, -0.2057, -0.1648,  0.4500,  4.2000])
