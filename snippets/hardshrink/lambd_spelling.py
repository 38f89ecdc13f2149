import torch
import torch.nn.functional as F

# `lambda` is a Python keyword, so this line cannot even be parsed:
try:
    compile("F.hardshrink(x, lambda=1.0)", "<example>", "eval")
except SyntaxError as error:
    print("SyntaxError:", error.msg)
    #> SyntaxError: invalid syntax

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.hardshrink(x, lambd=1.0))  # the argument is spelled `lambd`
#> tensor([-2.,  0.,  0.,  0.,  2.])
