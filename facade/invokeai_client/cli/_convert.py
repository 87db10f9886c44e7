"""Command-line text to input values, by the input's FieldSpec: "30" is an integer for Steps, a string
for a prompt, a model's name or key for a model input, a file to upload or an image name for an image."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client.resources.models import model_attr, model_identifier

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.workflow.form import WorkflowForm
    from invokeai_client.workflow.inputs import WorkflowInput
    from invokeai_client.workflow.values import FieldSpec

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


def split_assignment(text: str, option: str) -> tuple[str, str]:
    """ "5=30" -> ("5", "30"); "Positive Prompt=a fox" -> ("Positive Prompt", "a fox").

    The key stays text: `find_input` reads it as the API reads a text key (a node_id.field_name, a label,
    or digits as a form index; a label that is also another input's index is refused as ambiguous)."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise errors.ValidationError(f"{option} takes INDEX|LABEL=VALUE, not {text!r}")
    return key.strip(), value


def check_inputs_named(form: WorkflowForm, sets: Sequence[str], sweeps: Sequence[str]) -> None:
    """Every --set and --sweep names one input, and no input is swept twice; asks no server.

    Run before anything is sent, so a wrong or ambiguous name is exit 2 whether a server answers or not.
    Swept twice is refused as `enqueue(sweep=...)` refuses it: which values were meant cannot be told."""
    for text in sets:
        form.get_input(split_assignment(text, "--set")[0])
    swept: dict[str, str] = {}
    for text in sweeps:
        inp = form.get_input(split_assignment(text, "--sweep")[0])
        if inp.key in swept:
            raise errors.ValidationError(
                f"{inp.where} is swept twice (--sweep {swept[inp.key]!r} and --sweep {text!r}): "
                "give all its values in one --sweep"
            )
        swept[inp.key] = text


def split_sweep(text: str) -> list[Any]:
    """ "1,2,3" -> ["1", "2", "3"]; a JSON list (for values with commas) -> its items."""
    if text.lstrip().startswith("["):
        try:
            values = json.loads(text)
        except ValueError as exc:
            raise errors.ValidationError(f"sweep values {text!r} are not a JSON list: {exc}") from exc
        if isinstance(values, list):
            return values
    return [part.strip() for part in text.split(",") if part.strip()]


class Converter:
    """Turns text into values for inputs; model and image inputs look things up on the server."""

    def __init__(
        self, client: InvokeAIClient, upload_board: str | None = None, note: Callable[[str], None] = print
    ) -> None:
        self.client = client
        self.upload_board = upload_board
        self.note = note
        self._models: list[Any] | None = None

    def value(self, inp: WorkflowInput, raw: Any) -> Any:
        """A value for `inp` from command-line text (or an item of a JSON list)."""
        spec = inp.spec
        if (isinstance(raw, str) and spec.cardinality != "single" and raw.lstrip().startswith("[")) or (
            isinstance(raw, str) and spec.cardinality == "collection"
        ):
            raw = split_sweep(raw)
        if isinstance(raw, list):
            return [self.item(inp, item) for item in raw]
        return self.item(inp, raw)

    def item(self, inp: WorkflowInput, raw: Any) -> Any:
        if not isinstance(raw, str):
            return raw  # already typed (from a JSON list); the input's validation has the last word
        spec, text = inp.spec, raw.strip()
        convert = {
            "integer": _integer,
            "float": _float,
            "boolean": _boolean,
            "enum": _enum,
            "object": _json,
            "color": _color,
            "any": _json_or_text,
        }.get(spec.kind)
        if convert is not None:
            return convert(text, spec, inp.where)
        if spec.kind == "model":
            return self.model(text, spec, inp.where)
        if spec.kind == "image":
            return self.image(text, inp.where)
        if spec.kind == "connection":
            raise errors.InvalidValueError(f"{inp.where} takes no value: it is connected to another node")
        return raw  # a string (kept as typed, spaces included) or a board: the spec validates them

    def model(self, text: str, spec: FieldSpec, where: str) -> dict[str, Any]:
        """An installed model by key, or by name among the models the input accepts."""
        if self._models is None:
            self._models = self.client.models.list_models()
        by_key = [m for m in self._models if model_attr(m, "key") == text]
        fitting = [
            m
            for m in self._models
            if (not spec.model_bases or model_attr(m, "base") in spec.model_bases)
            and (not spec.model_types or model_attr(m, "type") in spec.model_types)
        ]
        matches = by_key or [m for m in fitting if model_attr(m, "name") == text]
        if len(matches) > 1:
            keys = ", ".join(model_attr(m, "key") for m in matches)
            raise errors.ValidationError(
                f"{where}: {len(matches)} models are named {text!r}; pass a key ({keys})"
            )
        if not matches:
            names = ", ".join(sorted({repr(model_attr(m, "name")) for m in fitting})) or "none installed"
            raise errors.UnresolvedModelError(
                f"{where}: no installed model {text!r} fits (it takes: {names})"
            )
        return model_identifier(matches[0])

    def image(self, text: str, where: str) -> dict[str, str]:
        """A local file (uploaded first, onto --board if given) or the name of an image on the server."""
        path = Path(text).expanduser()
        if path.is_file():
            board = self.upload_board
            uploaded = self.client.images.upload_image(path, board_id=board)
            self.note(f"uploaded {path} as {uploaded.image_name}")
            return {"image_name": uploaded.image_name}
        try:
            self.client.images.get_image(text)
        except errors.NotFoundError as exc:
            raise errors.ValidationError(
                f"{where}: {text!r} is neither a file nor an image on the server"
            ) from exc
        return {"image_name": text}


def _integer(text: str, spec: FieldSpec, where: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise errors.InvalidValueError(f"{where} takes {spec.describe()}; got {text!r}") from None


def _float(text: str, spec: FieldSpec, where: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise errors.InvalidValueError(f"{where} takes {spec.describe()}; got {text!r}") from None


def _boolean(text: str, spec: FieldSpec, where: str) -> bool:
    lowered = text.lower()
    if lowered in _TRUE or lowered in _FALSE:
        return lowered in _TRUE
    raise errors.InvalidValueError(f"{where} takes true or false (yes/no, on/off, 1/0); got {text!r}")


def _enum(text: str, spec: FieldSpec, where: str) -> Any:
    choices: Sequence[Any] = spec.choices or ()
    for choice in choices:
        if str(choice) == text:
            return choice
    shown = ", ".join(str(c) for c in choices[:30]) + (", ..." if len(choices) > 30 else "")
    raise errors.InvalidValueError(f"{where} takes one of {shown}; got {text!r}")


def _json(text: str, spec: FieldSpec, where: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise errors.InvalidValueError(f"{where} takes {spec.describe()} as JSON; got {text!r}") from exc


def _color(text: str, spec: FieldSpec, where: str) -> Any:
    """ "#ff8000" (left for the spec to read) or a JSON {"r": .., "g": .., "b": .., "a": ..}."""
    return _json(text, spec, where) if text.startswith("{") else text


def _json_or_text(text: str, spec: FieldSpec, where: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text
