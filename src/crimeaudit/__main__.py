"""`python -m crimeaudit` runs the command line."""
from .cli import main

main()
