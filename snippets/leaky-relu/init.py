import torch
import torch.nn.functional as F
from torch import nn

slope = 0.2  # the activation's negative_slope, passed to the initialisation as a=
print(round(nn.init.calculate_gain("leaky_relu", slope), 4))  # sqrt(2 / (1 + slope**2))
#> 1.3868

inits = {
    f"kaiming_normal_(a={slope})": lambda w: nn.init.kaiming_normal_(w, a=slope, nonlinearity="leaky_relu"),
    "kaiming_normal_() (a=0, ReLU's gain)": nn.init.kaiming_normal_,
    "nn.Linear default": lambda w: w,  # keep the weights nn.Linear starts with
}
for name, init in inits.items():
    torch.manual_seed(0)
    h = torch.randn(1024, 256)  # standard-normal inputs: std 1
    with torch.no_grad():
        for _ in range(50):
            layer = nn.Linear(256, 256, bias=False)
            init(layer.weight)
            h = F.leaky_relu(layer(h), slope)
    print(f"{name}: weight std x sqrt(256) {layer.weight.std() * 16:.2f}, std after 50 layers {h.std():#.2g}")
    #> kaiming_normal_(a=0.2): weight std x sqrt(256) 1.39, std after 50 layers 0.60
    #> kaiming_normal_() (a=0, ReLU's gain): weight std x sqrt(256) 1.41, std after 50 layers 1.6
    #> nn.Linear default: weight std x sqrt(256) 0.58, std after 50 layers 9.9e-20
