import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
p = torch.sigmoid(x)  # P(class 1) for a logit x
torch.testing.assert_close(torch.sigmoid(-x), 1 - p)  # P(class 0) = 1 - P(class 1)
print("sigmoid(-x) == 1 - sigmoid(x)")
#> sigmoid(-x) == 1 - sigmoid(x)

two_logits = torch.stack([torch.zeros_like(x), x], dim=1)  # logits (0, x) for two classes
torch.testing.assert_close(torch.softmax(two_logits, dim=1)[:, 1], p)
print("softmax over (0, x) == sigmoid(x)")
#> softmax over (0, x) == sigmoid(x)

print(torch.logit(p))  # logit, the inverse, recovers the input
#> tensor([-2.0000, -0.5000,  0.0000,  0.5000,  2.0000])
