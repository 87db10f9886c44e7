"""`python -m invokeai_client.cli`: the same as the `invokeai-client` command."""

import sys

from invokeai_client.cli import main

sys.exit(main())
