import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 2.0], requires_grad=True)
try:
    F.leaky_relu(x, inplace=True)  # x is a leaf that requires grad: it cannot be overwritten
except RuntimeError as error:
    print(error)
    #> a leaf Variable that requires grad is being used in an in-place operation.
