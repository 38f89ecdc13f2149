import torch

heatmaps = torch.tensor([[[[0.0, 1.0], [2.0, 3.0]]]])  # (N=1, C=1, H=2, W=2): one keypoint heatmap
n, c, h, w = heatmaps.shape

# Softmax2d normalises over channels; for "where in the image", normalise over the H x W pixels
where = torch.softmax(heatmaps.flatten(2), dim=-1).view(n, c, h, w)
print(where)
#> tensor([[[[0.0321, 0.0871],
#>           [0.2369, 0.6439]]]])
print(where.sum(dim=(-2, -1)))  # each channel's map sums to 1
#> tensor([[1.]])
