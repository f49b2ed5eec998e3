"""Zappa `post` callback: apply the stage's `throttling` settings to its API Gateway stage.

Zappa (0.63) has no setting for API Gateway throttling, so zappa_settings.json names this
function in `callbacks.post`, which Zappa runs after each `deploy` and `update`, and keeps the
numbers in the stage's own `throttling` key: {"rate_limit": <requests/s>, "burst_limit": <n>}.
This file runs on the deploying machine only (deploy/ is excluded from the Lambda zip).
"""

from __future__ import annotations


def patch_operations(throttling: dict) -> list[dict]:
    """The update_stage patch that sets every method's rate and burst limits."""
    rate, burst = throttling["rate_limit"], throttling["burst_limit"]
    if not (isinstance(rate, int | float) and isinstance(burst, int) and rate > 0 and burst > 0):
        raise ValueError("throttling needs a positive rate_limit and a positive burst_limit")
    return [
        {"op": "replace", "path": "/*/*/throttling/rateLimit", "value": str(rate)},
        {"op": "replace", "path": "/*/*/throttling/burstLimit", "value": str(burst)},
    ]


def apply(zappa_cli) -> None:
    """Set the stage's throttling on its REST API; a stage without `throttling` is left alone."""
    throttling = zappa_cli.stage_config.get("throttling")
    if not throttling:
        return
    if getattr(zappa_cli, "apigateway_version", "v1") != "v1":
        raise RuntimeError("deploy/throttle.py handles API Gateway REST APIs (v1) only")
    api_id = zappa_cli.zappa.get_api_id(zappa_cli.lambda_name)
    if api_id is None:
        raise RuntimeError(f"no API Gateway API found for {zappa_cli.lambda_name}")
    zappa_cli.zappa.apigateway_client.update_stage(
        restApiId=api_id,
        stageName=zappa_cli.api_stage,
        patchOperations=patch_operations(throttling),
    )
    print(
        f"API Gateway throttling on {zappa_cli.api_stage}: {throttling['rate_limit']}/s,"
        f" burst {throttling['burst_limit']}"
    )
