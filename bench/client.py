"""A tiny signed-in browser for the bench scripts (standard library only): keeps cookies,
echoes the CSRF token, and can ask for gzip like a real browser."""
import hashlib
import os
import re
import http.cookiejar
import urllib.error
import urllib.parse
import urllib.request
from datetime import date

DEMO_PASSWORD = "sujarit-demo-2569"


def current_fiscal_year():
    today = date.today()
    return today.year + 543 + (1 if today.month >= 10 else 0)


class Session:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.page_token = None

    def session_cookie(self):
        return next((c.value for c in self.jar if c.name == "sujarit_session"), "")

    def csrf(self):
        """The form token: the last page's csrf-token meta tag (as the page's scripts use it,
        so any build of the server is measured alike), else bound to the session once signed
        in (as CSRFMiddleware derives it), the CSRF cookie before."""
        session = self.session_cookie()
        if self.page_token and self.page_token[0] == session:
            return self.page_token[1]
        if session:
            return hashlib.sha256(f"csrf|{session}".encode()).hexdigest()
        return next((c.value for c in self.jar if c.name == "sujarit_csrf"), "")

    def get(self, path, gzip_ok=False):
        """Body as sent over the wire, and the headers."""
        request = urllib.request.Request(self.base + path)
        if gzip_ok:
            request.add_header("Accept-Encoding", "gzip")
        with self.opener.open(request) as response:
            body, headers = response.read(), response.headers
        if headers.get("Content-Encoding") != "gzip":
            found = re.search(rb'name="csrf-token" content="([^"]+)"', body[:4096])
            if found:
                self.page_token = (self.session_cookie(), found.group(1).decode())
        return body, headers

    def post(self, path, fields, accept=None):
        data = dict(fields)
        data["_csrf"] = self.csrf()
        request = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(data).encode())
        if accept:
            request.add_header("Accept", accept)
        try:
            with self.opener.open(request) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def login(self, username, password=DEMO_PASSWORD):
        self.get("/login")
        status, _ = self.post("/login", {"username": username, "secret": password})
        assert status in (200, 303), f"login {username}: {status}"
        self.get("/")
        return self


def cpu_seconds(pid):
    """User + system CPU time of a process so far (from /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def open_round(base, year, kind=6):
    """Creates (if needed) and opens a round as the demo national admin."""
    admin = Session(base).login("admin")
    admin.post("/admin/rounds", {"fiscalYear": str(year), "kind": str(kind)})
    status, _ = admin.post(f"/admin/rounds/{year}-{kind}/window", {"open": "1"})
    assert status in (200, 303), f"opening round {year}-{kind}: {status}"
