import torch

target = torch.tensor([-4.0, 0.5, 3.0])  # regression targets known to lie in [-5, 5]


def fit(goal):
    z = torch.zeros(3, requires_grad=True)  # the pre-activations a model would learn
    opt = torch.optim.Adam([z], lr=0.1)
    for _ in range(500):
        opt.zero_grad()
        loss = ((torch.tanh(z) - goal) ** 2).mean()
        loss.backward()
        opt.step()
    return loss.item(), z.detach()


loss, z = fit(target)  # wrong: tanh cannot reach -4 or 3
print(f"raw targets: loss {loss:.4f}, prediction {torch.tanh(z)}, slope there {1 - torch.tanh(z) ** 2}")
#> raw targets: loss 4.3366, prediction tensor([-0.9991,  0.5000,  0.9990]), slope there tensor([0.0019, 0.7500, 0.0020])
loss, z = fit(target / 5)  # right: scale targets into (-1, 1), scale predictions back
print(f"targets / 5: loss {loss:.4f}, prediction {5 * torch.tanh(z)}")
#> targets / 5: loss 0.0000, prediction tensor([-4.0000,  0.5000,  3.0000])
