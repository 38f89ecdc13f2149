# needs: pip install transformers
import torch
import transformers
from transformers.activations import ACT2FN

transformers.logging.set_verbosity_error()  # hides the notice that the optional CUDA kernel is missing
act = ACT2FN["xielu"]  # what a config's hidden_act="xielu" (Apertus) builds: a module with parameters
print(type(act).__name__, [name for name, _ in act.named_parameters()])
#> XIELUActivation ['alpha_p', 'alpha_n']
print(act.alpha_p.dtype)  # bfloat16 by default, so the alphas are not exactly 0.8
#> torch.bfloat16
alpha_p = torch.nn.functional.softplus(act.alpha_p)
alpha_n = act.beta + torch.nn.functional.softplus(act.alpha_n)
print(f"alpha_p = {alpha_p.item():.4f}, alpha_n = {alpha_n.item():.4f}, beta = {act.beta.item()}")
#> alpha_p = 0.8008, alpha_n = 0.8008, beta = 0.5
x = torch.tensor([-2.0, -1.0, 0.5, 2.0])
print(act(x))
#> tensor([-0.0908, -0.2054,  0.4502,  4.2031], grad_fn=<WhereBackward0>)
