from typing import Literal, cast

MainModelDefaultSettingsVaePrecisionType0 = Literal["fp16", "fp32"]

MAIN_MODEL_DEFAULT_SETTINGS_VAE_PRECISION_TYPE_0_VALUES: set[MainModelDefaultSettingsVaePrecisionType0] = {
    "fp16",
    "fp32",
}


def check_main_model_default_settings_vae_precision_type_0(value: str) -> MainModelDefaultSettingsVaePrecisionType0:
    if value in MAIN_MODEL_DEFAULT_SETTINGS_VAE_PRECISION_TYPE_0_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MainModelDefaultSettingsVaePrecisionType0, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAIN_MODEL_DEFAULT_SETTINGS_VAE_PRECISION_TYPE_0_VALUES!r}"
    )
