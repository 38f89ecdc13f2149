import torch

logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 3.0]])  # (batch=2, classes=3)

right = torch.softmax(logits, dim=1)  # over the classes: each row sums to 1
print(right.sum(dim=1))
#> tensor([1.0000, 1.0000])
print(torch.softmax(logits, dim=-1).equal(right))  # dim=-1 is the same axis here
#> True

wrong = torch.softmax(logits, dim=0)  # over the batch: each column sums to 1
print(wrong.sum(dim=0))
#> tensor([1.0000, 1.0000, 1.0000])
print(wrong.sum(dim=1))  # the rows are not probability vectors
#> tensor([1.6640, 1.3360])
