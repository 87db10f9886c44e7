from typing import Literal, cast

SaveImageToFileInvocationFileFormat = Literal["jpg", "png", "webp"]

SAVE_IMAGE_TO_FILE_INVOCATION_FILE_FORMAT_VALUES: set[SaveImageToFileInvocationFileFormat] = {
    "jpg",
    "png",
    "webp",
}


def check_save_image_to_file_invocation_file_format(value: str) -> SaveImageToFileInvocationFileFormat:
    if value in SAVE_IMAGE_TO_FILE_INVOCATION_FILE_FORMAT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SaveImageToFileInvocationFileFormat, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVE_IMAGE_TO_FILE_INVOCATION_FILE_FORMAT_VALUES!r}")
