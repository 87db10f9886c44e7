"""The generated bindings (`invokeai_api`) against a real InvokeAI."""

from __future__ import annotations

import json
import subprocess
import sys
from io import BytesIO
from typing import Any

import invokeai_api
from invokeai_api.api.app import app_version
from invokeai_api.api.images import delete_image, get_image_full, upload_image
from invokeai_api.models import BodyUploadImage, ImageDTO
from invokeai_api.types import File
from tests._png import png_bytes


def test_version_is_recorded_with_the_bindings() -> None:
    assert invokeai_api.__invokeai_version__ == "6.14.2"
    assert invokeai_api.__generator_version__ == "0.29.1"


def test_importing_the_package_loads_no_models_or_httpx() -> None:
    code = (
        "import sys, json, invokeai_api\n"
        "print(json.dumps(sorted(m for m in sys.modules if 'httpx' in m or 'invokeai' in m)))"
    )
    loaded = json.loads(subprocess.check_output([sys.executable, "-c", code], text=True))
    assert loaded == ["invokeai_api", "invokeai_api._version"]


def test_models_load_lazily_by_class_or_component_name() -> None:
    from invokeai_api import models

    assert models.AddInvocation.__name__ == "AddInvocation"  # not "AddIntegers", the schema title
    assert models.Main_Diffusers_SD1_Config is models.MainDiffusersSD1Config
    assert "AddInvocation" in dir(models)


def test_every_schema_component_is_reachable_by_its_own_name() -> None:
    from pathlib import Path

    from invokeai_api import models

    schema = json.loads((Path(invokeai_api.__file__).parent.parent / "openapi.json").read_text())
    # Object schemas become classes; bare unions such as AnyModelConfig are inlined where they are used.
    names = [
        n
        for n, s in schema["components"]["schemas"].items()
        if s.get("type") == "object" or "properties" in s
    ]
    missing = [name for name in names if not hasattr(models, name)]
    assert len(names) > 800
    assert missing == []


def test_queue_item_nodes_parse_by_type() -> None:
    from invokeai_api.models import AddInvocation, Graph, GraphNodes, ImageBlurInvocation

    graph = Graph.from_dict(
        {
            "id": "g",
            "nodes": {
                "a": {"id": "a", "type": "add", "a": 1, "b": 2},
                "b": {"id": "b", "type": "img_blur", "radius": 3},
            },
            "edges": [],
        }
    )
    assert isinstance(graph.nodes, GraphNodes)
    added, blurred = graph.nodes.additional_properties["a"], graph.nodes.additional_properties["b"]
    assert type(added).__name__ == "AddInvocation"
    assert isinstance(added, AddInvocation)
    assert added.b == 2
    assert type(blurred).__name__ == "ImageBlurInvocation"
    assert isinstance(blurred, ImageBlurInvocation)
    assert blurred.radius == 3


def test_custom_node_types_parse_into_open_members_and_keep_their_fields() -> None:
    """A server with custom nodes returns node and output types no schema here lists."""
    from invokeai_api.models import Graph, GraphExecutionStateResults, GraphNodes, UnknownInvocation
    from invokeai_client.workflow.outputs import image_names_in

    graph = Graph.from_dict(
        {
            "id": "g",
            "nodes": {
                "c": {"id": "c", "type": "my_custom_node", "strength": 0.5, "board": {"board_id": "b"}},
                "a": {"id": "a", "type": "add", "a": 1},
            },
            "edges": [],
        }
    )
    assert isinstance(graph.nodes, GraphNodes)
    custom = graph.nodes.additional_properties["c"]
    assert type(custom).__name__ == "UnknownInvocation"
    assert isinstance(custom, UnknownInvocation)
    assert (custom.id, custom.type_, custom["strength"]) == ("c", "my_custom_node", 0.5)
    assert type(graph.nodes.additional_properties["a"]).__name__ == "AddInvocation"
    assert graph.to_dict()["nodes"]["c"] == {
        "id": "c",
        "type": "my_custom_node",
        "strength": 0.5,
        "board": {"board_id": "b"},
    }

    results = GraphExecutionStateResults.from_dict(
        {"p1": {"type": "my_custom_output", "picture": {"image_name": "x.png"}}}
    )
    output = results.additional_properties["p1"]
    assert type(output).__name__ == "UnknownInvocationOutput"
    assert list(image_names_in(output.to_dict())) == ["x.png"]


def test_unions_dispatch_on_const_fields_without_trying_members() -> None:
    """Every member of the big unions gets a dispatch case (a missing one falls back to the slow path)."""
    import inspect

    from invokeai_api.models import graph_execution_state_results, graph_nodes, models_list

    assert inspect.getsource(graph_nodes).count('case "') >= 300
    assert inspect.getsource(graph_execution_state_results).count('case "') >= 100
    source = inspect.getsource(models_list)
    assert 'data.get("format") == "diffusers" and data.get("base") == "sdxl"' in source
    assert "UntrustedString" not in source


def test_model_configs_parse_to_their_own_class() -> None:
    from invokeai_api.models import ModelsList

    common = {"key": "k", "hash": "h", "path": "p", "file_size": 1, "name": "n", "description": None,
              "source": "s", "source_type": "path", "source_api_response": None, "cover_image": None,
              "trigger_phrases": None, "default_settings": None, "repo_variant": "",
              "prediction_type": "epsilon", "variant": "normal", "submodels": None,
              "source_url": None}  # fmt: skip
    parsed = ModelsList.from_dict(
        {
            "models": [
                {**common, "type": "main", "format": "diffusers", "base": "sdxl"},
                {**common, "type": "main", "format": "diffusers", "base": "sd-1"},
            ]
        }
    )
    assert [type(m).__name__ for m in parsed.models] == ["MainDiffusersSDXLConfig", "MainDiffusersSD1Config"]


def test_upload_and_download_png_through_generated_functions(generated_client: Any) -> None:
    version = app_version.sync(client=generated_client)
    assert version is not None
    assert version.version.startswith("6.")

    data = png_bytes(16, 8, (0, 128, 255))
    body = BodyUploadImage(file=File(payload=BytesIO(data), file_name="probe.png", mime_type="image/png"))
    dto = upload_image.sync(client=generated_client, body=body, image_category="user", is_intermediate=True)
    assert isinstance(dto, ImageDTO)
    assert (dto.width, dto.height) == (16, 8)
    try:
        downloaded = get_image_full.sync(dto.image_name, client=generated_client)
        assert isinstance(downloaded, File)
        content = downloaded.payload.read()
        assert content.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(content) > 50
    finally:
        delete_image.sync(dto.image_name, client=generated_client)
