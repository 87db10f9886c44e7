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
FORMATTED = {
    "date-time": "2024-05-06T07:08:09",
    "date": "2024-05-06",
    "uuid": "0" * 8 + "-0000-0000-0000-" + "0" * 12,
}


@cache
def snapshot(release: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / f"{release}.json").read_text())
    return data


def component(release: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = snapshot(release)["components"]["schemas"][name]
    return found


def example(release: str, schema: dict[str, Any], fields: str = "required", depth: int = 0) -> Any:
    """A value valid for `schema` of `release`. Objects get their required fields (`fields="required"`),
    or all of them, non-null (`"all"`) or null wherever the schema allows it (`"nulls"`)."""
    if "$ref" in schema:
        return example(release, component(release, schema["$ref"].rsplit("/", 1)[-1]), fields, depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            members = [m for m in schema[key] if m.get("type") != "null"]
            if (fields == "nulls" and len(members) < len(schema[key])) or not members:
                return None
            return example(release, members[0], fields, depth)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        names = schema.get("required", []) if fields == "required" or depth > 5 else props
        # InvokeAI's outputs list `output_meta` as required without declaring it: only declared fields.
        return {n: example(release, props[n], fields, depth + 1) for n in names if n in props}
    if kind == "string" and schema.get("format") in FORMATTED:
        return FORMATTED[schema["format"]]
    if kind == "array" and isinstance(schema.get("items"), dict) and fields != "required" and depth < 5:
        return [example(release, schema["items"], fields, depth + 1)]
    return {"string": "x", "integer": 1, "number": 1.5, "boolean": False, "array": []}.get(str(kind))


def old_answer(release: str, name: str, lacks: str) -> dict[str, Any]:
    schema = component(release, name)
    assert lacks not in schema.get("required", []), (
        f"{release}'s {name} requires {lacks}: pick another release"
    )
    answer: dict[str, Any] = example(release, schema)
    assert lacks not in answer
    return answer


@pytest.mark.parametrize("fields", ["required", "all", "nulls"])
def test_every_model_of_every_release_parses_as_that_release_sends_it(fields: str) -> None:
    """Each object schema of each snapshot, filled in from that release's own schema, parses with the merged
    class of its name (with the class's const fields, which the union dispatch has already matched)."""
    from invokeai_api import models

    merged = json.loads((SCHEMAS.parent / "openapi.json").read_text())["components"]["schemas"]
    failures, parsed = [], 0
    for release in releases.releases():
        for name, schema in snapshot(release)["components"]["schemas"].items():
            if "properties" not in schema or name.startswith("Body_"):  # Body_*: requests (multipart)
                continue
            # An old-only component whose class name a newer one took was renamed <name>_until_<release>.
            merged_name = next(n for n in merged if n == name or n.startswith(f"{name}_until_"))
            consts = {k: p["const"] for k, p in merged[merged_name]["properties"].items() if "const" in p}
            answer = example(release, schema, fields) | {
                k: v for k, v in consts.items() if k in schema["properties"]
            }
            try:
                getattr(models, merged_name).from_dict(answer)
                parsed += 1
            except Exception as exc:  # collected, so one run lists every model that fails
                failures.append(f"{release} {name}: {type(exc).__name__} {exc}")
    assert failures == []
    assert parsed > 4000


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
