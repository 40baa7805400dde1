"""Derived state kept current in the transaction of each change: what the screens and the
cohort report read, rebuilt from the clinical tables at any time."""
