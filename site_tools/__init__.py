"""Code the site's build and tests use that is not a MkDocs hook: the activations' registry, the explorer's
data generator and the scaffold that adds an activation."""
