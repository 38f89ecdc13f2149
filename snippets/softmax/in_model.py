import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(  # ends with logits: no softmax inside, CrossEntropyLoss wants logits
    nn.Linear(4, 16),
    nn.ReLU(),
    nn.Linear(16, 3),
)
x = torch.randn(2, 4)  # a batch of 2 examples, 3 classes

model.eval()
with torch.no_grad():
    probs = torch.softmax(model(x), dim=1)  # probabilities only where you need them
print(probs)
#> tensor([[0.3456, 0.2946, 0.3599],
#>         [0.3871, 0.2190, 0.3939]])
print(probs.sum(dim=1).round(decimals=4))  # 1 up to float32 rounding, which varies by CPU
#> tensor([1., 1.])
print(probs.argmax(dim=1))  # the same as model(x).argmax(dim=1): softmax keeps the order
#> tensor([2, 2])
