from typing import Literal, cast

ImageBatchInvocationBatchGroup = Literal["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"]

IMAGE_BATCH_INVOCATION_BATCH_GROUP_VALUES: set[ImageBatchInvocationBatchGroup] = {
    "Group 1",
    "Group 2",
    "Group 3",
    "Group 4",
    "Group 5",
    "None",
}


def check_image_batch_invocation_batch_group(value: str) -> ImageBatchInvocationBatchGroup:
    if value in IMAGE_BATCH_INVOCATION_BATCH_GROUP_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageBatchInvocationBatchGroup, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_BATCH_INVOCATION_BATCH_GROUP_VALUES!r}")
