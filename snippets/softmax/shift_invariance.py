import torch

x = torch.tensor([2.0, 1.0, 0.1, -1.0])
for c in (-5.0, 100.0):
    torch.testing.assert_close(torch.softmax(x + c, dim=0), torch.softmax(x, dim=0))
print("softmax(x + c) == softmax(x)")
#> softmax(x + c) == softmax(x)

print(torch.softmax(x, dim=0))
#> tensor([0.6381, 0.2347, 0.0954, 0.0318])
print(torch.softmax(2 * x, dim=0))  # scaling is not harmless: it sharpens (see temperature)
#> tensor([0.8619, 0.1166, 0.0193, 0.0021])
