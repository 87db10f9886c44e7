from typing import Literal, cast

MetadataToVAEInvocationLabel = Literal["* CUSTOM LABEL *", "vae"]

METADATA_TO_VAE_INVOCATION_LABEL_VALUES: set[MetadataToVAEInvocationLabel] = {
    "* CUSTOM LABEL *",
    "vae",
}


def check_metadata_to_vae_invocation_label(value: str) -> MetadataToVAEInvocationLabel:
    if value in METADATA_TO_VAE_INVOCATION_LABEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MetadataToVAEInvocationLabel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_VAE_INVOCATION_LABEL_VALUES!r}")
