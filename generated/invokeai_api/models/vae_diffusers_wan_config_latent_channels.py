from typing import Literal, cast

VAEDiffusersWanConfigLatentChannels = Literal[16, 48]

VAE_DIFFUSERS_WAN_CONFIG_LATENT_CHANNELS_VALUES: set[VAEDiffusersWanConfigLatentChannels] = {
    16,
    48,
}


def check_vae_diffusers_wan_config_latent_channels(value: int) -> VAEDiffusersWanConfigLatentChannels:
    if value in VAE_DIFFUSERS_WAN_CONFIG_LATENT_CHANNELS_VALUES:
        return value
    if isinstance(value, int):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(VAEDiffusersWanConfigLatentChannels, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VAE_DIFFUSERS_WAN_CONFIG_LATENT_CHANNELS_VALUES!r}")
