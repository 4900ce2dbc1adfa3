"""What the bundled `opencx-hubspot-setup` executable runs: the same entry point as the
installed console script, so the bundle and `pip install` behave alike."""

import sys

from hubspot_setup.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
