"""``python -m eventcoder``: the command line."""

from eventcoder.cli import main

if __name__ == "__main__":
    main()
