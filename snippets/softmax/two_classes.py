import torch

a = torch.linspace(-6, 6, 13)
pairs = torch.stack([a, torch.zeros_like(a)], dim=1)  # logits (a, 0)

p0 = torch.softmax(pairs, dim=1)[:, 0]
torch.testing.assert_close(p0, torch.sigmoid(a))  # softmax of (a, b) is sigmoid(a - b)
print("two-class softmax == sigmoid of the difference")
#> two-class softmax == sigmoid of the difference
