# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Softmax in practice
#
# A placeholder while the notebook is written: $\mathrm{softmax}(x)_i = e^{x_i} / \sum_j e^{x_j}$.

# %%
import torch

x = torch.tensor([1000.0, 1001.0, 1002.0])
naive = torch.exp(x) / torch.exp(x).sum()
print("naive:", naive)
print("torch.softmax:", torch.softmax(x, dim=0))
RESULTS = {"naive_is_nan": bool(naive.isnan().all())}
