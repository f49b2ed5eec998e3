"""A scriptable OpenAI-compatible HTTP server on 127.0.0.1 that the real SDK talks to."""

from __future__ import annotations

import json
import socket
import struct
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One scripted answer: a model output (rendered for the API asked) or a raw HTTP reply."""

    status: int = 200
    text: str | None = None  # the model's output text, for a 200 answer
    refusal: str | None = None
    truncated: bool = False  # Responses: status "incomplete"; Chat: finish_reason "length"
    body: bytes | None = None  # a raw body, sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    usage: tuple[int, int] = (1200, 300)
    # Faults: send the whole reply (status line, headers, body; or the body only, with
    # `trickle_body`) one byte every `trickle` seconds; `hang` and never answer; `reset` the
    # connection (RST) instead of answering.
    trickle: float = 0.0
    trickle_body: bool = False
    hang: bool = False
    reset: bool = False


def answer(payload: dict | str, **kwargs) -> Reply:
    """A 200 whose model output is `payload` (a dict is sent as JSON, a str verbatim)."""
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return Reply(text=text, **kwargs)


def error(status: int, code: str | None = None, *, kind: str = "error", **kwargs) -> Reply:
    """An OpenAI-style error reply."""
    body = {"error": {"message": f"fake {status}", "type": kind, "param": None, "code": code}}
    return Reply(status=status, body=json.dumps(body).encode(), **kwargs)


def _responses_body(reply: Reply, model: str) -> dict:
    content = (
        {"type": "refusal", "refusal": reply.refusal}
        if reply.refusal
        else {"type": "output_text", "text": reply.text, "annotations": []}
    )
    return {
        "id": "resp_fake",
        "object": "response",
        "created_at": 1_700_000_000,
        "model": model,
        "status": "incomplete" if reply.truncated else "completed",
        "incomplete_details": {"reason": "max_output_tokens"} if reply.truncated else None,
        "output": [
            {
                "type": "message",
                "id": "msg_fake",
                "role": "assistant",
                "status": "incomplete" if reply.truncated else "completed",
                "content": [content],
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": reply.usage[0],
            "output_tokens": reply.usage[1],
            "total_tokens": sum(reply.usage),
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }


def _chat_body(reply: Reply, model: str) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": "length" if reply.truncated else "stop",
                "message": {
                    "role": "assistant",
                    "content": None if reply.refusal else reply.text,
                    "refusal": reply.refusal,
                },
            }
        ],
        "usage": {
            "prompt_tokens": reply.usage[0],
            "completion_tokens": reply.usage[1],
            "total_tokens": sum(reply.usage),
        },
    }


class FakeOpenAI:
    """Serve scripted replies in order (the last one repeats) and record every request."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.trickled = 0  # bytes a trickling reply got out before the client hung up
        self.hung_up = threading.Event()  # set when a client left a trickle or a hang
        self._script: list[Reply] = [Reply(status=500, body=b'{"error": {"message": "unset"}}')]
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        """The base URL to give the SDK."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    @property
    def hits(self) -> int:
        """How many requests reached the server."""
        return len(self.requests)

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with `replies`, in order; the last one repeats."""
        with self._lock:
            self._script = list(replies)

    def _next(self) -> Reply:
        with self._lock:
            return self._script.pop(0) if len(self._script) > 1 else self._script[0]

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with fake._lock:
                    fake.requests.append(
                        {
                            "path": self.path,
                            "body": body,
                            "headers": {k.lower(): v for k, v in self.headers.items()},
                        }
                    )
                reply = fake._next()
                if reply.delay and fake._stopping.wait(reply.delay):
                    return
                if reply.reset:
                    # SO_LINGER with a zero timeout: close() sends RST, not FIN.
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    self.close_connection = True
                    return
                if reply.hang:
                    self._wait_for_hang_up()
                    return
                if reply.body is not None:
                    data = reply.body
                elif self.path.endswith("/chat/completions"):
                    data = json.dumps(_chat_body(reply, body.get("model", ""))).encode()
                else:
                    data = json.dumps(_responses_body(reply, body.get("model", ""))).encode()
                if reply.trickle:
                    self._trickle(reply, data)
                    return
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): nothing to tell it

            def _trickle(self, reply: Reply, data: bytes) -> None:
                head = [f"HTTP/1.1 {reply.status} Fake", "Content-Type: application/json"]
                head += [f"Content-Length: {len(data)}"]
                head += [f"{name}: {value}" for name, value in reply.headers.items()]
                raw = ("\r\n".join(head) + "\r\n\r\n").encode() + data
                self.close_connection = True
                at_once = len(raw) - len(data) if reply.trickle_body else 0
                for i in range(at_once, len(raw)):
                    try:
                        self.connection.sendall(raw[: i + 1] if i == at_once else raw[i : i + 1])
                    except OSError:
                        fake.hung_up.set()
                        return
                    fake.trickled = i + 1
                    if fake._stopping.wait(reply.trickle):
                        return

            def _wait_for_hang_up(self) -> None:
                # Say nothing; notice when the client closes its end (recv returns b"").
                self.connection.settimeout(0.05)
                self.close_connection = True
                while not fake._stopping.is_set():
                    try:
                        if not self.connection.recv(1):
                            fake.hung_up.set()
                            return
                    except TimeoutError:
                        continue
                    except OSError:
                        fake.hung_up.set()
                        return

        return Handler

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def refused_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
