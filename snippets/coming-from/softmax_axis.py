import inspect
import os
import warnings

os.environ["KERAS_BACKEND"] = "torch"  # Keras 3 on PyTorch: no TensorFlow needed

import jax
import keras
import torch
import torch.nn.functional as F


def default(fn, name):
    return inspect.signature(fn).parameters[name].default


print("torch.nn.functional.softmax  dim =", default(F.softmax, "dim"))
#> torch.nn.functional.softmax  dim = None
print("jax.nn.softmax               axis =", default(jax.nn.softmax, "axis"))
#> jax.nn.softmax               axis = -1
print("keras.activations.softmax    axis =", default(keras.activations.softmax, "axis"))
#> keras.activations.softmax    axis = -1

# Scores for 2 sequences x 3 positions x 4 classes; JAX and Keras normalise the last axis:
scores = torch.zeros(2, 3, 4)
print(jax.nn.softmax(scores.numpy())[0, 0])
#> [0.25 0.25 0.25 0.25]
print(keras.activations.softmax(scores)[0, 0])
#> tensor([0.2500, 0.2500, 0.2500, 0.2500])
# Ported without dim, PyTorch picks dim=0 for a 3-D input, the batch (and warns):
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # "Implicit dimension choice for softmax ..."
    print(F.softmax(scores)[0, 0])
    #> tensor([0.5000, 0.5000, 0.5000, 0.5000])
# Say which dim, as JAX and Keras assume:
print(F.softmax(scores, dim=-1)[0, 0])
#> tensor([0.2500, 0.2500, 0.2500, 0.2500])
