from typing import Literal, cast

MetadataToIntegerCollectionInvocationLabel = Literal[
    "* CUSTOM LABEL *", "cfg_scale_end_step", "cfg_scale_start_step", "clip_skip", "height", "seed", "steps", "width"
]

METADATA_TO_INTEGER_COLLECTION_INVOCATION_LABEL_VALUES: set[MetadataToIntegerCollectionInvocationLabel] = {
    "* CUSTOM LABEL *",
    "cfg_scale_end_step",
    "cfg_scale_start_step",
    "clip_skip",
    "height",
    "seed",
    "steps",
    "width",
}


def check_metadata_to_integer_collection_invocation_label(value: str) -> MetadataToIntegerCollectionInvocationLabel:
    if value in METADATA_TO_INTEGER_COLLECTION_INVOCATION_LABEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MetadataToIntegerCollectionInvocationLabel, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {METADATA_TO_INTEGER_COLLECTION_INVOCATION_LABEL_VALUES!r}"
    )
