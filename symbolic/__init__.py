"""The equations as SymPy expressions, and their derivation."""
from symbolic import indexcalc  # noqa: F401  (installs the memoised free symbols of sums: indexcalc.free_symbols)
