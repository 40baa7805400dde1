"""`python -m ivigmon` runs the command line."""

import sys

from ivigmon.cli import main

sys.exit(main())
