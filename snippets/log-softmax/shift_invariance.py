import torch
import torch.nn.functional as F

x = torch.tensor([2.0, 1.0, 0.1, -1.0])
torch.testing.assert_close(F.log_softmax(x + 100.0, dim=0), F.log_softmax(x, dim=0))
print("log_softmax(x + c) == log_softmax(x)")
#> log_softmax(x + c) == log_softmax(x)

log_probs = F.log_softmax(x, dim=0)
torch.testing.assert_close(torch.logsumexp(log_probs, dim=0), torch.tensor(0.0))  # logsumexp is already 0 ...
torch.testing.assert_close(F.log_softmax(log_probs, dim=0), log_probs)  # ... so a second pass changes nothing
print("log_softmax(log_softmax(x)) == log_softmax(x)")
#> log_softmax(log_softmax(x)) == log_softmax(x)
