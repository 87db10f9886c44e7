from typing import Literal, cast

UIComponent = Literal["none", "slider", "textarea", "video-frame-index"]

UI_COMPONENT_VALUES: set[UIComponent] = {
    "none",
    "slider",
    "textarea",
    "video-frame-index",
}


def check_ui_component(value: str) -> UIComponent:
    if value in UI_COMPONENT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(UIComponent, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UI_COMPONENT_VALUES!r}")
