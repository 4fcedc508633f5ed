"""`python -m livestudio`."""

import sys

from livestudio.cli import main

sys.exit(main())
