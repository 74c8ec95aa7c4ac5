"""The catalogue and the reference modules, importable at collection time for parametrizing."""
from symbolic.catalogue import load_catalogue
from tests.references import (activations, attention, convolution, graph, linear_algebra, losses,
                              metrics, neuron, normalization, optimizers, probability, recurrent,
                              regularization, reinforcement, svm)

CATALOGUE = load_catalogue()
EQUATIONS = list(CATALOGUE)
IDS = [f"{e.number:03d}-{e.slug}" for e in EQUATIONS]

REFERENCES = {}
for _module in (activations, attention, convolution, graph, linear_algebra, losses, metrics, neuron,
                normalization, optimizers, probability, recurrent, regularization, reinforcement, svm):
    for _slug, _ref in _module.REFERENCES.items():
        assert _slug not in REFERENCES, f"two references for {_slug}"
        REFERENCES[_slug] = _ref
