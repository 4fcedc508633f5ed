"""obs-websocket 5 messages (JSON over a WebSocket, default port 4455), as pure functions.

The connection: the server sends Hello (op 0, with an authentication salt and challenge when a
password is set), the client answers Identify (op 1), the server confirms Identified (op 2).
Then requests (op 6) get responses (op 7) matched by requestId, and events (op 5) arrive as
subscribed.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from typing import Any

OP_HELLO = 0
OP_IDENTIFY = 1
OP_IDENTIFIED = 2
OP_EVENT = 5
OP_REQUEST = 6
OP_RESPONSE = 7

RPC_VERSION = 1
DEFAULT_PORT = 4455

# WebSocket close codes obs-websocket uses (WebSocketCloseCode)
CLOSE_AUTH_FAILED = 4009
CLOSE_UNSUPPORTED_RPC = 4010
CLOSE_SESSION_INVALIDATED = 4011

# EventSubscription bits: General, Scenes, Outputs (stream / record state)
SUB_GENERAL = 1 << 0
SUB_SCENES = 1 << 2
SUB_OUTPUTS = 1 << 6
SUBSCRIPTIONS = SUB_GENERAL | SUB_SCENES | SUB_OUTPUTS

# RequestStatus codes worth naming
STATUS_SUCCESS = 100
STATUS_OUTPUT_RUNNING = 500
STATUS_OUTPUT_NOT_RUNNING = 501
STATUS_RESOURCE_NOT_FOUND = 600


class NeedPassword(Exception):
    """The server asks for a password and none is known."""


def auth_string(password: str, salt: str, challenge: str) -> str:
    """base64(sha256(base64(sha256(password + salt)) + challenge)), as the protocol defines."""
    secret = base64.b64encode(hashlib.sha256((password + salt).encode()).digest()).decode()
    return base64.b64encode(hashlib.sha256((secret + challenge).encode()).digest()).decode()


def identify(hello: dict[str, Any], password: str | None) -> dict[str, Any]:
    """The Identify message answering `hello` (the `d` of an op-0 message)."""
    data: dict[str, Any] = {
        "rpcVersion": min(int(hello.get("rpcVersion", RPC_VERSION)), RPC_VERSION),
        "eventSubscriptions": SUBSCRIPTIONS,
    }
    auth = hello.get("authentication")
    if auth:
        if not password:
            raise NeedPassword()
        data["authentication"] = auth_string(password, auth["salt"], auth["challenge"])
    return {"op": OP_IDENTIFY, "d": data}


def request(
    request_type: str, request_id: str, data: dict[str, Any] | None = None
) -> dict[str, Any]:
    d: dict[str, Any] = {"requestType": request_type, "requestId": request_id}
    if data:
        d["requestData"] = data
    return {"op": OP_REQUEST, "d": d}


@dataclass(frozen=True)
class Reply:
    """A request's outcome. `ok` False with code 0 means no answer arrived (disconnected)."""

    request_type: str
    ok: bool
    code: int = 0
    comment: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def reply_from(d: dict[str, Any]) -> Reply:
    status = d.get("requestStatus", {})
    data = dict(d.get("responseData") or {})
    if d.get("requestType") == "GetStreamServiceSettings":
        # the stream key arrives with the server address: drop it before anything can keep it
        settings = dict(data.get("streamServiceSettings") or {})
        had_key = bool(settings.pop("key", None))
        data["streamServiceSettings"] = settings
        data["keySet"] = had_key
    return Reply(
        str(d.get("requestType", "")),
        bool(status.get("result")),
        int(status.get("code", 0)),
        str(status.get("comment", "") or ""),
        data,
    )
