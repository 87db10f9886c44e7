from typing import Literal, cast

IPAdapterInvocationClipVisionModel = Literal["ViT-G", "ViT-H", "ViT-L"]

IP_ADAPTER_INVOCATION_CLIP_VISION_MODEL_VALUES: set[IPAdapterInvocationClipVisionModel] = {
    "ViT-G",
    "ViT-H",
    "ViT-L",
}


def check_ip_adapter_invocation_clip_vision_model(value: str) -> IPAdapterInvocationClipVisionModel:
    if value in IP_ADAPTER_INVOCATION_CLIP_VISION_MODEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(IPAdapterInvocationClipVisionModel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_INVOCATION_CLIP_VISION_MODEL_VALUES!r}")
