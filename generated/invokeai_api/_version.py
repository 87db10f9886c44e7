"""Which InvokeAI releases and generator produced these bindings (written by scripts/regenerate)."""

# Every release whose schema the bindings were merged from, oldest first; the newest one alone.
__invokeai_versions__ = ('5.0.0', '5.0.2', '5.6.0', '5.15.0', '6.0.2', '6.7.0', '6.10.0', '6.12.0', '6.14.2')
__invokeai_version__ = '6.14.2'
__generator_version__ = "0.29.1"
