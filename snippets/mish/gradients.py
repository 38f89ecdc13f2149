import torch
import torch.nn.functional as F

x = torch.tensor([-10.0, -5.0, -2.0, -1.0, 1.0, 2.0, 5.0], requires_grad=True)
for f in (F.mish, F.silu, torch.relu):
    (slope,) = torch.autograd.grad(f(x).sum(), x)
    print(f"{f.__name__:>5}:", slope)
    #>  mish: tensor([-4.0858e-04, -2.6747e-02, -1.0836e-01,  5.9217e-02,  1.0490e+00,
    #>          1.0693e+00,  1.0008e+00])
    #>  silu: tensor([-4.0856e-04, -2.6547e-02, -9.0784e-02,  7.2329e-02,  9.2767e-01,
    #>          1.0908e+00,  1.0265e+00])
    #>  relu: tensor([0., 0., 0., 0., 1., 1., 1.])
