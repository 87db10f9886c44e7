from typing import Literal, cast

UpdateAppGenerationSettingsRequestImageSubfolderStrategy = Literal["date", "flat", "hash", "type"]

UPDATE_APP_GENERATION_SETTINGS_REQUEST_IMAGE_SUBFOLDER_STRATEGY_VALUES: set[
    UpdateAppGenerationSettingsRequestImageSubfolderStrategy
] = {
    "date",
    "flat",
    "hash",
    "type",
}


def check_update_app_generation_settings_request_image_subfolder_strategy(
    value: str,
) -> UpdateAppGenerationSettingsRequestImageSubfolderStrategy:
    if value in UPDATE_APP_GENERATION_SETTINGS_REQUEST_IMAGE_SUBFOLDER_STRATEGY_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(UpdateAppGenerationSettingsRequestImageSubfolderStrategy, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APP_GENERATION_SETTINGS_REQUEST_IMAGE_SUBFOLDER_STRATEGY_VALUES!r}"
    )
