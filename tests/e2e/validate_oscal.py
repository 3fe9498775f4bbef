#!/usr/bin/env python3
"""Validate OSCAL JSON documents against an official OSCAL JSON Schema (draft-07).

usage: validate_oscal.py SCHEMA FILE...

The schema's token pattern uses \\p{L} and \\p{N}, which Python's re module does not know; patterns are
matched with the `regex` module (Debian python3-regex) instead. Prints every violation with its JSON
path and exits 1 if any document is invalid, 2 if the validator cannot run, 0 if all are valid.
"""

import json
import sys

try:
    import jsonschema
    import regex
    from jsonschema import Draft7Validator, validators
    from jsonschema.exceptions import ValidationError
except ImportError as e:  # the setup script installs both; say what is missing rather than pass
    print(f"validate_oscal.py: {e} (install python3-jsonschema and python3-regex)", file=sys.stderr)
    sys.exit(2)


def pattern(validator, patrn, instance, schema):
    if validator.is_type(instance, "string") and not regex.search(patrn, instance):
        yield ValidationError(f"{instance!r} does not match {patrn!r}")


def pattern_properties(validator, patterns, instance, schema):
    if not validator.is_type(instance, "object"):
        return
    for patrn, subschema in patterns.items():
        for key, value in instance.items():
            if regex.search(patrn, key):
                yield from validator.descend(value, subschema, path=key, schema_path=patrn)


OscalValidator = validators.extend(
    Draft7Validator, {"pattern": pattern, "patternProperties": pattern_properties})


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    OscalValidator.check_schema(schema)
    validator = OscalValidator(schema, format_checker=Draft7Validator.FORMAT_CHECKER
                               if hasattr(Draft7Validator, "FORMAT_CHECKER") else jsonschema.FormatChecker())
    invalid = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: not readable JSON: {e}")
            invalid += 1
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for e in errors[:50]:
            where = "/".join(str(p) for p in e.absolute_path) or "(root)"
            print(f"{path}: {where}: {e.message}")
        if errors:
            print(f"{path}: invalid ({len(errors)} problems)")
            invalid += 1
        else:
            print(f"{path}: valid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
