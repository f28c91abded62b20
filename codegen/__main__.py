"""`python -m codegen` (in a checkout) or `python -m inference_grpc.codegen` (installed)."""

import sys

from .cli import main

sys.exit(main())
