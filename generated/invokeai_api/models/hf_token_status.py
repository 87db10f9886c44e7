from typing import Literal, cast

HFTokenStatus = Literal["invalid", "unknown", "valid"]

HF_TOKEN_STATUS_VALUES: set[HFTokenStatus] = {
    "invalid",
    "unknown",
    "valid",
}


def check_hf_token_status(value: str) -> HFTokenStatus:
    if value in HF_TOKEN_STATUS_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(HFTokenStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HF_TOKEN_STATUS_VALUES!r}")
