"""The small commands: version, inputs, boards, images, queue, models."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client.resources.boards import UNCATEGORIZED, BoardHandle
from invokeai_client.resources.models import model_attr
from invokeai_client.workflow.form import WorkflowForm

from ._output import Output

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient


def version(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    from invokeai_api import __invokeai_version__, __invokeai_versions__, _releases
    from invokeai_client import __version__

    server = client.version()
    covered = list(__invokeai_versions__)
    # The snapshot the server is taken to behave like (a release between two snapshots: the one below).
    behaves_as = _releases.release_of(server)
    out.data(
        {
            "client": __version__,
            "bindings": __invokeai_version__,
            "bindings_releases": covered,
            "server": server,
            "server_taken_as": behaves_as,
            "url": client.base_url,
        }
    )
    if not out.json_mode:
        out.note(f"InvokeAI {server} at {client.base_url}")
        out.note(f"invokeai-client {__version__} (bindings for InvokeAI {covered[0]} to {covered[-1]})")
        if behaves_as != server:
            out.note(f"InvokeAI {server} is not one of them: taken to behave like {behaves_as}")
    return 0


def inputs(args: argparse.Namespace, out: Output) -> int:
    """The workflow's form inputs; needs no server."""
    form = WorkflowForm.from_file(args.workflow)
    rows = []
    for inp in form.list_inputs():
        kind = inp.spec.kind + ("[]" if inp.spec.cardinality == "collection" else "")
        rows.append([inp.input_index, inp.label + (" *" if inp.required else ""), kind, inp.value, inp.key])
    out.data(
        [
            {
                "index": inp.input_index,
                "label": inp.label,
                "key": inp.key,
                "kind": inp.spec.kind,
                "cardinality": inp.spec.cardinality,
                "required": inp.required,
                "value": inp.value,
                "accepts": inp.spec.describe(),
                "choices": list(inp.spec.choices) if inp.spec.choices else None,
            }
            for inp in form.list_inputs()
        ]
    )
    out.table(["#", "label", "type", "value", "node.field"], rows, title=f"{form.name} (* required)")
    return 0


AUTO_BOARD = "auto"


def find_board(client: InvokeAIClient, name_or_id: str, *, create: bool = False) -> BoardHandle:
    """A board by id, else by exact name, the rule board inputs follow at enqueue: "none" and
    "Uncategorized" (its name in the GUI and in `boards`) are the uncategorized board; a name several boards
    share (yours called "Uncategorized" included) is refused naming their ids, for --board ID."""
    repo = client.boards
    if name_or_id == UNCATEGORIZED:
        return repo.get_uncategorized_handle()
    if name_or_id == AUTO_BOARD:
        raise errors.ValidationError(
            "--board auto sets a workflow's board inputs to 'auto' (the auto-add board); it names no board "
            "to list (a board called 'auto' is reached by its id)"
        )
    boards = repo.list_boards(include_uncategorized=True)
    for board in boards:
        if board.board_id == name_or_id:
            return BoardHandle(client, board.board_id, board.board_name, board)
    named = [board for board in boards if board.board_name == name_or_id]
    if not named and create:
        return repo.create_board(name_or_id)
    if not named:
        names = sorted({b.board_name for b in boards})
        shown = ", ".join(repr(n) for n in names[:20])
        raise errors.UnresolvedBoardError(
            f"--board {name_or_id!r}: no board has this id or name; boards on the server: {shown}"
        )
    if len(named) > 1:
        ids = [b.board_id for b in named]
        raise errors.AmbiguousBoardError(
            f"--board {name_or_id!r}: {len(named)} boards have this name; pass one of their ids with "
            f"--board ({', '.join(ids)})",
            ids,
        )
    board = named[0]
    if board.board_id == UNCATEGORIZED:
        return repo.get_uncategorized_handle()
    return BoardHandle(client, board.board_id, board.board_name, board)


def board_option(client: InvokeAIClient, text: str, *, create: bool = True) -> tuple[str, str | None]:
    """`run --board`: the value for the workflow's board inputs and the board uploads go to.

    "auto" keeps the workflow's own meaning (the auto-add board; uploads then go where the server puts
    them by default, uncategorized); anything else is a board found as `find_board` finds it, created if
    no board has the name and `create` allows."""
    if text == AUTO_BOARD:
        return AUTO_BOARD, None
    board = find_board(client, text, create=create)
    return board.board_id, board.board_id


def boards(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    found = client.boards.list_boards(include_archived=args.archived)
    loose = client.boards.get_uncategorized_handle().get_image_count()
    rows: list[list[Any]] = [["Uncategorized", UNCATEGORIZED, loose, None, None]]
    rows += [[b.board_name, b.board_id, b.image_count, b.asset_count, b.created_at] for b in found]
    out.data(
        [{"board_id": UNCATEGORIZED, "board_name": "Uncategorized", "image_count": loose}]
        + [b.to_dict() for b in found]
    )
    out.table(["name", "id", "images", "assets", "created"], rows, title=f"{len(found)} boards")
    return 0


def images(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    board_id = find_board(client, args.board).board_id if args.board else None
    filters: dict[str, Any] = {"starred_first": args.starred}
    if args.category:
        filters["categories"] = args.category
    if args.intermediate is not None:
        filters["is_intermediate"] = args.intermediate
    page = client.images.list_images(board_id, offset=args.offset, limit=args.limit, **filters)
    out.data({"total": page.total, "offset": page.offset, "items": page.items})
    rows = [
        [
            i.image_name,
            i.board_id or UNCATEGORIZED,
            f"{i.width}x{i.height}",
            i.image_category,
            i.created_at,
            "*" if i.starred else "",
        ]
        for i in page.items
    ]
    title = f"{len(page.items)} of {page.total} images, newest first"
    out.table(["name", "board", "size", "category", "created", "starred"], rows, title=title)
    return 0


def queue(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    status = client.queue.get_status()
    # Items of one batch share a creation time, so the server's newest-first order can mix them up.
    items = (
        sorted(client.queue.latest(args.limit), key=lambda i: i.item_id, reverse=True)
        if args.limit > 0
        else []
    )
    q = status.queue
    counts = {
        k: getattr(q, k) for k in ("pending", "in_progress", "completed", "failed", "canceled", "total")
    }
    out.data(
        {
            "queue_id": q.queue_id,
            "counts": counts,
            "processing": status.processor.is_processing,
            "latest": [
                {
                    "item_id": i.item_id,
                    "status": i.status,
                    "batch_id": i.batch_id,
                    "origin": i.origin,
                    "created_at": i.created_at,
                    "completed_at": i.completed_at,
                    "error": i.error_message,
                }
                for i in items
            ],
        }
    )
    out.note(f"queue {q.queue_id!r}: " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items()))
    rows = [[i.item_id, i.status, i.batch_id, i.created_at, i.completed_at, i.error_type] for i in items]
    out.table(["item", "status", "batch", "created", "completed", "error"], rows, title="newest items")
    return 0


def models(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    found = client.models.list_models(base=args.base, type=args.type, name=args.name)
    out.data([m.to_dict() for m in found])
    keys = ("name", "base", "type", "format", "key")
    rows = [[model_attr(m, k) for k in keys] for m in found]
    out.table(list(keys), rows, title=f"{len(found)} models")
    return 0


def require_board_inputs(form: WorkflowForm) -> list[int]:
    """Form indexes of the workflow's board inputs; --board needs at least one."""
    indexes = [inp.input_index for inp in form.list_inputs() if inp.spec.kind == "board"]
    if not indexes:
        raise errors.ValidationError(
            f"workflow {form.name!r} has no board input on its form: --board cannot apply"
        )
    return indexes
