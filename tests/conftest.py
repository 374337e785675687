"""Shared test set-up: the Hypothesis profiles.

``ci`` is bounded so the property suite stays well inside CI's time (it is chosen when the CI
environment variable is set, as on every CI service); ``dev`` is the default; ``thorough`` is
for a long local hunt: ``HYPOTHESIS_PROFILE=thorough python -m pytest tests/property``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)
