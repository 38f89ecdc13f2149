import torch
from torch import nn

torch.manual_seed(0)
segmenter = nn.Sequential(  # a tiny per-pixel classifier with 4 classes: it outputs logits
    nn.Conv2d(3, 8, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(8, 4, kernel_size=1),
)
images = torch.randn(2, 3, 16, 16)  # (N, C_in, H, W)
masks = torch.randint(0, 4, (2, 16, 16))  # (N, H, W): one class index per pixel

logits = segmenter(images)
print(logits.shape, masks.shape)
#> torch.Size([2, 4, 16, 16]) torch.Size([2, 16, 16])
loss = nn.CrossEntropyLoss()(logits, masks)  # train on logits: (N, C, H, W) with (N, H, W)
print(loss)
#> tensor(1.4363, grad_fn=<NllLoss2DBackward0>)

segmenter.eval()
with torch.no_grad():
    probs = nn.Softmax2d()(segmenter(images))  # probabilities only where you need them
print(probs.shape, probs.argmax(dim=1).shape)  # a predicted mask per image
#> torch.Size([2, 4, 16, 16]) torch.Size([2, 16, 16])
