"""Property-based tests of the central API from its own OpenAPI document (schemathesis, ASGI, bounded):
no input, valid or not, gets a 5xx; every error is a structured ``ErrorBody``; answers match the schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ltsa_desktop.central import enrollment
from ltsa_desktop.central.app import create_app
from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.sync.protocol import EnrollRequest, ErrorBody

TOKEN: dict[str, str] = {}
IDENTITY: dict[str, str] = {}


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    path: Path = tmp_path_factory.mktemp("schemathesis") / "central.sqlite3"
    db = CentralDB.open(f"sqlite:///{path}")
    enrollment.create_office(db, "JKT01", "LTSA Jakarta")
    code, _ = enrollment.issue_enrollment_code(db, "JKT01")
    enrolled = enrollment.enroll(db, EnrollRequest(code=code, device_name="PC"))
    TOKEN["value"] = enrolled.token
    IDENTITY.update(device_id=enrolled.device_id, office_id=enrolled.office_id)
    app = create_app(db, enroll_rate=(1000, 1.0), verify_rate=(1000, 1.0))
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    db.dispose()


def _exercise(case) -> None:  # type: ignore[no-untyped-def]
    body = case.body
    own = sum(map(ord, str(body.get("batch_id", "")))) % 2 == 0 if isinstance(body, dict) else False
    if case.path == "/v1/push" and own and isinstance(body.get("records"), list):
        # Half the generated batches speak for the enrolled device, so the apply path is explored too.
        body["device_id"] = IDENTITY["device_id"]
        for record in body["records"]:
            if isinstance(record, dict):
                record.update(device_id=IDENTITY["device_id"], office_id=IDENTITY["office_id"])
    response = case.call(headers={"Authorization": f"Bearer {TOKEN['value']}"})
    case.validate_response(response, checks=[not_a_server_error, status_code_conformance,
                                             content_type_conformance, response_schema_conformance])
    assert response.status_code < 500
    if response.status_code >= 400:
        ErrorBody.model_validate(response.json())


def test_no_server_errors_and_structured_refusals(api_schema) -> None:  # type: ignore[no-untyped-def]
    # The strategy is drawn per operation so every endpoint gets its share of examples. Driven through
    # hypothesis directly (not schemathesis' pytest plugin), which keeps the test independent of pytest internals.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/push", "/v1/enroll"}
    for operation in operations:
        @settings(max_examples=40, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def run(case) -> None:  # type: ignore[no-untyped-def]
            _exercise(case)

        run()
