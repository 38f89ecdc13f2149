import torch
from torch import nn

prelu = nn.PReLU()
optimizer = torch.optim.SGD(prelu.parameters(), lr=0.1, weight_decay=0.5)
x = torch.tensor([0.5, 1.0, 2.0])  # positive inputs: the loss does not depend on the slope

for step in range(3):
    optimizer.zero_grad()
    prelu(x).sum().backward()  # gradient of the slope: 0
    optimizer.step()  # ... but weight decay still shrinks it towards 0, i.e. towards ReLU
    print(step, round(prelu.weight.item(), 4))
    #> 0 0.2375
    #> 1 0.2256
    #> 2 0.2143
