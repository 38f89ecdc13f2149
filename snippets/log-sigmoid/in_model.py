import torch
import torch.nn.functional as F
from torch import nn


class SkipGramNegativeSampling(nn.Module):
    """word2vec's negative-sampling loss: log σ(u·v) for a true pair, log σ(−u·v) for k noise words."""

    def __init__(self, vocab_size: int, dim: int):
        super().__init__()
        self.center = nn.Embedding(vocab_size, dim)
        self.context = nn.Embedding(vocab_size, dim)

    def forward(self, center, context, noise):  # shapes (B,), (B,), (B, k)
        v = self.center(center)  # (B, dim)
        pos = (self.context(context) * v).sum(-1)  # (B,)
        neg = torch.einsum("bkd,bd->bk", self.context(noise), v)  # (B, k)
        return -(F.logsigmoid(pos) + F.logsigmoid(-neg).sum(-1)).mean()


torch.manual_seed(0)
model = SkipGramNegativeSampling(vocab_size=100, dim=16)
center, context = torch.tensor([3, 7]), torch.tensor([4, 8])
noise = torch.randint(0, 100, (2, 5))  # k = 5 noise words per pair
print(round(model(center, context, noise).item(), 2))  # the loss (its last digits vary by CPU)
#> 8.28
