import inspect
import os

os.environ["KERAS_BACKEND"] = "torch"  # Keras 3 on PyTorch: no TensorFlow needed

import jax
import keras
import torch
import torch.nn.functional as F
from torch import nn


def default(fn):
    return inspect.signature(fn).parameters["approximate"].default


print("torch.nn.GELU          ", repr(default(nn.GELU)))  # exact, with the error function
#> torch.nn.GELU           'none'
print("jax.nn.gelu            ", default(jax.nn.gelu))  # the tanh approximation
#> jax.nn.gelu             True
print("keras.activations.gelu ", default(keras.activations.gelu))  # exact, as activation="gelu"
#> keras.activations.gelu  False
print("keras.ops.gelu         ", default(keras.ops.gelu))  # the tanh approximation
#> keras.ops.gelu          True

x = torch.arange(-40, 41) / 10  # -4.0, -3.9, ..., 4.0; x[50] is 1.0
from_jax = torch.tensor(jax.nn.gelu(x.numpy()).tolist())  # JAX's default, back in torch
print(round(F.gelu(x)[50].item(), 4), round(from_jax[50].item(), 4))  # GELU(1.0): torch, JAX
#> 0.8413 0.8412
print(torch.allclose(F.gelu(x), from_jax, atol=1e-5))
#> False
# To reproduce JAX's default (or keras.ops.gelu) in PyTorch, ask for the tanh form:
print(torch.allclose(F.gelu(x, approximate="tanh"), from_jax, atol=1e-5))
#> True
print(torch.allclose(keras.ops.gelu(x), F.gelu(x, approximate="tanh"), atol=1e-5))
#> True
# A Keras model built with Activation("gelu") matches PyTorch's default:
print(torch.allclose(keras.layers.Activation("gelu")(x), F.gelu(x), atol=1e-5))
#> True
