"""`invokeai-client code WORKFLOW.json`: the Python that builds a workflow's graph (no server needed)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ._output import Output

__all__ = ["code"]


def code(args: argparse.Namespace, out: Output) -> int:
    """Print (or write to --output) a script whose `graph` variable is the workflow's `Graph`."""
    from invokeai_client.graph.codegen import workflow_to_code

    data = json.loads(Path(args.workflow).read_text(encoding="utf-8-sig"))
    # A queue item's graph ({nodes: {id: node}, edges}) or a workflow file, told apart by the nodes' shape.
    is_graph = isinstance(data, dict) and isinstance(data.get("nodes"), dict)
    script = workflow_to_code(data) if is_graph else workflow_to_code(args.workflow)
    if args.output:
        Path(args.output).write_text(script, encoding="utf-8")
        out.data({"written": args.output})
        out.note(f"wrote {args.output}")
    elif args.json:
        out.data({"code": script})
    else:
        sys.stdout.write(script)
    return 0
