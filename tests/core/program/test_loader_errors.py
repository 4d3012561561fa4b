"""Error messages of the loader: key paths and wording."""

from nearer.core.program.loader import describe_error, key_path


def test_key_path_renders_indexes_and_keys():
    assert key_path(("questions", 2, "text")) == "questions[2].text"
    assert key_path(("root_cause", "work", 0)) == "root_cause.work[0]"
    assert key_path(()) == ""


def test_missing_and_unknown_keys_read_plainly():
    assert describe_error({"loc": ("a",), "type": "missing", "msg": "Field required"}) == "at key a: field required"
    assert describe_error({"loc": ("a", 1, "b"), "type": "extra_forbidden", "msg": "x"}).startswith(
        "at key a[1].b: unknown key")
    assert describe_error({"loc": (), "type": "value_error", "msg": "Value error, Broken"}) == "at top level: broken"
