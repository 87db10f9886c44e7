from typing import Literal, cast

Flux2KleinTextEncoderInvocationMaxSeqLen = Literal[256, 512]

FLUX_2_KLEIN_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES: set[Flux2KleinTextEncoderInvocationMaxSeqLen] = {
    256,
    512,
}


def check_flux_2_klein_text_encoder_invocation_max_seq_len(value: int) -> Flux2KleinTextEncoderInvocationMaxSeqLen:
    if value in FLUX_2_KLEIN_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES:
        return value
    if isinstance(value, int):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Flux2KleinTextEncoderInvocationMaxSeqLen, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_TEXT_ENCODER_INVOCATION_MAX_SEQ_LEN_VALUES!r}"
    )
