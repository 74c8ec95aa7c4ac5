"""Developer preview of one family: `python -m tests.preview_family losses`.

Prints each entry in the seed format (and its note), then checks the family's NumPy
references the way tests/test_math.py does. For authors of a family module.
"""
import importlib
import sys

import numpy as np

from codegen.documents import markdown_entry
from symbolic.evaluate import evaluate, sample_inputs


def main(name: str) -> int:
    module = importlib.import_module(f"symbolic.{name}")
    refs = importlib.import_module(f"tests.references.{name}").REFERENCES
    failures = 0
    for eq in module.EQUATIONS:
        print(markdown_entry(eq), end="")
        if eq.notes:
            print(f"> note: {eq.notes}\n")
        if eq.slug not in refs:
            print(f"[no reference] {eq.slug} ({eq.kind})\n")
            continue
        ref = refs[eq.slug]
        rng = np.random.default_rng(eq.number)
        try:
            for _ in range(3):
                values = sample_inputs(eq, ref.sizes, rng)
                if ref.inputs is not None:
                    values.update(ref.inputs(rng, values))
                got = evaluate(eq, values)
                for out, want in ref.formula(dict(values)).items():
                    np.testing.assert_allclose(got[out], want, rtol=ref.rtol, atol=1e-12)
            print(f"[reference ok] {eq.slug}\n")
        except Exception as exc:  # report and go on: this is a preview
            failures += 1
            print(f"[REFERENCE FAILED] {eq.slug}: {type(exc).__name__}: {exc}\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
