import torch
import torch.nn.functional as F

torch.manual_seed(0)
pre = torch.randn(10_000) * 4  # pre-activations; a few are large
scale = 6 / 255  # an 8-bit grid fixed in advance: 256 levels covering [0, 6]

for name, y in [("ReLU6", F.relu6(pre)), ("ReLU", F.relu(pre))]:
    y8 = torch.round(y / scale).clamp(0, 255) * scale  # store as 8-bit integers, read back
    error = (y8 - y).abs().max().item()
    print(f"{name}: largest output {y.max().item():.2f}, largest 8-bit error {error:.3f}")
    #> ReLU6: largest output 6.00, largest 8-bit error 0.012
    #> ReLU: largest output 16.41, largest 8-bit error 10.406
print(f"half a grid step: {scale / 2:.3f}")
#> half a grid step: 0.012
