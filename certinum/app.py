"""The Litestar application: the business areas' routers and the exception table, assembled.

Each area (:mod:`certinum.accounts`, :mod:`certinum.mail`, :mod:`certinum.issuerkeys`,
:mod:`certinum.issuance`, :mod:`certinum.verification`, :mod:`certinum.web`) owns its routes;
pages are rendered through the template configuration of :mod:`certinum.web.templating`; every
error becomes RFC 9457 problem details through one table (:mod:`certinum.problems`).
"""

from __future__ import annotations

from litestar import Litestar, get
from litestar.datastructures import State
from litestar.openapi.config import OpenAPIConfig

from certinum.accounts.area import AccountsArea
from certinum.accounts.membership_routes import router as roles_router
from certinum.accounts.pages import router as account_pages_router
from certinum.accounts.routes import router as accounts_router
from certinum.certification.enrolment_routes import router as enrolment_edit_router
from certinum.certification.exam_pages import router as exam_pages_router
from certinum.certification.exam_routes import router as exam_router
from certinum.certification.invigilation_api import router as invigilation_api_router
from certinum.certification.invigilation_pages import router as invigilation_router
from certinum.certification.pages import router as centre_pages_router
from certinum.certification.routes import router as certification_router
from certinum.certification.routes_review import router as review_router
from certinum.http import MAX_BODY_BYTES
from certinum.issuance.certificate_routes import router as certificates_router
from certinum.issuance.downloads import router as downloads_router
from certinum.issuance.job_routes import router as issuance_jobs_router
from certinum.issuance.pages import router as certificate_pages_router
from certinum.issuance.routes import router as issuance_router
from certinum.issuance.statuslists import resign
from certinum.issuance.worker import InAppWorker
from certinum.issuerkeys.routes import router as issuerkeys_router
from certinum.mail.routes import router as mail_router
from certinum.pathids import path_id_guard
from certinum.positioning.catalogue import use_item_bank
from certinum.positioning.pages import router as candidate_pages_router
from certinum.positioning.routes import router as positioning_router
from certinum.problems import exception_handlers
from certinum.runtime import Runtime
from certinum.schools.pages_router import router as school_pages_router
from certinum.schools.routes import router as schools_router
from certinum.settings import Settings
from certinum.trust.routes import router as trust_router
from certinum.verification.file_api import router as verification_file_router
from certinum.verification.routes import router as verification_router
from certinum.verification.upload_routes import router as verification_upload_router
from certinum.wallet.exports import router as wallet_exports_router
from certinum.wallet.oid4vci_pages import router as wallet_pages_router
from certinum.wallet.oid4vci_routes import router as oid4vci_router
from certinum.web.errors import html_aware
from certinum.web.home import router as home_router
from certinum.web.home import static_router
from certinum.web.templating import template_config


@get("/health", sync_to_thread=False)
def health() -> dict[str, str]:
    return {"status": "ok"}


def create_app(
    settings: Settings | None = None,
    *,
    runtime: Runtime | None = None,
    accounts: AccountsArea | None = None,
) -> Litestar:
    """Build the application; the runtime (database, keys) is opened once here.

    Status lists of a database from before signed storage are signed now, so that serving
    them later never needs the issuer key. On SQLite the issuance jobs run in a thread of the
    service, started and stopped with the app (:class:`InAppWorker`).
    """
    rt = runtime or Runtime.open(settings or Settings.from_env())
    use_item_bank(rt.settings.item_bank)
    resign(rt, only_unsigned=True)
    jobs = InAppWorker(rt)
    return Litestar(
        route_handlers=[
            home_router,
            static_router,
            issuerkeys_router,
            issuance_router,
            issuance_jobs_router,
            certificates_router,
            certificate_pages_router,
            downloads_router,
            verification_router,
            verification_upload_router,
            verification_file_router,
            health,
            accounts_router,
            roles_router,
            mail_router,
            account_pages_router,
            positioning_router,
            candidate_pages_router,
            schools_router,
            school_pages_router,
            certification_router,
            enrolment_edit_router,
            centre_pages_router,
            review_router,
            exam_router,
            exam_pages_router,
            invigilation_router,
            invigilation_api_router,
            wallet_exports_router,
            trust_router,
            oid4vci_router,
            wallet_pages_router,
        ],
        template_config=template_config(),
        state=State({"runtime": rt, "accounts": accounts or AccountsArea.open(rt)}),
        exception_handlers=html_aware(exception_handlers()),
        middleware=[path_id_guard],
        openapi_config=OpenAPIConfig(title="Certinum", version="0.1.0", path="/schema"),
        request_max_body_size=MAX_BODY_BYTES,
        on_startup=[jobs.start],
        on_shutdown=[jobs.stop, rt.close],
    )
