from typing import Literal, cast

MetadataToSchedulerInvocationLabel = Literal["* CUSTOM LABEL *", "scheduler"]

METADATA_TO_SCHEDULER_INVOCATION_LABEL_VALUES: set[MetadataToSchedulerInvocationLabel] = {
    "* CUSTOM LABEL *",
    "scheduler",
}


def check_metadata_to_scheduler_invocation_label(value: str) -> MetadataToSchedulerInvocationLabel:
    if value in METADATA_TO_SCHEDULER_INVOCATION_LABEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MetadataToSchedulerInvocationLabel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_SCHEDULER_INVOCATION_LABEL_VALUES!r}")
