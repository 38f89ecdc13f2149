import inspect
import typing

from torch import nn

print(inspect.signature(nn.RNN))  # the constructor itself takes *args, **kwargs ...
#> (*args, **kwargs)
typed = typing.get_overloads(nn.RNN.__init__)[0]  # ... its typed overload names the default
print(inspect.signature(typed).parameters["nonlinearity"])
#> nonlinearity: str = 'tanh'
print(nn.RNN(input_size=3, hidden_size=2).nonlinearity)
#> tanh
