import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], device=device)
y = torch.sigmoid(x)  # runs on the device the input lives on
print(y.device == x.device, y.dtype)
#> True torch.float32
print(y.cpu())  # move to the CPU to print, save or compare with NumPy
#> tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
