"""Pointing a workflow's model fields at the models a server has installed (`sync_dnn_model`).

Pure: given the server's model list, it rewrites the form's saved values and says what changed; the
handle fetches the list and calls it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client.resources.models import model_attr, model_identifier
from invokeai_client.workflow.values import spec_for

if TYPE_CHECKING:
    from invokeai_client.workflow.form import WorkflowForm

__all__ = ["ModelChange", "sync_models"]


@dataclass(frozen=True)
class ModelChange:
    """A model field that `sync_dnn_model` pointed at an installed model."""

    node_id: str
    field_name: str
    label: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    matched_by: str  # "hash", "name", or "base"


@dataclass
class _Resolution:
    models: list[Any]
    by_name: bool
    by_base: bool
    changes: list[ModelChange] = field(default_factory=list)

    def resolve(
        self, value: Mapping[str, Any], allowed_types: Sequence[str] | None, where: str
    ) -> tuple[Any, str] | None:
        key, hash_ = value.get("key"), value.get("hash")
        name, base, type_ = value.get("name"), value.get("base"), value.get("type")
        for model in self.models:
            if key and model_attr(model, "key") == key:
                return model, "key"
        for model in self.models:
            if hash_ and model_attr(model, "hash") == hash_:
                return model, "hash"
        types = [type_] if type_ else list(allowed_types or [])
        if self.by_name and name:
            named = [
                model
                for model in self.models
                if model_attr(model, "name") == name
                and model_attr(model, "base") == base
                and (not types or model_attr(model, "type") in types)
            ]
            if len(named) > 1:
                # Two installs of one name are not interchangeable (other weights, other settings).
                keys = [model_attr(model, "key") for model in named]
                shown = ", ".join(
                    f"{key} ({model_attr(m, 'type')})" for key, m in zip(keys, named, strict=True)
                )
                raise errors.AmbiguousModelError(
                    f"{where}: {len(named)} installed {base} models are named {name!r} (keys {shown}): "
                    "set the input to one of them by key",
                    keys,
                )
            if named:
                return named[0], "name"
        if self.by_base and base:
            model = self.first_allowed([base], types)
            if model is not None:
                return model, "base"
        return None

    def first_allowed(self, bases: Sequence[str] | None, types: Sequence[str] | None) -> Any:
        for model in self.models:
            if (not bases or model_attr(model, "base") in bases) and (
                not types or model_attr(model, "type") in types
            ):
                return model
        return None


def sync_models(
    form: WorkflowForm, models: Iterable[Any], *, by_name: bool = True, by_base: bool = False
) -> list[ModelChange]:
    """Point every model field of `form` (on the form or not) at one of `models`; see `sync_dnn_model`."""
    resolution = _Resolution(list(models), by_name, by_base)
    for node in form.definition.invocation_nodes():
        node_id, data = node["id"], node["data"]
        for name, saved in data["inputs"].items():
            value = saved.get("value")
            spec = spec_for(data["type"], name, value)
            if spec.kind != "model" or not (isinstance(value, Mapping) or (value is None and by_base)):
                continue
            if value is None:
                # Never chosen: with by_base, the first installed model the field accepts.
                found = resolution.first_allowed(spec.model_bases, spec.model_types)
                if found is not None:
                    saved["value"] = model_identifier(found)
                    label = saved.get("label") or spec.title or name
                    resolution.changes.append(ModelChange(node_id, name, label, {}, saved["value"], "base"))
                continue
            label = saved.get("label") or spec.title or name
            found = resolution.resolve(value, spec.model_types, _where(form, node_id, name, label))
            if found is None:
                raise errors.UnresolvedModelError(
                    _unresolved_message(form, node_id, name, label, value, resolution)
                )
            model, how = found
            identifier = {
                **{k: v for k, v in value.items() if k == "submodel_type"},
                **model_identifier(model),
            }
            if how != "key" or dict(value) != identifier:
                saved["value"] = identifier
                resolution.changes.append(ModelChange(node_id, name, label, dict(value), identifier, how))
    return resolution.changes


def _unresolved_message(
    handle: WorkflowForm,
    node_id: str,
    field_name: str,
    label: str,
    value: Mapping[str, Any],
    res: _Resolution,
) -> str:
    where = _where(handle, node_id, field_name, label)
    same_kind = [
        m
        for m in res.models
        if model_attr(m, "base") == value.get("base") and model_attr(m, "type") == value.get("type")
    ]
    options = ", ".join(sorted(repr(model_attr(m, "name")) for m in same_kind)[:10]) or "none installed"
    hint = " (or pass by_base=True to use one of them)" if same_kind and not res.by_base else ""
    return (
        f"{where}: model {value.get('name')!r} "
        f"({value.get('base')} {value.get('type')}, key {value.get('key')}) "
        f"is not installed. Installed {value.get('base')} {value.get('type')} models: {options}{hint}"
    )


def _where(form: WorkflowForm, node_id: str, field_name: str, label: str) -> str:
    """How messages name a model field: its form input, or its node and label when it is not on the form."""
    inp = next((i for i in form.list_inputs() if i.node_id == node_id and i.field_name == field_name), None)
    return inp.where if inp else f"{form.definition.node_label(node_id)} -> {label} ({node_id}.{field_name})"
