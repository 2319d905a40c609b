"""nova-api's WSGI app for gunicorn (scripts/nova-server).

Nova's init_application() parses sys.argv with oslo.config, which rejects
gunicorn's own arguments; its config comes from OS_NOVA_CONFIG_DIR instead.
"""

import sys


def application_factory():
    sys.argv = [sys.argv[0] if sys.argv else "nova-api"]
    from nova.api.openstack.compute import wsgi
    return wsgi.init_application()
