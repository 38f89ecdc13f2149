import torch
import torch.nn.functional as F

x = torch.tensor([-4.0, -1.0, 0.0, 1.0, 4.0, 100.0])
print(F.softplus(x).sqrt())  # positive everywhere; about sqrt(x) for large x
#> tensor([ 0.1347,  0.5597,  0.8326,  1.1460,  2.0045, 10.0000])
print(x.clamp(min=0).sqrt())  # sqrt(relu(x)), for comparison
#> tensor([ 0.,  0.,  0.,  1.,  2., 10.])
