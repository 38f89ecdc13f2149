import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
for dtype in (torch.float16, torch.bfloat16):
    h = x.to(dtype)
    print(torch.relu(h))
    #> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000], dtype=torch.float16)
    #> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000], dtype=torch.bfloat16)
    print(torch.sigmoid(h))
    #> tensor([0.1192, 0.3774, 0.5000, 0.6226, 0.8809], dtype=torch.float16)
    #> tensor([0.1191, 0.3770, 0.5000, 0.6211, 0.8789], dtype=torch.bfloat16)
