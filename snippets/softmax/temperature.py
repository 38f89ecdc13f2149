import torch

logits = torch.tensor([2.0, 1.0, 0.1, -1.0])
for T in (0.5, 1.0, 2.0, 5.0):
    print(f"T = {T}:", torch.softmax(logits / T, dim=0))
    #> T = 0.5: tensor([0.8619, 0.1166, 0.0193, 0.0021])
    #> T = 1.0: tensor([0.6381, 0.2347, 0.0954, 0.0318])
    #> T = 2.0: tensor([0.4512, 0.2737, 0.1745, 0.1007])
    #> T = 5.0: tensor([0.3277, 0.2683, 0.2241, 0.1799])
