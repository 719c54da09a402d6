"""The intermediate representation shared by every stage after ``build``."""

from generator.ir.model import *  # noqa: F401,F403
