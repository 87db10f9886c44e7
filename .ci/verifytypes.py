"""Fail unless `pyright --verifytypes --outputjson` (its report is argv[1]) says 100% typed and documented.

pyright's exit status overlooks missing docstrings (warnings) and says nothing of the score; this reads the
report, prints the score, and lists what is missing.
"""

from __future__ import annotations

import json
import sys


def main(report_path: str) -> int:
    with open(report_path, encoding="utf-8") as file:
        report = json.load(file)["typeCompleteness"]
    score = report["completenessScore"]
    exported = report["exportedSymbolCounts"]
    undocumented = report["missingFunctionDocStringCount"] + report["missingClassDocStringCount"]
    total = sum(exported.values())
    print(f"pyright --verifytypes {report['packageName']}: {score:.1%} of {total} exported symbols typed, "
          f"{undocumented} undocumented")  # fmt: skip
    if total and score >= 1 and not undocumented:
        return 0
    for symbol in report["symbols"]:
        for diagnostic in symbol["diagnostics"]:
            print(f"  {symbol['name']}: {diagnostic['message'].splitlines()[0]}")
    print("the public API must be 100% typed and documented (and found: run with .venv/bin on PATH)")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
