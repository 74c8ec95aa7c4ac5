"""Shared fixtures: the catalogue, loaded once."""
import pytest

from symbolic.catalogue import load_catalogue


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()
