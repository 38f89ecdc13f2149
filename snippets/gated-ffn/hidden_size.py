def llama_hidden(dim: int, multiple_of: int = 256) -> int:
    """The hidden width of LLaMA's reference code: 2/3 of 4·dim, rounded up to a multiple of multiple_of."""
    hidden = int(2 * (4 * dim) / 3)
    return multiple_of * ((hidden + multiple_of - 1) // multiple_of)


print(llama_hidden(4096))  # LLaMA-7B: dim 4096
#> 11008
print(3 * 4096 * llama_hidden(4096) / (2 * 4096 * (4 * 4096)))  # parameters / those of a 4·dim two-matrix FFN
#> 1.0078125
