from typing import Literal, cast

VAECheckpointWanConfigLatentChannels = Literal[16, 48]

VAE_CHECKPOINT_WAN_CONFIG_LATENT_CHANNELS_VALUES: set[VAECheckpointWanConfigLatentChannels] = {
    16,
    48,
}


def check_vae_checkpoint_wan_config_latent_channels(value: int) -> VAECheckpointWanConfigLatentChannels:
    if value in VAE_CHECKPOINT_WAN_CONFIG_LATENT_CHANNELS_VALUES:
        return value
    if isinstance(value, int):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(VAECheckpointWanConfigLatentChannels, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VAE_CHECKPOINT_WAN_CONFIG_LATENT_CHANNELS_VALUES!r}")
