import pytest

from nearer.core.program import load_program


@pytest.fixture(scope="session")
def program():
    return load_program()
