"""One set of bindings for every release in generated/schemas/: answers shaped like each release's parse.

The old-release answers are built from that release's own committed snapshot (its required fields, with
values of the types its schema states), so the tests follow the snapshots rather than anyone's memory.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import invokeai_api
from invokeai_api import _releases as releases

SCHEMAS = Path(invokeai_api.__file__).parent.parent / "schemas"


@cache
def snapshot(release: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / f"{release}.json").read_text())
    return data


def component(release: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = snapshot(release)["components"]["schemas"][name]
    return found


def example(release: str, schema: dict[str, Any], depth: int = 0) -> Any:
    """A value valid for `schema` of `release`: objects get their required fields only."""
    if "$ref" in schema:
        return example(release, component(release, schema["$ref"].rsplit("/", 1)[-1]), depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            members = [m for m in schema[key] if m.get("type") != "null"]
            return example(release, members[0], depth) if members else None
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        assert depth < 8, "runaway example"
        props = schema.get("properties", {})
        return {name: example(release, props[name], depth + 1) for name in schema.get("required", [])}
    return {"string": "x", "integer": 1, "number": 1.5, "boolean": False, "array": []}.get(str(kind))


def old_answer(release: str, name: str, lacks: str) -> dict[str, Any]:
    schema = component(release, name)
    assert lacks not in schema.get("required", []), (
        f"{release}'s {name} requires {lacks}: pick another release"
    )
    answer: dict[str, Any] = example(release, schema)
    assert lacks not in answer
    return answer


def test_the_bindings_name_every_release_they_cover() -> None:
    stems = sorted((p.stem for p in SCHEMAS.glob("*.json")), key=releases.version_key)
    assert len(stems) >= 2
    assert invokeai_api.__invokeai_versions__ == tuple(stems) == releases.releases()
    assert invokeai_api.__invokeai_version__ == stems[-1]


@pytest.mark.parametrize(
    ("release", "model", "missing"),
    [
        ("5.15.0", "EnqueueBatchResult", "item_ids"),
        ("6.10.0", "BoardDTO", "user_id"),
        ("6.12.0", "SessionQueueStatus", "waiting"),
    ],
)
def test_old_answers_parse_where_a_field_came_later(release: str, model: str, missing: str) -> None:
    from invokeai_api import models
    from invokeai_api.types import Unset

    answer = old_answer(release, model, missing)
    parsed = getattr(models, model).from_dict(answer)
    assert isinstance(getattr(parsed, missing), Unset)
    assert parsed.to_dict() == answer


def test_a_6_7_model_config_parses_into_the_newest_class_for_its_base() -> None:
    from invokeai_api.models import MainCheckpointSD1Config, ModelsList
    from invokeai_api.types import Unset

    answer = old_answer("6.7.0", "MainCheckpointConfig", "source_url") | {
        "base": "sd-1",
        "format": "checkpoint",
    }
    parsed = ModelsList.from_dict({"models": [answer]}).models[0]
    assert isinstance(parsed, MainCheckpointSD1Config)
    assert isinstance(parsed.source_url, Unset)
    assert parsed.config_path == answer["config_path"]


def test_a_6_7_model_config_of_a_kind_the_newest_lacks_parses_into_the_old_class() -> None:
    from invokeai_api.models import ModelsList

    answer = old_answer("6.7.0", "ApiModelConfig", "source_url")
    assert answer["format"] == "api"
    parsed = ModelsList.from_dict({"models": [answer]}).models[0]
    assert type(parsed).__name__ == "ApiModelConfig"


def test_an_enum_value_newer_than_the_bindings_parses_and_round_trips() -> None:
    from invokeai_api.models import SessionQueueItem

    answer = example("6.14.2", component("6.14.2", "SessionQueueItem")) | {"status": "hibernating"}
    parsed = SessionQueueItem.from_dict(answer)
    assert str(parsed.status) == "hibernating"  # typed as the known values; newer ones come through as str
    assert parsed.to_dict()["status"] == "hibernating"


def test_a_wrongly_typed_enum_value_still_fails() -> None:
    from invokeai_api.models.session_queue_item_status import check_session_queue_item_status

    with pytest.raises(TypeError):
        check_session_queue_item_status(3)  # type: ignore[arg-type]


@pytest.mark.parametrize("model", ["SessionQueueStatus", "MainModelDefaultSettings"])
def test_unknown_fields_are_kept_and_sent_back(model: str) -> None:
    """MainModelDefaultSettings is closed in the schema (extra="forbid"); it keeps new fields too."""
    from invokeai_api import models

    answer = example("6.14.2", component("6.14.2", model)) | {"added_in_a_later_release": [1, 2]}
    parsed = getattr(models, model).from_dict(answer)
    assert parsed.additional_properties == {"added_in_a_later_release": [1, 2]}
    assert parsed.to_dict() == answer


def having(predicate: Any) -> tuple[str, ...]:
    return tuple(r for r in releases.releases() if predicate(snapshot(r)))


def test_the_release_table_follows_the_snapshots() -> None:
    path = "/api/v1/queue/{queue_id}/item_summaries_by_ids"
    has_summaries = having(lambda s: "post" in s["paths"].get(path, {}))
    assert has_summaries
    assert releases.operation("POST", path).releases == has_summaries
    assert releases.operation("POST", path).requirement() == f"InvokeAI >= {has_summaries[0]}"
    assert not releases.operation("POST", path).covers(releases.releases()[0])

    has_user_id = having(lambda s: "user_id" in s["components"]["schemas"]["BoardDTO"]["properties"])
    assert releases.field("BoardDTO", "user_id").releases == has_user_id
    assert releases.field("BoardDTO", "board_id").releases == releases.releases()

    newest = releases.releases()[-1]
    assert releases.node_types(newest) == {
        c["properties"]["type"]["const"]
        for c in snapshot(newest)["components"]["schemas"].values()
        if c.get("class") == "invocation"
    }
    assert releases.enum_value("SessionQueueItem", "status", "waiting").releases == having(
        lambda s: "waiting" in s["components"]["schemas"]["SessionQueueItem"]["properties"]["status"]["enum"]
    )


def test_release_lookups_take_any_server_version_and_generated_modules() -> None:
    from invokeai_api.api.queue import get_queue_status

    first, newest = releases.releases()[0], releases.releases()[-1]
    assert releases.release_of(newest + ".post1") == newest
    assert releases.release_of("99.0") == newest
    assert releases.release_of("0.1") == first
    assert releases.version_key("6.13.5.rc1") < releases.version_key("6.13.5") < releases.version_key("6.14")
    assert releases.endpoint(get_queue_status).releases == releases.releases()
    with pytest.raises(KeyError):
        releases.operation("GET", "/api/v1/nowhere")
