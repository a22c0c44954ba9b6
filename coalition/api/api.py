"""The data API, version 1: one NinjaAPI mounted at /api/v1/, one router per domain."""

from ninja import NinjaAPI
from ninja.openapi.docs import Swagger

from .access import MAX_QUERY_STRING_BYTES, AnonymousRateThrottle, bounded_query_string
from .problems import PROBLEM_MEDIA_TYPE, install_handlers
from .routers import claims, documents, partners, profiles, totals

DESCRIPTION = """Read the coalition's partners, source documents, claims (money and head counts, each with
its evidence), statements, headline figures and working groups. Pages are keyset-paginated: follow `next`.
Every read answers with an ETag; send it back in If-None-Match to get 304 when nothing changed.
Errors are RFC 9457 problem documents (`application/problem+json`) with a stable `code`.
Editors write with a per-user token (`coalition token create USERNAME`) sent as `Authorization: Bearer`."""


class CoalitionAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Problems are served as application/problem+json; say so in the document too. Every operation may
        answer 414 (a query string over the limit, refused before anything else is read)."""
        schema = super().get_openapi_schema(*args, **kwargs)
        too_long = {
            "description": f"The query string is longer than {MAX_QUERY_STRING_BYTES} bytes (api.uri_too_long).",
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
                operation["responses"]["414"] = too_long
        return schema


api = CoalitionAPI(
    title="Coalition Ledger API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    docs=Swagger(settings={"persistAuthorization": False}),
    throttle=[AnonymousRateThrottle()],
)
install_handlers(api)
api.add_decorator(bounded_query_string, mode="view")
api.add_router("/partners", partners.router)
api.add_router("/working-groups", partners.groups_router)
api.add_router("/documents", documents.router)
api.add_router("/claims", claims.router)
api.add_router("/statements", profiles.statements_router)
api.add_router("/headline-figures", profiles.headlines_router)
api.add_router("/totals", totals.router)
