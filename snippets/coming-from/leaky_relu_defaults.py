import inspect
import os

os.environ["KERAS_BACKEND"] = "torch"  # Keras 3 on PyTorch: no TensorFlow needed

import jax
import keras
import torch
import torch.nn.functional as F
from torch import nn


def default_slope(fn):
    return inspect.signature(fn).parameters["negative_slope"].default


for name, fn in [
    ("torch.nn.LeakyReLU", nn.LeakyReLU),
    ("torch.nn.functional.leaky_relu", F.leaky_relu),
    ("jax.nn.leaky_relu", jax.nn.leaky_relu),
    ("keras.layers.LeakyReLU", keras.layers.LeakyReLU),
    ("keras.activations.leaky_relu", keras.activations.leaky_relu),
]:
    print(f"{name:31} negative_slope={default_slope(fn)}")
    #> torch.nn.LeakyReLU              negative_slope=0.01
    #> torch.nn.functional.leaky_relu  negative_slope=0.01
    #> jax.nn.leaky_relu               negative_slope=0.01
    #> keras.layers.LeakyReLU          negative_slope=0.3
    #> keras.activations.leaky_relu    negative_slope=0.2

# To match a Keras model, write its slope out (on torch, Keras returns torch tensors):
x = torch.tensor([-2.0, -1.0, 0.0, 3.0])
print(keras.layers.LeakyReLU()(x).equal(nn.LeakyReLU(negative_slope=0.3)(x)))
#> True
print(keras.activations.leaky_relu(x).equal(F.leaky_relu(x, negative_slope=0.2)))
#> True
