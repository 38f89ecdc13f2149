import torch
from torch import nn

print(round(nn.init.calculate_gain("tanh"), 4))  # 5/3
#> 1.6667

inits = {
    "xavier_normal_(gain=5/3)": lambda w: nn.init.xavier_normal_(w, gain=nn.init.calculate_gain("tanh")),
    "xavier_normal_ (gain=1)": nn.init.xavier_normal_,
    "nn.Linear default": lambda w: w,  # keep the weights nn.Linear starts with
}
for name, init in inits.items():
    torch.manual_seed(0)
    h = torch.randn(1024, 256)  # standard-normal inputs: std 1
    with torch.no_grad():
        for _ in range(50):
            layer = nn.Linear(256, 256, bias=False)
            init(layer.weight)
            h = torch.tanh(layer(h))
    print(f"{name}: weight std x sqrt(256) {layer.weight.std() * 16:.2f}, std after 50 layers {h.std():#.2g}")
    #> xavier_normal_(gain=5/3): weight std x sqrt(256) 1.66, std after 50 layers 0.65
    #> xavier_normal_ (gain=1): weight std x sqrt(256) 1.00, std after 50 layers 0.099
    #> nn.Linear default: weight std x sqrt(256) 0.58, std after 50 layers 8.7e-13
