import torch
import torch.nn.functional as F

# ISTA: recover a sparse z from y = A z by minimising 1/2 ||A z - y||^2 + lam ||z||_1
torch.manual_seed(0)
A = torch.randn(40, 100, dtype=torch.float64) / 40**0.5
z_true = torch.zeros(100, dtype=torch.float64)
z_true[[3, 30, 71]] = torch.tensor([2.0, -1.5, 1.0], dtype=torch.float64)
y = A @ z_true

lam = 0.05
step = 1 / torch.linalg.matrix_norm(A, ord=2) ** 2  # 1 / L, L = largest eigenvalue of A^T A
z = torch.zeros(100, dtype=torch.float64)
for _ in range(500):
    gradient = A.T @ (A @ z - y)
    z = F.softshrink(z - step * gradient, lambd=(lam * step).item())  # gradient step, then shrink

print("non-zero entries:", torch.nonzero(z).flatten().tolist())  # exact zeros elsewhere
#> non-zero entries: [3, 30, 71]
print("their values:", z[[3, 30, 71]])
#> their values: tensor([ 1.9454, -1.4654,  0.9422], dtype=torch.float64)
