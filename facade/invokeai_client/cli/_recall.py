"""`invokeai-client recall IMAGE_NAME`: what made an image, and the command that makes it again.

Prints the image's metadata, its workflow's form inputs with the values that made it (or, for an image
made from a graph alone, the node fields that are not at their defaults), and the commands that re-run
it: always `recall IMAGE_NAME --run`, which enqueues the image's own graph again (journaled with --out, as
`run`), and the `generate` command (the presets) for an image whose metadata a preset could make (a
text-to-image or image-to-image mode and a model).
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._output import Output, cell, plain

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.submission.recall import RecalledWorkflow
    from invokeai_client.workflow.recipe import ImageMetadata

__all__ = ["add_arguments", "describe", "generate_command", "node_fields", "recall"]

DEFAULT_URL = "http://127.0.0.1:9090"
# Generation modes a preset (`invokeai-client generate`) makes, with or without a base model's prefix.
_PRESET_MODES = frozenset({"txt2img", "img2img"})


def add_arguments(p: argparse.ArgumentParser) -> None:
    """`recall`'s own options (the parser adds --url, --json, ...)."""
    from . import _seconds

    p.add_argument("image", metavar="IMAGE_NAME", help="an image on the server, e.g. 1a2b3c.png")
    p.add_argument("--run", action="store_true", help="enqueue the image's graph again and wait")
    p.add_argument(
        "--out", metavar="DIR",
        help="with --run: folder for the image, its manifest and the run's journal (the same command "
        "resumes it); default: the image to out/, no journal",
    )  # fmt: skip
    p.add_argument("--fresh", action="store_true", help="with --run --out: start the run in DIR over")
    p.add_argument("--no-download", action="store_true", help="with --run: leave the image on the server")
    p.add_argument("--timeout", type=_seconds, default=1800, help="with --run: seconds to wait")
    p.add_argument(
        "--sync-models", action="store_true",
        help="with --run: point model fields at installed models first (default: exactly as recorded)",
    )  # fmt: skip


def recall(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    """Print the image's recipe; with --run, run it again through the run engine."""
    wf = client.workflows.from_image(args.image)
    url = None if args.url.rstrip("/") == DEFAULT_URL else args.url
    report = describe(wf, url)
    if args.run:
        from ._resumable import run_sweep

        for line in _report_lines(report):
            out.note(line)
        run_args = argparse.Namespace(
            **vars(args), runs=1, retry_failed=False, chunk_size=1, cancel_on_interrupt=False,
            no_sync_models=not args.sync_models,
        )  # fmt: skip
        return run_sweep(wf, {}, run_args, out)
    out.data(report)
    if not out.json_mode:
        _print(report, out)
    return 0


def describe(wf: RecalledWorkflow, url: str | None = None) -> dict[str, Any]:
    """The recipe as JSON data: metadata, inputs or node fields, the commands that re-run it."""
    recipe = wf.recipe
    inputs = [
        {
            "index": inp.input_index,
            "label": inp.label,
            "key": inp.key,
            "value": plain(inp.value),
            "from_image": inp.key in wf.changed,
        }
        for inp in wf.list_inputs()
    ]
    metadata = recipe.metadata
    generate = generate_command(metadata, url) if metadata is not None else None
    rerun = ["invokeai-client", "recall", recipe.image_name, "--run"] + (["--url", url] if url else [])
    return {
        "image_name": recipe.image_name,
        "server_version": recipe.server_version,
        "source": "workflow" if wf.from_workflow else "graph",
        "workflow_name": wf.name if wf.from_workflow else None,
        "metadata": plain(metadata.values()) if metadata is not None else None,
        "inputs": inputs,
        "node_fields": {} if wf.from_workflow else node_fields(recipe.graph or {}),
        "changed": plain(wf.changed),
        "notes": list(wf.notes),
        "commands": {"generate": generate, "rerun": shlex.join(rerun)},
    }


def node_fields(graph: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Per node, the fields of `graph` not at their node type's default and not fed by a connection."""
    from invokeai_client.workflow.graph_diff import same_value
    from invokeai_client.workflow.values import load_catalog, spec_for

    catalog = load_catalog()
    fed = {(e["destination"]["node_id"], e["destination"]["field"]) for e in graph.get("edges") or []}
    shown: dict[str, dict[str, Any]] = {}
    for node_id, node in (graph.get("nodes") or {}).items():
        node_type = str(node.get("type"))
        fields: dict[str, Any] = {}
        for name, value in node.items():
            if name in ("id", "type", "use_cache", "is_intermediate") or (node_id, name) in fed:
                continue
            default = spec_for(node_type, name, value).default if catalog.knows(node_type) else None
            if value is not None and not same_value(value, default):
                fields[name] = plain(value)
        if fields:
            shown[f"{node_id} ({node_type})"] = fields
    return shown


def generate_command(metadata: ImageMetadata, url: str | None = None) -> str | None:
    """The `invokeai-client generate` command a preset image's metadata describes, or None when the
    metadata is not a preset's (no text-to-image / image-to-image mode, or no model)."""
    mode = (metadata.generation_mode or "").rpartition("_")[2]
    if mode not in _PRESET_MODES or metadata.model_name is None or metadata.positive_prompt is None:
        return None
    words = ["invokeai-client", "generate", metadata.positive_prompt, "--model", metadata.model_name]
    options: list[tuple[str, Any]] = [
        ("--width", metadata.width),
        ("--height", metadata.height),
        ("--steps", metadata.steps),
        ("--cfg-scale", metadata.cfg_scale),
        ("--scheduler", metadata.scheduler),
        ("--seed", metadata.seed),
        ("--negative-prompt", metadata.negative_prompt or None),
    ]
    if mode == "img2img":
        if metadata.init_image is None:
            return None  # an image-to-image recipe without its input image cannot be said as a command
        options += [("--image", metadata.init_image), ("--strength", metadata.strength)]
    for option, value in options:
        if value is not None:
            words += [option, str(value)]
    if url:
        words += ["--url", url]
    return shlex.join(words)


def _report_lines(report: Mapping[str, Any]) -> list[str]:
    source = f"workflow {report['workflow_name']!r}" if report["source"] == "workflow" else "its graph"
    lines = [
        f"image {report['image_name']} (InvokeAI {report['server_version'] or '?'}): re-running {source}"
    ]
    return lines + list(report["notes"])


def _print(report: Mapping[str, Any], out: Output) -> None:
    for line in _report_lines(report):
        out.note(line.replace("re-running", "made from"))
    metadata = report["metadata"]
    if metadata:
        out.table(["metadata", "value"], [[k, cell(v, 120)] for k, v in metadata.items()])
    elif metadata is None:
        out.note("no metadata stored with the image (its graph has no core_metadata node)")
    if report["inputs"]:
        out.table(
            ["#", "input", "value", ""],
            [
                [i["index"], f"{i['label']} ({i['key']})", cell(i["value"], 120),
                 "from the image" if i["from_image"] else ""]
                for i in report["inputs"]
            ],
        )  # fmt: skip
    for node, fields in report["node_fields"].items():
        out.table([node, "value"], [[k, cell(v, 120)] for k, v in fields.items()])
    commands = report["commands"]
    if commands["generate"]:
        out.note(f"the same with a preset: {commands['generate']}")
    out.note(f"re-run it: {commands['rerun']}")
