"""Pieces for the reverse-proxy test: a throwaway TLS certificate, Debian's nginx run as the current
user from a temporary prefix (its own pid, logs and temp folders; no system service), and a small
HTTP(S) visitor that connects from a chosen loopback address, keeps cookies and follows no redirect."""

import datetime
import grp
import http.client
import ipaddress
import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

# The location block operators copy from docs/operations.md ("Behind a TLS proxy").
PROXY_LOCATION = """
    location / {
        proxy_pass http://127.0.0.1:%(app_port)d;
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
"""

NGINX_CONF = """
%(user)s
worker_processes 1;
daemon off;
pid %(dir)s/nginx.pid;
error_log %(dir)s/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path %(dir)s/client_body;
    proxy_temp_path %(dir)s/proxy;
    fastcgi_temp_path %(dir)s/fastcgi;
    uwsgi_temp_path %(dir)s/uwsgi;
    scgi_temp_path %(dir)s/scgi;
    server {
        listen 127.0.0.1:%(https_port)d ssl;
        ssl_certificate %(dir)s/cert.pem;
        ssl_certificate_key %(dir)s/key.pem;
        %(location)s
    }
    server {
        listen 127.0.0.1:%(http_port)d;
        %(location)s
    }
}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, *, process: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    """Return once something accepts connections on 127.0.0.1:port; fail with the log otherwise."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}; log:\n{log.read_text(errors='replace')}")


def make_certificate(folder: Path) -> None:
    """Write a self-signed certificate for 127.0.0.1 (cert.pem) and its key (key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    (folder / "key.pem").chmod(0o600)


def start_nginx(folder: Path, *, https_port: int, http_port: int, app_port: int) -> subprocess.Popen:
    """Run nginx in the foreground from `folder`, terminating TLS and proxying to 127.0.0.1:app_port."""
    make_certificate(folder)
    # As root, nginx would hand its workers to "nobody", who cannot enter the private temp folder.
    user = ""
    if os.geteuid() == 0:
        user = f"user {pwd.getpwuid(os.getuid()).pw_name} {grp.getgrgid(os.getgid()).gr_name};"
    values = {"dir": str(folder), "https_port": https_port, "http_port": http_port, "user": user}
    values["location"] = PROXY_LOCATION % {"app_port": app_port}
    (folder / "nginx.conf").write_text(NGINX_CONF % values)
    log = folder / "nginx-output.log"
    process = subprocess.Popen(
        [NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e", str(folder / "error.log")],
        stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    wait_for_port(https_port, process=process, log=folder / "error.log")
    return process


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: str
    cookies: SimpleCookie


@dataclass
class Visitor:
    """One browser, as far as the test needs one: a source address, cookies, no redirects followed."""

    source: str
    port: int
    ca_file: Path | None = None
    cookies: dict = field(default_factory=dict)

    def request(self, method: str, path: str, *, form: dict | None = None,
                headers: dict | None = None) -> Answer:
        if self.ca_file:
            context = ssl.create_default_context(cafile=str(self.ca_file))
            connection = http.client.HTTPSConnection(
                "127.0.0.1", self.port, source_address=(self.source, 0), context=context, timeout=30)
        else:
            connection = http.client.HTTPConnection(
                "127.0.0.1", self.port, source_address=(self.source, 0), timeout=30)
        sent = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Origin"] = f"{self.origin}"
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            answer = Answer(response.status, response.msg, response.read().decode(errors="replace"),
                            SimpleCookie())
        finally:
            connection.close()
        for line in answer.headers.get_all("Set-Cookie") or []:
            answer.cookies.load(line)
        for name, morsel in answer.cookies.items():
            self.cookies[name] = morsel.value
        return answer

    @property
    def origin(self) -> str:
        return f"{'https' if self.ca_file else 'http'}://127.0.0.1:{self.port}"

    def get(self, path: str, **kwargs) -> Answer:
        return self.request("GET", path, **kwargs)

    def login(self, email: str, password: str, *, headers: dict | None = None) -> Answer:
        page = self.get("/accounts/login/", headers=headers)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)
        assert page.status == 200 and token, f"login page answered {page.status}"
        form = {"csrfmiddlewaretoken": token.group(1), "username": email, "password": password}
        return self.request("POST", "/accounts/login/", form=form, headers=headers)
