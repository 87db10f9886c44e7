"""A preset's arguments: their names and form labels, the GUI's defaults per model base, and the checks
every value passes before anything is sent (given to `text_to_image`, set on the form, or swept).

The defaults are the GUI's own (its parameters slice): 30 steps, CFG scale 7.5, scheduler `dpmpp_3m_k`,
image-to-image strength 0.75, FLUX guidance 4, a random seed; the size is the model's native one (SD1
512x512, SDXL and FLUX 1024x1024).
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from invokeai_client import errors

__all__ = [
    "BASES",
    "LABELS",
    "MAX_SEED",
    "BaseDefaults",
    "check_value",
    "random_seed",
]

MAX_SEED = 4294967295  # the noise node's bound (2**32 - 1)
MAX_SIZE = 8192

LABELS: dict[str, str] = {
    "prompt": "Prompt",
    "negative_prompt": "Negative Prompt",
    "model": "Model",
    "image": "Image",
    "strength": "Strength",
    "width": "Width",
    "height": "Height",
    "steps": "Steps",
    "cfg_scale": "CFG Scale",
    "guidance": "Guidance",
    "scheduler": "Scheduler",
    "seed": "Seed",
    "board": "Board",
}
"""Preset argument name -> its form label (sweeps and `wf.get_input` take either), in form order."""


@dataclass(frozen=True)
class BaseDefaults:
    """What a model base's presets take and default to (the GUI's defaults)."""

    base: str
    width: int
    height: int
    size_step: int  # sizes are multiples of this (the latents' scale, FLUX's patches)
    steps: int = 30
    cfg_scale: float | None = 7.5  # None: the base takes no CFG scale
    scheduler: str | None = "dpmpp_3m_k"  # None: the base takes no scheduler
    negative_prompt: bool = True
    guidance: float | None = None  # FLUX's distilled guidance
    strength: float = 0.75

    def takes(self, mode: str) -> tuple[str, ...]:
        """The arguments a preset of this base takes in `mode` ("txt2img" or "img2img")."""
        names = self.arguments
        if mode != "img2img":
            return names
        at = names.index("model") + 1
        return (*names[:at], "image", "strength", *names[at:])

    @property
    def arguments(self) -> tuple[str, ...]:
        """The arguments a text-to-image preset of this base takes (image-to-image adds image, strength)."""
        names = ["prompt", "negative_prompt", "model", "width", "height", "steps", "cfg_scale", "guidance",
                 "scheduler", "seed", "board"]  # fmt: skip
        unused = {
            "negative_prompt": not self.negative_prompt,
            "cfg_scale": self.cfg_scale is None,
            "guidance": self.guidance is None,
            "scheduler": self.scheduler is None,
        }
        return tuple(n for n in names if not unused.get(n, False))


BASES: dict[str, BaseDefaults] = {
    "sd-1": BaseDefaults("sd-1", 512, 512, 8),
    "sdxl": BaseDefaults("sdxl", 1024, 1024, 8),
    "flux": BaseDefaults(
        "flux", 1024, 1024, 16, cfg_scale=None, scheduler=None, negative_prompt=False, guidance=4.0
    ),
}
"""Model bases with presets, and their defaults."""


def random_seed() -> int:
    """A seed as the GUI picks one when "random" is on: uniform over the noise node's range."""
    return secrets.randbelow(MAX_SEED + 1)


def _integer(name: str, value: Any, low: int, high: int | None, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise errors.InvalidValueError(f"{where} takes a whole number; got {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"from {low} to {high}" if high is not None else f"of at least {low}"
        raise errors.InvalidValueError(f"{where} takes a whole number {bound}; got {value}")
    return value


def _number(value: Any, low: float, high: float | None, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise errors.InvalidValueError(f"{where} takes a number; got {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"from {low:g} to {high:g}" if high is not None else f"of at least {low:g}"
        raise errors.InvalidValueError(f"{where} takes a number {bound}; got {value!r}")
    return float(value)


def check_value(name: str, value: Any, defaults: BaseDefaults, where: str | None = None) -> Any:
    """`value` for the argument `name` if it is one the base's presets take; else InvalidValueError naming
    the argument and what it takes. Numbers come back as the type the graph holds."""
    where = where or f"argument {name!r}"
    if name in ("prompt", "negative_prompt"):
        if not isinstance(value, str):
            raise errors.InvalidValueError(f"{where} takes a text; got {value!r}")
        return value
    if name in ("width", "height"):
        step = defaults.size_step
        number = _integer(name, value, step * 8, MAX_SIZE, where)
        if number % step:
            why = (
                "" if defaults.base == "any" else f" ({defaults.base} images grow in steps of {step} pixels)"
            )
            raise errors.InvalidValueError(
                f"{where} takes a multiple of {step} from {step * 8} to {MAX_SIZE}{why}; got {number}"
            )
        return number
    if name == "steps":
        return _integer(name, value, 1, 10000, where)
    if name == "seed":
        return _integer(name, value, 0, MAX_SEED, where)
    if name == "cfg_scale":
        return _number(value, 1.0, None, where)
    if name == "guidance":
        return _number(value, 0.0, None, where)
    if name == "strength":
        return _number(value, 0.0, 1.0, where)
    if name == "scheduler":
        from invokeai_client.workflow.values import spec_for

        choices = spec_for("denoise_latents", "scheduler").choices or ()
        if value not in choices:
            raise errors.InvalidValueError(
                f"{where} takes one of {', '.join(map(str, choices))}; got {value!r}"
            )
        return value
    return value


def refuse_unused(given: Mapping[str, Any], defaults: BaseDefaults, mode: str) -> None:
    """Arguments given that the base's presets (in `mode`) do not take: one error naming each and the base."""
    allowed = defaults.takes(mode)
    unused = [name for name, value in given.items() if value is not None and name not in allowed]
    if unused:
        takes = ", ".join(allowed)
        hint = " (FLUX models take guidance= instead of a CFG scale)" if "cfg_scale" in unused else ""
        raise errors.ValidationError(
            f"{defaults.base} presets take no {', '.join(unused)}{hint}; they take: {takes}"
        )
