"""The child process of `coalition bench site`: prepare the dataset in the database of DATABASE_URL.

Prints the facts of the dataset as one line of JSON; on a failure, its reason as one line on stderr and status 1,
which the parent shows as `bench.failed`.
"""

import json
import sys

import django

django.setup()  # the models below need the settings of the child's environment

from coalition.bench.site import prepare  # noqa: E402
from coalition.errors import CoalitionError  # noqa: E402

try:
    print(json.dumps(prepare(partners=int(sys.argv[1]), claims=int(sys.argv[2]))))
except Exception as error:
    reason = str(error) if isinstance(error, CoalitionError) else f"{type(error).__name__}: {error}"
    sys.exit(" ".join(reason.split()))
