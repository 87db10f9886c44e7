"""Workflows the tests build from ours in examples/workflows/ (never from another project's files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"


def blur_with_canvas_output(label: str = "") -> dict[str, Any]:
    """image-blur.json with a newer node fed from the blur, as a 6.14 GUI would export it: `canvas_output`
    (node id "to-canvas"), a type that older releases do not have."""
    data: dict[str, Any] = json.loads((WORKFLOWS / "image-blur.json").read_text())
    data["nodes"].append(
        {
            "id": "to-canvas",
            "type": "invocation",
            "position": {"x": 900, "y": 0},
            "data": {
                "id": "to-canvas",
                "type": "canvas_output",
                "version": "1.0.0",
                "label": label,
                "notes": "",
                "isOpen": True,
                "isIntermediate": True,
                "useCache": True,
                "nodePack": "invokeai",
                "inputs": {"image": {"name": "image", "label": "", "description": ""}},
            },
        }
    )
    data["edges"].append(
        {
            "id": "blur-to-canvas",
            "type": "default",
            "source": "blur",
            "sourceHandle": "image",
            "target": "to-canvas",
            "targetHandle": "image",
        }
    )
    return data
