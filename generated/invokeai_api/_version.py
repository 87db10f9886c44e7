"""Which InvokeAI release and generator produced these bindings (written by scripts/regenerate)."""

__invokeai_version__ = "6.14.2"
__generator_version__ = "0.29.1"
