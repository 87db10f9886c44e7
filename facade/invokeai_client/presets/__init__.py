"""Presets: text-to-image and image-to-image graphs for SD1, SDXL and FLUX main models, built with the
graph builder as InvokeAI's own linear UI builds them, each image carrying the GUI's `core_metadata`.

    wf = client.generate.text_to_image("a red fox", model="tiny-sdxl", seed=1)
    wf.enqueue(sweep={"seed": [1, 2, 3]})          # argument names or form labels ("Seed")
    for item in wf.wait_all():
        print(wf.map_outputs_to_images(item, include_intermediate=False))

- `arguments`: argument names, labels, the GUI's defaults per base, the value checks.
- `metadata`: what every preset shares (parameter nodes on the form, `core_metadata`); `latents`: the SD
  denoising part; `sd1`, `sdxl`, `flux`: one builder per base.
- `handle`: `PresetHandle`, the workflow handle a preset gives; `resource`: `client.generate`.

Imported on first use: `import invokeai_client` does not load any of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from invokeai_client._lazy import lazy_attributes

if TYPE_CHECKING:
    from .arguments import BASES, LABELS, BaseDefaults
    from .handle import PresetHandle, PresetInfo
    from .resource import GenerateRepository, ModelLike

__all__ = ["BASES", "LABELS", "BaseDefaults", "GenerateRepository", "ModelLike", "PresetHandle", "PresetInfo"]

_LAZY = {
    "BASES": ".arguments",
    "LABELS": ".arguments",
    "BaseDefaults": ".arguments",
    "PresetHandle": ".handle",
    "PresetInfo": ".handle",
    "GenerateRepository": ".resource",
    "ModelLike": ".resource",
}

_getattr = lazy_attributes(__name__, _LAZY)


def __getattr__(name: str) -> Any:
    return _getattr(name)


_unused: Callable[[str], Any] = __getattr__
