from typing import Literal, cast

Flux2DevTextEncoderInvocationMaxSeqLen = Literal[256, 512]

FLUX_2_DEV_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES: set[Flux2DevTextEncoderInvocationMaxSeqLen] = {
    256,
    512,
}


def check_flux_2_dev_text_encoder_invocation_max_seq_len(value: int) -> Flux2DevTextEncoderInvocationMaxSeqLen:
    if value in FLUX_2_DEV_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES:
        return value
    if isinstance(value, int):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Flux2DevTextEncoderInvocationMaxSeqLen, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_DEV_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES!r}"
    )
