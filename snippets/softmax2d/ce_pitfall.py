import torch
from torch import nn

torch.set_printoptions(precision=3)  # the 4th decimal of a mean over pixels can differ between CPUs
torch.manual_seed(0)
logits = torch.randn(2, 4, 8, 8)  # (N, C=4, H, W)
masks = torch.randint(0, 4, (2, 8, 8))  # (N, H, W)
loss_fn = nn.CrossEntropyLoss()

print(loss_fn(logits, masks))  # right: CrossEntropyLoss applies log-softmax over dim 1 itself
#> tensor(1.733)
print(loss_fn(nn.Softmax2d()(logits), masks))  # wrong: softmax applied twice
#> tensor(1.410)

# Even a perfect, confident prediction cannot bring the wrong loss near 0
perfect = 100 * nn.functional.one_hot(masks, 4).permute(0, 3, 1, 2).float()  # (N, C, H, W)
print(loss_fn(perfect, masks), loss_fn(nn.Softmax2d()(perfect), masks))
#> tensor(0.) tensor(0.744)
