from typing import Literal, cast

InvokeAIAppConfigHashingAlgorithm = Literal[
    "blake2b",
    "blake2s",
    "blake3_multi",
    "blake3_single",
    "md5",
    "random",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "sha512",
    "shake_128",
    "shake_256",
]

INVOKE_AI_APP_CONFIG_HASHING_ALGORITHM_VALUES: set[InvokeAIAppConfigHashingAlgorithm] = {
    "blake2b",
    "blake2s",
    "blake3_multi",
    "blake3_single",
    "md5",
    "random",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "sha512",
    "shake_128",
    "shake_256",
}


def check_invoke_ai_app_config_hashing_algorithm(value: str) -> InvokeAIAppConfigHashingAlgorithm:
    if value in INVOKE_AI_APP_CONFIG_HASHING_ALGORITHM_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeAIAppConfigHashingAlgorithm, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_HASHING_ALGORITHM_VALUES!r}")
