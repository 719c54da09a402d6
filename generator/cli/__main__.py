"""``python -m generator.cli``: the command line without ``generator.launch``'s early start."""

from generator.cli import main

if __name__ == "__main__":
    main()
