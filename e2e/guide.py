"""Screenshots of the user guide, from the real screens (run by e2e/guide.sh).

Reads the list the guide's sections name (`sujarit guide-shots`, JSON), signs in as each demo
account in turn, opens every page, checks that it answers 200 and that the element the guide
refers to is there, and saves a viewport screenshot (1100 px wide) as <out>/<name>.png.
Exits 1, naming every screen that failed, if any page is missing (404/500) or lacks its element.
"""
import argparse
import json
import os
import struct
import sys
import zlib

from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(__file__))
from browser import new_browser, quit_browser, sign_in  # noqa: E402

WIDTH, HEIGHT = 1100, 720


def smaller_png(data):
    """The same image with its pixel data compressed at zlib's best level (Chromium's encoder
    favours speed): every chunk is kept, the IDAT chunks become one."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return data
    chunks, idat, position = [], b"", 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IDAT":
            idat += body
            if not any(k == b"IDAT" for k, _ in chunks):
                chunks.append((b"IDAT", None))
        else:
            chunks.append((kind, body))
    packed = zlib.compress(zlib.decompress(idat), 9)
    out = b"\x89PNG\r\n\x1a\n"
    for kind, body in chunks:
        body = packed if kind == b"IDAT" else body
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    return out if len(out) < len(data) else data


def status_of(driver, url):
    """The HTTP status of `url` fetched with the browser's own cookies."""
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
        ".then(r => done(r.status)).catch(() => done(0));", url)


def shoot(driver, base, shot, out):
    url = base + shot["path"]
    driver.get(url)
    status = status_of(driver, url)
    if status != 200:
        return f"{shot['name']}: {shot['path']} answered {status}"
    found = driver.find_elements(By.CSS_SELECTOR, shot["element"])
    if not found:
        return f"{shot['name']}: {shot['path']} has no {shot['element']!r} (section {shot['section']})"
    driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "if (r.top > window.innerHeight * 0.6) { window.scrollBy(0, r.top - 170); }", found[0])
    with open(os.path.join(out, shot["file"]), "wb") as file:
        file.write(smaller_png(driver.get_screenshot_as_png()))
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--shots", required=True, help="output of `sujarit guide-shots`")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    text = open(args.shots, encoding="utf-8").read()
    listing = json.loads(text[text.index("{"):])  # anything the binary logged before the JSON is skipped
    os.makedirs(args.out, exist_ok=True)
    os.environ.setdefault("E2E_WINDOW", f"--window-size={WIDTH},{HEIGHT}")
    driver = new_browser("guide")
    driver.set_window_size(WIDTH, HEIGHT)
    problems, current = [], "(nobody)"
    try:
        for shot in sorted(listing["shots"], key=lambda s: s.get("account") or ""):
            account = shot.get("account")
            if account != current:
                driver.delete_all_cookies()
                if account:
                    sign_in(driver, args.base, account, listing["password"])
                current = account
            problem = shoot(driver, args.base, shot, args.out)
            print(("FAIL " + problem) if problem else f"ok   {shot['file']}", flush=True)
            if problem:
                problems.append(problem)
    finally:
        quit_browser(driver)
    if problems:
        print(f"{len(problems)} documented screen(s) missing:", *problems, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"{len(listing['shots'])} screenshots in {args.out}")


if __name__ == "__main__":
    main()
