import torch
from torch import nn

print(round(nn.init.calculate_gain("leaky_relu", 0.25), 4))  # sqrt(2 / (1 + 0.25**2)), 0.25 = PReLU's init
#> 1.372

inits = {
    "kaiming_normal_(a=initial slope)": lambda w, a: nn.init.kaiming_normal_(w, a=a, nonlinearity="leaky_relu"),
    "kaiming_normal_() (a=0, ReLU's gain)": lambda w, a: nn.init.kaiming_normal_(w),
    "nn.Linear default": lambda w, a: w,  # keep the weights nn.Linear starts with
}
for name, init in inits.items():
    torch.manual_seed(0)
    h = torch.randn(1024, 256)  # standard-normal inputs: std 1
    with torch.no_grad():
        for _ in range(50):
            layer, prelu = nn.Linear(256, 256, bias=False), nn.PReLU()  # slope starts at init=0.25
            init(layer.weight, prelu.weight.item())  # the slope's initial value; training moves it later
            h = prelu(layer(h))
    print(f"{name}: weight std x sqrt(256) {layer.weight.std() * 16:.2f}, std after 50 layers {h.std():#.2g}")
    #> kaiming_normal_(a=initial slope): weight std x sqrt(256) 1.37, std after 50 layers 0.64
    #> kaiming_normal_() (a=0, ReLU's gain): weight std x sqrt(256) 1.41, std after 50 layers 2.9
    #> nn.Linear default: weight std x sqrt(256) 0.58, std after 50 layers 1.7e-19
