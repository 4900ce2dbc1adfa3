"""`python -m hubspot_setup` is the same as the `opencx-hubspot-setup` command."""

import sys

from hubspot_setup.cli.main import main

sys.exit(main())
