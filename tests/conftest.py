"""Shared test set-up: the Hypothesis profiles, and the ``slow`` marker.

``ci`` is bounded so the property suite stays well inside CI's time (it is chosen when the CI
environment variable is set, as on every CI service); ``dev`` is the default; ``thorough`` is
for a long local hunt: ``HYPOTHESIS_PROFILE=thorough python -m pytest tests/property``.
"""

from __future__ import annotations

import os

import pytest
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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` run in CI (the CI environment variable set, as every CI service
    does) or when asked for (``-m slow``); a plain local ``python -m pytest`` skips them."""
    if os.environ.get("CI") or "slow" in str(config.getoption("markexpr", "")):
        return
    skip = pytest.mark.skip(reason="slow: runs in CI (CI=1) or with -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
