import torch
import torch.nn.functional as F

a = torch.tensor([-6.0, -2.0, -0.5, 0.5, 2.0], requires_grad=True)  # gate pre-activations
b = torch.ones(5, requires_grad=True)  # value projections
for name, gate in {"ReGLU": F.relu, "SwiGLU": F.silu}.items():
    d_a, d_b = torch.autograd.grad((gate(a) * b).sum(), (a, b))
    d_a, d_b = [round(v, 4) + 0.0 for v in d_a.tolist()], [round(v, 4) + 0.0 for v in d_b.tolist()]
    print(f"{name:6}  d/da {d_a}\n{'':6}  d/db {d_b}")
    #> ReGLU   d/da [0.0, 0.0, 0.0, 1.0, 1.0]
    #>         d/db [0.0, 0.0, 0.0, 0.5, 2.0]
    #> SwiGLU  d/da [-0.0123, -0.0908, 0.26, 0.74, 1.0908]
    #>         d/db [-0.0148, -0.2384, -0.1888, 0.3112, 1.7616]
