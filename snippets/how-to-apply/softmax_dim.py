import torch

# A batch of 2 examples, 3 class scores each: shape (batch, classes)
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])

probs = torch.softmax(logits, dim=1)  # over the classes of each example
print(probs)
#> tensor([[0.6590, 0.2424, 0.0986],
#>         [0.1161, 0.8580, 0.0259]])
print("row sums:", probs.sum(dim=1))
#> row sums: tensor([1.0000, 1.0000])

wrong = torch.softmax(logits, dim=0)  # over the batch: mixes different examples
print("dim=0, column sums:", wrong.sum(dim=0))
#> dim=0, column sums: tensor([1.0000, 1.0000, 1.0000])
print("dim=0, row sums:", wrong.sum(dim=1))
#> dim=0, row sums: tensor([1.7503, 1.2497])
