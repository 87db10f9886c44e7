"""`client.generate`: text-to-image and image-to-image presets, as the GUI's linear UI builds them.

    wf = client.generate.text_to_image("a red fox", model="tiny-sdxl", steps=20, seed=1)
    wf.enqueue(sweep={"seed": [1, 2, 3]})
    items = wf.wait_all()

The model's base picks the graph (`sd1`, `sdxl`, `flux`). Every argument is checked before anything is
sent: the ones that need no server first, then those that depend on the base.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from invokeai_client import errors
from invokeai_client._transport import release
from invokeai_client._transport.ops import async_op, sync_op
from invokeai_client.resources.models import model_attr, model_identifier

from .arguments import BASES, LABELS, BaseDefaults, check_value, random_seed, refuse_unused

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client._transport.core import Op

    from .handle import PresetHandle

__all__ = ["GenerateRepository", "ModelLike"]

ModelLike = str | Mapping[str, Any] | Any
"""A model: its key or name, a model field ({key, hash, name, base, type}), or a config from
`client.models` (anything with a `key`)."""

_REF_FIELDS = ("key", "hash", "name", "base", "type")
# The strictest checks that hold for every base, made before the base is known (no request yet).
_ANY_BASE = BaseDefaults("any", 512, 512, 8)
SELF_CONTAINED_FLUX = "sdnq_quantized"  # the only FLUX model format that may ship its own encoders and VAE


class GenerateRepository:
    """Presets (`client.generate`): `text_to_image`, `image_to_image`."""

    def __init__(self, client: InvokeAIClient) -> None:
        self.client = client

    def _text_to_image(
        self,
        prompt: str,
        *,
        model: ModelLike,
        width: int | None = None,
        height: int | None = None,
        steps: int | None = None,
        cfg_scale: float | None = None,
        scheduler: str | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        guidance: float | None = None,
        board: str | None = None,
    ) -> Op[PresetHandle]:
        """A text-to-image workflow handle for `model` (a name, key or model field; its base picks the graph:
        sd-1, sdxl or flux), with the GUI's defaults for what is not given (size: the base's native one;
        30 steps, CFG 7.5, scheduler dpmpp_3m_k; FLUX: guidance 4 instead of CFG and scheduler, no negative
        prompt); `seed` random if not given (`wf.seed`). Enqueue it, sweep any argument by name or label
        (`wf.enqueue(sweep={"seed": [1, 2]})`), wait, map outputs, as any workflow handle. Nothing is sent
        before every argument is checked; only the model list is read to find the model's base."""
        given = {"prompt": prompt, "width": width, "height": height, "steps": steps, "cfg_scale": cfg_scale,
                 "scheduler": scheduler, "seed": seed, "negative_prompt": negative_prompt,
                 "guidance": guidance}  # fmt: skip
        return (yield from self._build("txt2img", given, model, board, image=None))

    text_to_image: Final = sync_op(_text_to_image)
    async_text_to_image: Final = async_op(_text_to_image)

    def _image_to_image(
        self,
        image: Any,
        prompt: str,
        *,
        model: ModelLike,
        strength: float | None = None,
        width: int | None = None,
        height: int | None = None,
        steps: int | None = None,
        cfg_scale: float | None = None,
        scheduler: str | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        guidance: float | None = None,
        board: str | None = None,
    ) -> Op[PresetHandle]:
        """An image-to-image workflow handle: `image` (an image's name on the server, or anything with an
        `image_name`) resized to the output size and denoised from 1 - `strength` (0..1, default 0.75, the
        GUI's), otherwise as `text_to_image`."""
        given = {"prompt": prompt, "strength": strength, "width": width, "height": height, "steps": steps,
                 "cfg_scale": cfg_scale, "scheduler": scheduler, "seed": seed,
                 "negative_prompt": negative_prompt, "guidance": guidance}  # fmt: skip
        if image is None or image == "":
            raise errors.ValidationError("argument 'image' is missing: image_to_image needs an image's name")
        return (yield from self._build("img2img", given, model, board, image=image))

    image_to_image: Final = sync_op(_image_to_image)
    async_image_to_image: Final = async_op(_image_to_image)

    # --- building ---------------------------------------------------------------------------------------

    def _build(
        self, mode: str, given: dict[str, Any], model: ModelLike, board: str | None, image: Any
    ) -> Op[PresetHandle]:
        from .handle import PresetHandle, PresetInfo
        from .metadata import Recipe

        for name, value in given.items():
            if value is not None and name != "scheduler":
                check_value(name, value, _ANY_BASE)
        image_name = _image_name(image) if image is not None else None
        if board is not None and (not isinstance(board, str) or not board.strip()):
            raise errors.ValidationError(
                f"argument 'board' takes a board name or id, 'none' or 'auto'; got {board!r}"
            )
        ref = yield from self._resolve_model(model)
        defaults = BASES[ref["base"]]
        refuse_unused(given, defaults, mode)
        values: dict[str, Any] = {
            "width": defaults.width, "height": defaults.height, "steps": defaults.steps,
            "cfg_scale": defaults.cfg_scale, "scheduler": defaults.scheduler, "guidance": defaults.guidance,
            "strength": defaults.strength, "negative_prompt": "",
        }  # fmt: skip
        values.update({k: v for k, v in given.items() if v is not None})
        values["seed"] = random_seed() if given["seed"] is None else given["seed"]
        for name in defaults.takes(mode):
            if values.get(name) is not None:
                values[name] = check_value(name, values[name], defaults)
        if image_name is not None:
            yield from self._require_image(image_name)
            values["image"] = {"image_name": image_name}
        submodels: dict[str, dict[str, Any]] = {}
        if defaults.base == "flux":
            submodels = yield from self._flux_submodels(ref)
        recipe = Recipe(defaults, values, ref, mode)
        builder = {"sd-1": "sd1", "sdxl": "sdxl", "flux": "flux"}[defaults.base]
        if builder == "flux":
            from . import flux

            flux.build(recipe, submodels)
        else:
            from importlib import import_module

            import_module(f".{builder}", __package__).build(recipe)
        arguments = tuple(dict.fromkeys(argument for _, _, argument in recipe.form))
        info = PresetInfo(
            base=defaults.base,
            mode=mode,
            builder=builder,
            arguments=arguments,
            links={k: tuple(v) for k, v in recipe.links.items()},
        )
        kind = "text-to-image" if mode == "txt2img" else "image-to-image"
        handle = PresetHandle(self.client, recipe.definition(f"{ref['name']} {kind}"), info)
        if board is not None:
            handle.set_input_value(LABELS["board"], board)
        return handle

    def _resolve_model(self, model: ModelLike) -> Op[dict[str, Any]]:
        """The model field for `model`, from the installed models; a full model field of a base with
        presets that is not installed is taken as given (the server reports it when it runs)."""
        if isinstance(model, Mapping):
            ref: dict[str, Any] | None = {k: str(model[k]) for k in _REF_FIELDS if k in model}
        elif hasattr(model, "key"):
            ref = {
                k: model_attr(model, k) for k in _REF_FIELDS if hasattr(model, k) or hasattr(model, f"{k}_")
            }
        elif isinstance(model, str) and model.strip():
            ref = None
        else:
            raise errors.ValidationError(
                f"argument 'model' takes a model's name or key, or a model field; got {model!r}"
            )
        if ref is not None and "base" in ref:
            _require_base(ref["base"], f"model {ref.get('name') or ref.get('key')!r}")
        models = yield from self.client.models._list_models()
        if ref is not None:
            found = [m for m in models if model_attr(m, "key") == ref.get("key")]
            if found:
                return _main(found[0])
            if set(_REF_FIELDS) <= ref.keys() and ref["type"] == "main":
                return ref
            raise errors.UnresolvedModelError(
                f"argument 'model': no installed model has the key {ref.get('key')!r} (a model field not "
                "installed needs all of key, hash, name, base and type)"
            )
        text = str(model)
        by_key = [m for m in models if model_attr(m, "key") == text]
        named = [m for m in models if model_attr(m, "name") == text and model_attr(m, "type") == "main"]
        matches = by_key or named
        if len(matches) > 1:
            keys = [model_attr(m, "key") for m in matches]
            raise errors.AmbiguousModelError(
                f"argument 'model': {len(matches)} main models are named {text!r}; pass one of their keys "
                f"({', '.join(keys)})",
                keys,
            )
        if not matches:
            names = sorted({model_attr(m, "name") for m in models if model_attr(m, "type") == "main"})
            raise errors.UnresolvedModelError(
                f"argument 'model': no installed main model {text!r} (installed: "
                f"{', '.join(map(repr, names)) or 'none'})"
            )
        return _main(matches[0])

    def _require_image(self, image_name: str) -> Op[None]:
        try:
            yield from self.client.images._get_image(image_name)
        except errors.NotFoundError:
            raise errors.ValidationError(
                f"argument 'image': the server has no image {image_name!r} (upload it first: "
                "client.images.upload_image(path))"
            ) from None

    def _flux_submodels(self, ref: Mapping[str, Any]) -> Op[dict[str, dict[str, Any]]]:
        """The installed T5 encoder, CLIP embed and FLUX VAE models the FLUX loader takes (the first of
        each). Releases before 6.12 require them; later ones only let an SDNQ pipeline install of the
        FLUX model (format `sdnq_quantized`) ship its own (measured on 6.14.2: a FLUX checkpoint without
        them fails when it runs). Refused, naming what is missing and the release, if one is not found."""
        from invokeai_api import _releases

        from .flux import SUBMODELS

        models = yield from self.client.models._list_models()
        found: dict[str, dict[str, Any]] = {}
        for field, kind in SUBMODELS.items():
            fitting = [m for m in models if model_attr(m, "type") == kind
                       and (kind != "vae" or model_attr(m, "base") == "flux")]  # fmt: skip
            if fitting:
                found[field] = model_identifier(fitting[0])
        main = [m for m in models if model_attr(m, "key") == ref.get("key")]
        model_format = str(model_attr(main[0], "format")) if main else None
        version = yield from release.server_release(self.client.pipeline)

        def needed(field: str) -> bool:
            if version is not None and _releases.field_required("FluxModelLoaderInvocation", field).covers(
                version
            ):
                return True
            return model_format is not None and model_format != SELF_CONTAINED_FLUX

        missing = [f"{field} (a {kind} model)" for field, kind in SUBMODELS.items() if field not in found
                   and needed(field)]  # fmt: skip
        if missing:
            why = (
                f"its FLUX model loader needs {', '.join(missing)}"
                if model_format in (None, SELF_CONTAINED_FLUX)
                else f"model {ref.get('name')!r} is a {model_format} FLUX model, which ships no encoders nor "
                f"VAE: the FLUX model loader needs {', '.join(missing)}"
            )
            raise errors.UnresolvedModelError(
                f"InvokeAI {version} at {self.client.base_url}: {why}, and none is installed; install them "
                f"(only an SDNQ pipeline install of a FLUX model, on InvokeAI 6.12 or later, ships its own)"
            )
        return found


def _require_base(base: str, what: str) -> None:
    if base not in BASES:
        raise errors.ValidationError(
            f"argument 'model': {what} is a {base!r} model; presets exist for {', '.join(BASES)} models"
        )


def _main(model: Any) -> dict[str, Any]:
    ref = model_identifier(model)
    if ref["type"] != "main":
        raise errors.ValidationError(
            f"argument 'model': {ref['name']!r} is a {ref['type']} model; presets take a main model"
        )
    _require_base(ref["base"], f"model {ref['name']!r}")
    return ref


def _image_name(image: Any) -> str:
    name: Any
    if isinstance(image, str):
        name = image
    elif isinstance(image, Mapping):
        name = image.get("image_name")
    else:
        name = getattr(image, "image_name", None)
    if not isinstance(name, str) or not name.strip():
        raise errors.ValidationError(
            "argument 'image' takes an image's name on the server (or anything with an image_name); "
            f"got {image!r}"
        )
    return name
