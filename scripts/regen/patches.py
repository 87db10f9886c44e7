"""Schema patches applied before openapi-python-client sees InvokeAI's schema.

Each patch works around one generator limitation, is named after it, and reports how many places it touched
so the regenerate script can say when a patch stops being needed (a count of 0 on a new release).
The server's schema snapshot is committed unpatched; only the generator's input is patched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

Schema = dict[str, Any]

# Response bodies the generator drops because it only knows JSON, octet-stream and text.
BINARY_MEDIA_TYPES = ("image/png", "image/webp", "application/zip", "video/mp4", "text/csv")


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def split_mixed_enums(schema: Schema) -> int:
    """An enum mixing ints and strings (`attention_slice_size`) makes the generator drop the whole model
    (`InvokeAIAppConfig`) and every endpoint using it. Split it into an anyOf of one enum per JSON type."""
    count = 0
    for node in _walk(schema):
        values = node.get("enum")
        if not isinstance(values, list) or "type" in node:
            continue
        strings = [v for v in values if isinstance(v, str)]
        ints = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        if not strings or not ints:
            continue
        del node["enum"]
        node["anyOf"] = [{"type": "string", "enum": strings}, {"type": "integer", "enum": ints}]
        count += 1
    return count


def binary_uploads(schema: Schema) -> int:
    """FastAPI on OpenAPI 3.1 marks file uploads with `contentMediaType` instead of `format: binary`,
    so the generator types `Body_upload_image.file` as `str`. Restore the 3.0 marker it understands."""
    count = 0
    for node in _walk(schema.get("components", {}).get("schemas", {})):
        if node.get("type") == "string" and "contentMediaType" in node and "format" not in node:
            node["format"] = "binary"
            count += 1
    return count


def binary_responses(schema: Schema) -> int:
    """Image, zip, video and csv responses are declared with an empty schema; together with the config's
    content_type_overrides they become octet-stream bodies, which the generator types as bytes (`File`)."""
    count = 0
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for media_type, content in response.get("content", {}).items():
                    if media_type in BINARY_MEDIA_TYPES and not content.get("schema"):
                        content["schema"] = {"type": "string", "format": "binary"}
                        count += 1
    return count


def component_titles(schema: Schema) -> int:
    """The generator names classes after `title` (`AddInvocation` is titled "Add Integers" and becomes
    `AddIntegers`). Users look classes up by the schema's component names, so make the titles match."""
    count = 0
    for name, component in schema.get("components", {}).get("schemas", {}).items():
        if isinstance(component, dict) and component.get("title") != name:
            component["title"] = name
            count += 1
    return count


def declare_path_parameters(schema: Schema) -> int:
    """`PATCH /api/v1/workflows/i/{workflow_id}` names a path parameter its operation never declares (the id
    travels in the body), and the generator skips operations whose templates don't match. Declare it."""
    count = 0
    for path, path_item in schema.get("paths", {}).items():
        names = re.findall(r"{([^}]+)}", path)
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            parameters = operation.setdefault("parameters", [])
            declared = {p.get("name") for p in parameters if p.get("in") == "path"}
            for name in names:
                if name not in declared:
                    schema = {"type": "string"}
                    parameters.append({"name": name, "in": "path", "required": True, "schema": schema})
                    count += 1
    return count


OPEN_MEMBERS = {
    "invocation": (
        "UnknownInvocation",
        "A node whose type these bindings do not know (a custom node, or one newer than this schema); "
        "its fields are kept as they came.",
    ),
    "output": (
        "UnknownInvocationOutput",
        "An output whose type these bindings do not know (from a custom node, or newer than this schema).",
    ),
}


def open_node_unions(schema: Schema) -> int:
    """Graphs and results from servers with custom nodes hold node types no schema here lists, and the union
    of ~300 known invocations (or ~110 outputs) cannot parse them: a whole queue item would fail to load.
    Give those unions an open member that keeps any such node's fields."""
    components = schema.get("components", {}).get("schemas", {})
    count = 0
    for kind, (name, description) in OPEN_MEMBERS.items():
        members = {f"#/components/schemas/{n}" for n, c in components.items() if c.get("class") == kind}
        ref = f"#/components/schemas/{name}"
        for node in _walk(schema):
            union = node.get("oneOf") or node.get("anyOf")
            refs = [m.get("$ref") for m in union or [] if isinstance(m, dict)]
            if union and len(refs) > 20 and set(refs) <= members:
                union.append({"$ref": ref})
                count += 1
        if count:
            required = ["type", "id"] if kind == "invocation" else ["type"]
            properties = {"type": {"type": "string", "title": "Type"}}
            if kind == "invocation":
                properties["id"] = {"type": "string", "title": "Id"}
            components[name] = {
                "title": name,
                "description": description,
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": True,
            }
    return count


def keep_unknown_fields(schema: Schema) -> int:
    """Models InvokeAI declares closed (`extra="forbid"`: model default settings, board changes, ...) would
    drop the fields a newer release adds to them; open them, so every model keeps unknown fields in
    `additional_properties` and sends them back unchanged."""
    count = 0
    for component in schema.get("components", {}).get("schemas", {}).values():
        if isinstance(component, dict) and component.get("additionalProperties") is False:
            del component["additionalProperties"]
            count += 1
    return count


PATCHES: tuple[Callable[[Schema], int], ...] = (
    split_mixed_enums,
    binary_uploads,
    binary_responses,
    component_titles,
    declare_path_parameters,
    open_node_unions,
    keep_unknown_fields,
)


def apply_all(schema: Schema) -> dict[str, int]:
    """Apply every patch in place; return how many places each one changed."""
    return {patch.__name__: patch(schema) for patch in PATCHES}
