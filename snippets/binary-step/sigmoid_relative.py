import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
for T in (1.0, 0.1, 0.01):  # sigmoid(x / T) sharpens towards the step as T shrinks
    print(T, torch.sigmoid(x / T))
    #> 1.0 tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
    #> 0.1 tensor([2.0612e-09, 6.6929e-03, 5.0000e-01, 9.9331e-01, 1.0000e+00])
    #> 0.01 tensor([0.0000e+00, 1.9287e-22, 5.0000e-01, 1.0000e+00, 1.0000e+00])
print("step", (x >= 0).to(x.dtype))  # at x = 0 the sigmoid stays 0.5
#> step tensor([0., 0., 1., 1., 1.])
