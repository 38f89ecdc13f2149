import torch


def softmax(x: torch.Tensor, dim: int) -> torch.Tensor:
    # Subtracting the max changes nothing mathematically (shift invariance) and keeps exp() <= 1
    z = x - x.amax(dim=dim, keepdim=True)
    e = torch.exp(z)
    return e / e.sum(dim=dim, keepdim=True)


print(softmax(torch.tensor([1000.0, 1001.0, 1002.0]), dim=0))
#> tensor([0.0900, 0.2447, 0.6652])

torch.manual_seed(0)
batch = 10 * torch.randn(64, 10)
torch.testing.assert_close(softmax(batch, dim=1), torch.softmax(batch, dim=1))
torch.testing.assert_close(softmax(batch, dim=0), torch.softmax(batch, dim=0))
print("matches torch.softmax")
#> matches torch.softmax
