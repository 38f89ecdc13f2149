import torch
import torch.nn.functional as F

logits = torch.tensor([-3.0, -0.5, 0.0, 2.0, 40.0])
target = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0])

# binary cross-entropy on logits: −[y log σ(x) + (1 − y) log σ(−x)]
ours = -(target * F.logsigmoid(logits) + (1 - target) * F.logsigmoid(-logits))
builtin = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
print(ours)
#> tensor([ 3.0486,  0.4741,  0.6931,  0.1269, 40.0000])
torch.testing.assert_close(ours, builtin)
print("matches binary_cross_entropy_with_logits")
#> matches binary_cross_entropy_with_logits
