"""The WSGI application the production server (gunicorn) runs."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings.base")

application = get_wsgi_application()
