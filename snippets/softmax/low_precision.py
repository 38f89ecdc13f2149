import torch

logits = torch.tensor([0.0, -5.0, -20.0], dtype=torch.float16)  # e.g. from a model run in half precision
p16 = torch.softmax(logits, dim=0)  # the result is float16
p32 = torch.softmax(logits, dim=0, dtype=torch.float32)  # the logits are cast to float32 first
print(p16.dtype, p32.dtype)
#> torch.float16 torch.float32
print(p16[2].item(), f"{p32[2].item():.3g}")  # float16 cannot hold 2e-9: it underflows to 0 ...
#> 0.0 2.05e-09
print(torch.log(p16[2]).item(), f"{torch.log(p32[2]).item():.3g}")  # ... and its log is -inf
#> -inf -20

p_bf16 = torch.softmax(logits.bfloat16(), dim=0)  # bfloat16 keeps the range but only about 3 digits
print(f"{p_bf16[0].item():.4f} {p32[0].item():.4f}")
#> 0.9922 0.9933
