from tests.core.measures.builders import program  # noqa: F401 - the shared content fixture
