"""Write toolkit/record_shapes.py: the ``__init__`` of every shape of fields the toolkit's records have.

toolkit.records writes a record's ``__init__`` as the standard library's text, compiled once per shape of
fields (each field required, with a default, with a default factory, or not in ``__init__``; frozen or not)
and renamed for each record. Compiling those texts took about 8 ms of every run; written out as the functions
of a module, they are compiled once, with the module, and kept by Python as any module's code is. A shape the
module lacks (a new record's) is compiled as before, so the module only needs writing again for the speed
(tests/test_records.py says when):

    python tools/build_record_shapes.py            # writes the module
    python tools/build_record_shapes.py --check    # exits 1 when the module is not what it would write
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from toolkit import records

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the module as it is; write nothing")
    check = parser.parse_args().check
    target = ROOT / "toolkit" / "record_shapes.py"
    text = records._shapes_module(records._toolkits_shapes())
    if check:
        same = target.is_file() and target.read_text(encoding="utf-8") == text
        print(f"{target.relative_to(ROOT)}: {'up to date' if same else 'out of date: run without --check'}")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({text.count('def _shape_')} shapes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
