"""Grid Desk entry point; everything lives in desk.app so an installed package behaves the same."""

import sys

from desk.app import main

if __name__ == "__main__":
    sys.exit(main())
