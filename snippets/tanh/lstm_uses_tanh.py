import torch
from torch import nn

torch.manual_seed(0)
cell = nn.LSTMCell(input_size=3, hidden_size=2)
x, h, c = torch.randn(1, 3), torch.randn(1, 2), torch.randn(1, 2)

# PyTorch's LSTM, written out: gates in the order input, forget, cell candidate, output
gates = x @ cell.weight_ih.T + cell.bias_ih + h @ cell.weight_hh.T + cell.bias_hh
i, f, g, o = gates.chunk(4, dim=1)
c_new = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)  # tanh: the candidate cell state
h_new = torch.sigmoid(o) * torch.tanh(c_new)  # tanh: squashes the cell state into the hidden output

h_torch, c_torch = cell(x, (h, c))
torch.testing.assert_close(h_new, h_torch)
torch.testing.assert_close(c_new, c_torch)
print("nn.LSTMCell == the formulas above, with two tanh")
#> nn.LSTMCell == the formulas above, with two tanh
