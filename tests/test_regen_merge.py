"""scripts/regen/merge.py on small schemas: what each rule does, one rule a test."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "regen"))
# scripts/regen is type-checked on its own (.ci/run), where its modules find each other by bare name.
import merge  # type: ignore[import-not-found]

REF = "#/components/schemas/"


def schema(components: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": components}}


def obj(required: list[str], **props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": required}


def answer(ref: str) -> dict[str, Any]:
    return {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": REF + ref}}}}}}


STR, INT = {"type": "string"}, {"type": "integer"}


def test_a_field_is_required_only_where_every_release_sends_it() -> None:
    old = schema({"Board": obj(["id", "legacy"], id=STR, legacy={"type": "boolean", "default": False})})
    new = schema({"Board": obj(["id", "user_id"], id=STR, user_id=STR)})
    merged, log = merge.merge({"5.0.0": old, "6.0.0": new})
    board = merged["components"]["schemas"]["Board"]
    assert board["required"] == ["id"]
    assert list(board["properties"]) == ["id", "user_id", "legacy"]
    assert "default" not in board["properties"]["legacy"]  # the newer server would be sent it otherwise
    assert log.optional == {"Board.user_id"}
    assert merged["x-invokeai-releases"] == ["5.0.0", "6.0.0"]


def test_enums_take_every_release_s_values_and_null_is_kept_where_old_sent_it() -> None:
    old = schema({"S": obj([], status={"enum": ["a", "gone"]}, note={"anyOf": [STR, {"type": "null"}]})})
    new = schema({"S": obj([], status={"enum": ["a", "b"]}, note=STR)})
    merged, _ = merge.merge({"6.0.0": new, "5.0.0": old})
    props = merged["components"]["schemas"]["S"]["properties"]
    assert props["status"]["enum"] == ["a", "b", "gone"]
    assert props["note"] == {"anyOf": [STR, {"type": "null"}]}


def test_old_union_members_widen_the_new_member_their_consts_dispatch_to_and_stay_as_fallback() -> None:
    def config(base: Any, *required: str) -> dict[str, Any]:
        return obj(["type", "base", *required], type={"const": "main"}, base=base, source_url=STR)

    old = schema(
        {"Old": obj(["type", "base"], type={"const": "main"}, base={"enum": ["sd-1", "sdxl"]}),
         "List": obj(["models"], models={"type": "array", "items": {"oneOf": [{"$ref": REF + "Old"}]}})},
        {"/models": {"get": answer("List")}},
    )  # fmt: skip
    new = schema(
        {"SD1": config({"const": "sd-1"}, "source_url"), "Flux": config({"const": "flux"}, "source_url"),
         "List": obj(["models"], models={"type": "array", "items": {"oneOf": [{"$ref": REF + "SD1"},
                                                                               {"$ref": REF + "Flux"}]}})},
        {"/models": {"get": answer("List")}},
    )  # fmt: skip
    merged, log = merge.merge({"5.0.0": old, "6.0.0": new})
    components = merged["components"]["schemas"]
    assert "source_url" not in components["SD1"]["required"]  # old sd-1 answers land here
    assert "source_url" in components["Flux"]["required"]  # no old answer can have base flux
    members = components["List"]["properties"]["models"]["items"]["oneOf"]
    assert members[-1] == {"$ref": REF + "Old"}
    assert components["Old"][merge.UNTIL] == "5.0.0"
    assert log.legacy_members == {"List.models[]: Old"}


def test_operations_of_old_releases_are_kept_and_renamed_when_a_newer_one_took_their_name() -> None:
    old = schema(
        {"V": obj(["id"], id=STR)},
        {"/videos/{video_id}": {"get": {"operationId": "get_video", "parameters": [], **answer("V")}}},
    )
    new = schema(
        {"V": obj(["id"], id=STR)},
        {"/videos/{name}": {"get": {"operationId": "get_video", "parameters": [], **answer("V")}}},
    )
    merged, log = merge.merge({"5.0.0": old, "6.0.0": new})
    assert merged["paths"]["/videos/{name}"]["get"]["operationId"] == "get_video"
    assert merged["paths"]["/videos/{video_id}"]["get"]["operationId"] == "get_video_until_5_0_0"
    assert log.renamed_operations == {"GET /videos/{video_id}": "get_video_until_5_0_0"}


def test_parameters_are_the_union_and_required_only_where_every_release_requires_them() -> None:
    def op(*params: tuple[str, bool]) -> dict[str, Any]:
        listed = [
            {"name": n, "in": "query", "required": r, "schema": {**INT, "default": 1}} for n, r in params
        ]
        return {"get": {"operationId": "list", "parameters": listed, "responses": {}}}

    old = schema({}, {"/boards": op(("limit", False), ("is_private", False))})
    new = schema({}, {"/boards": op(("limit", True), ("offset", True))})
    merged, log = merge.merge({"5.0.0": old, "6.0.0": new})
    params = {p["name"]: p for p in merged["paths"]["/boards"]["get"]["parameters"]}
    assert {n: p["required"] for n, p in params.items()} == {
        "limit": False,
        "offset": False,
        "is_private": False,
    }
    assert params["is_private"]["schema"] == INT  # no default: sent only when the caller sets it
    assert params["limit"]["schema"]["default"] == 1
    assert log.optional_parameters == {"GET /boards limit", "GET /boards offset"}


def test_an_old_only_component_whose_class_name_a_newer_one_took_is_renamed() -> None:
    def class_name(name: str) -> str:
        return name.replace("_", "")

    old = schema({"CLIPConfig": obj(["a"], a=STR), "Holder": obj([], c={"$ref": REF + "CLIPConfig"})})
    new = schema({"CLIP_Config": obj(["a"], a=STR)})
    merged, log = merge.merge({"5.0.0": old, "6.0.0": new}, class_name)
    components = merged["components"]["schemas"]
    assert "CLIPConfig" not in components
    assert components["Holder"]["properties"]["c"] == {"$ref": REF + "CLIPConfig_until_5_0_0"}
    assert log.renamed_components == {"CLIPConfig_until_5_0_0": "CLIPConfig"}
