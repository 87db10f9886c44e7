"""`PresetHandle`: the workflow handle a preset gives (`client.generate.text_to_image(...)`).

It is a `WorkflowHandle` (enqueue, sweeps, wait, outputs, runs) whose form holds the preset's arguments,
labelled ("Prompt", "Seed", "CFG Scale", ...); inputs and sweeps take the labels or the argument names
(`wf.enqueue(sweep={"seed": [1, 2], "cfg_scale": [5.0, 7.5]})`). Every argument value is checked as
`text_to_image` checks it, whether set on the form or swept, and the `core_metadata` fields that copy a
form value (model, scheduler, init image) are kept equal to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from invokeai_client.submission.handle import WorkflowHandle

from .arguments import BASES, LABELS, check_value

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client._transport.core import Op
    from invokeai_client.workflow.definition import WorkflowDefinition
    from invokeai_client.workflow.inputs import WorkflowInput

__all__ = ["PresetHandle", "PresetInfo"]


@dataclass(frozen=True)
class PresetInfo:
    """What a preset is: its model base, mode ("txt2img" or "img2img"), builder, the arguments on its form
    and the `core_metadata` fields copying them (argument -> [(node id, field, conversion)])."""

    base: str
    mode: str
    builder: str
    arguments: tuple[str, ...]
    links: Mapping[str, tuple[tuple[str, str, str], ...]]


class PresetHandle(WorkflowHandle):
    """A preset's workflow handle; see the module docstring. `preset` says what it is, `arguments()` the
    values it holds now, `seed` the seed (picked at random when none was given)."""

    def __init__(self, client: InvokeAIClient, definition: WorkflowDefinition, preset: PresetInfo) -> None:
        super().__init__(client, definition)
        self.preset: PresetInfo = preset

    def copy(self) -> PresetHandle:
        """A new handle on the same client and preset, with this one's values (for another thread)."""
        return PresetHandle(self.client, self.definition, self.preset)

    def _find(self, key: int | str) -> WorkflowInput:
        if isinstance(key, str) and key in self.preset.arguments:
            key = LABELS[key]
        return super()._find(key)

    def _argument_of(self, inp: WorkflowInput) -> str | None:
        if inp.input_index < 0:
            return None
        for name in self.preset.arguments:
            if inp.label == LABELS[name]:
                return name
        return None

    @property
    def seed(self) -> int:
        """The seed on the form now."""
        return int(self.get_input("seed").value)

    def arguments(self) -> dict[str, Any]:
        """The preset's arguments as the form holds them now (model and image as their fields)."""
        return {name: self.get_input(name).value for name in self.preset.arguments}

    def _check_arguments(self) -> None:
        defaults = BASES[self.preset.base]
        for name in self.preset.arguments:
            inp = self.get_input(name)
            if inp.value is not None:
                check_value(name, inp.value, defaults, where=f"{inp.where} ({name})")

    def _linked_datums(self, inp: WorkflowInput, items: list[Any]) -> list[dict[str, Any]]:
        name = self._argument_of(inp)
        if name is None:
            return []
        defaults = BASES[self.preset.base]
        for number, item in enumerate(items):
            check_value(name, item, defaults, where=f"{inp.where} ({name}), sweep value {number}")
        return [
            {"node_path": node_id, "field_name": field, "items": [_convert(item, how) for item in items]}
            for node_id, field, how in self.preset.links.get(name, ())
        ]

    def _copy_linked(self) -> None:
        for name, links in self.preset.links.items():
            value = self.get_input(name).value
            for node_id, field, how in links:
                self.node(node_id)[field] = None if value is None else _convert(value, how)

    def _prepare_snapshot(
        self,
        *,
        sweep: Any,
        runs: int,
        origin: str | None,
        destination: str | None,
        batch_id: str | None,
    ) -> Op[tuple[dict[str, Any], int]]:
        self._check_arguments()
        self._copy_linked()
        return (
            yield from super()._prepare_snapshot(
                sweep=sweep, runs=runs, origin=origin, destination=destination, batch_id=batch_id
            )
        )

    def __repr__(self) -> str:
        return f"<PresetHandle {self.preset.base} {self.preset.mode}: {self.name!r}>"


def _convert(value: Any, how: str) -> Any:
    if how == "image_name" and isinstance(value, Mapping):
        return value.get("image_name")
    return value
