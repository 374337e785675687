"""Property tests: invariants of parsing, streaming and repair, over generated dumps.

Hypothesis profiles are registered in tests/conftest.py: ``ci`` (bounded, chosen when ``CI``
is set), ``dev`` (default), ``thorough`` (``HYPOTHESIS_PROFILE=thorough``).
"""
