"""The intermediate representation shared by every stage after ``build``."""

from generator.ir.model import *
