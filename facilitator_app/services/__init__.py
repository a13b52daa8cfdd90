"""Use cases shared by the window and the command line: plain Python, one transaction each."""
