"""`python -m pipeline`: the command line of pipeline/cli.py.

Once a command has returned, every output is written and closed, and the engines have
stopped their workers. Python's own teardown would then free the loaded tables (jieba's
word table, the gazetteers, spaCy's vocabulary) object by object, about half a second of
a run. So the exit handlers run and the standard streams are flushed, then the process
ends without that teardown.
"""

import atexit
import os
import sys

from pipeline.cli import main

status = main()
atexit._run_exitfuncs()  # what a normal exit runs first: logging flush, multiprocessing joins
sys.stdout.flush()
sys.stderr.flush()
os._exit(status if isinstance(status, int) else 1)
