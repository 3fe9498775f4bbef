#!/usr/bin/env python3
"""Validates every template in a folder against the published JSON Schema with an independent validator."""
import json
import pathlib
import sys

import jsonschema

schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
count = 0
failed = 0
for path in sorted(pathlib.Path(sys.argv[2]).glob("*.json")):
    errors = list(validator.iter_errors(json.loads(path.read_text())))
    count += 1
    for e in errors:
        print(f"{path.name}: {'/'.join(map(str, e.path))}: {e.message}")
    failed += bool(errors)
# A template the schema must refuse, so that the check itself is known to bite.
bad = {"format": "readiness-workbench-template", "formatVersion": 1, "id": "x", "title": "X",
       "domains": [{"key": "A", "title": "A", "items": [{"key": "A-1", "text": "a", "points": 0}]}]}
if validator.is_valid(bad):
    print("the schema accepted a template with an item worth 0 points")
    failed += 1
print(f"{count - failed if failed <= count else 0} passed, {failed} failed")
sys.exit(1 if failed or count == 0 else 0)
