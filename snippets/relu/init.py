import torch
from torch import nn

print(round(nn.init.calculate_gain("relu"), 4))  # sqrt(2); kaiming_normal_'s std is gain / sqrt(fan_in)
#> 1.4142

inits = {
    "kaiming_normal_(nonlinearity='relu')": lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"),
    "xavier_normal_": nn.init.xavier_normal_,
    "nn.Linear default": lambda w: w,  # keep the weights nn.Linear starts with
}
for name, init in inits.items():
    torch.manual_seed(0)
    h = torch.randn(1024, 256)  # standard-normal inputs: std 1
    with torch.no_grad():
        for _ in range(50):
            layer = nn.Linear(256, 256, bias=False)
            init(layer.weight)
            h = torch.relu(layer(h))
    print(f"{name}: weight std x sqrt(256) {layer.weight.std() * 16:.2f}, std after 50 layers {h.std():#.2g}")
    #> kaiming_normal_(nonlinearity='relu'): weight std x sqrt(256) 1.41, std after 50 layers 0.73
    #> xavier_normal_: weight std x sqrt(256) 1.00, std after 50 layers 2.2e-08
    #> nn.Linear default: weight std x sqrt(256) 0.58, std after 50 layers 3.2e-20
