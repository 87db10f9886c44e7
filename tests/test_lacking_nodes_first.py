"""A workflow the server's release cannot run says so first: its lacking node types come before (and
with) the inputs it leaves unset, since filling them would not make it run (replayed offline; recorded
on InvokeAI 6.14.2, which lacks canny_image_processor)."""

from __future__ import annotations

from pathlib import Path

import pytest

from invokeai_client import InvokeAIClient, NodeTypeNotAvailableError, WorkflowDefinition
from invokeai_client.cli import main

CANNY = Path(__file__).resolve().parent / "data" / "workflows" / "canny-edges.json"


def test_lacking_node_types_come_before_unset_inputs(client: InvokeAIClient) -> None:
    wf = client.workflows.create_workflow(WorkflowDefinition.from_file(CANNY))
    assert [str(m) for m in wf.missing_required()] == [
        "input 0 Canny Processor -> Image (canny.image) needs a value"
    ]
    with pytest.raises(NodeTypeNotAvailableError) as caught:
        wf.enqueue()
    message = str(caught.value)
    assert "uses 1 node type(s) that InvokeAI 6.14.2 at" in message
    assert (
        "node 'canny' (Canny Processor): type 'canny_image_processor' needs InvokeAI 5.0.0 to 5.6.0"
        in message
    )
    assert message.endswith(
        "It also leaves 1 required input(s) unset:\n"
        "  input 0 Canny Processor -> Image (canny.image) needs a value"
    )
    assert wf.last_submission is None


def test_the_cli_says_the_same(
    server_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # without --out the run makes out/ in the current folder
    code = main(["--url", server_url, "run", str(CANNY), "--no-sync-models"])
    err = capsys.readouterr().err
    assert code == 1, err
    # The run engine names the server it asked; the lacking node types still come first.
    error = err[err.index("error: ") :]
    assert "workflow 'Canny edges' uses 1 node type(s) that InvokeAI 6.14.2" in error
    assert error.index("canny_image_processor") < error.index("required input(s) unset")
    assert "type 'canny_image_processor' needs InvokeAI 5.0.0 to 5.6.0" in err
    assert "It also leaves 1 required input(s) unset" in err
