"""The review report in a real browser: headless Chromium (Debian's `chromium` package).

Three ways in, all offline and without a driver package:
- `--screenshot`: the page as a reviewer first sees it;
- `--dump-dom`: the page after its script ran, with a filter given in the URL's hash;
- the DevTools protocol over `--remote-debugging-pipe` (JSON messages on two pipes, standard
  library only): a reviewer's clicks, and the outcomes file the page then writes.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from pathlib import Path

import pytest
from test_report import Tree, text_of
from typer.testing import CliRunner

from crimeaudit.cli import app
from crimeaudit.io import iter_records
from crimeaudit.outcomes import OUTCOME_KEYS, read_outcomes
from crimeaudit.report import build_report, read_assessment_records

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                       reason=f"{CHROMIUM} is absent: install Debian's chromium package "
                              "(.ci/run does) to run the browser tests"),
]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio"]
TIMEOUT = 90


@pytest.fixture(scope="module")
def report(tmp_path_factory, tiny_model_dir, tiny_data):
    """The tiny archive scored by `crimeaudit batch --report`, and the queue it should show."""
    folder = tmp_path_factory.mktemp("browser")
    out, html = folder / "assessments.jsonl", folder / "report.html"
    result = CliRunner().invoke(app, ["batch", str(tiny_data), "-o", str(out),
                                      "-m", str(tiny_model_dir), "--report", str(html)])
    assert result.exit_code == 0, result.output
    expected = build_report(read_assessment_records(str(out)), iter_records([str(tiny_data)]))
    assert len(expected.items) > 50, "the tiny archive should flag more than one page"
    return html, expected


def run_chromium(*args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="crimeaudit-chromium-") as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)


def dump_dom(url: str) -> Tree:
    done = run_chromium("--virtual-time-budget=5000", "--dump-dom", url)
    assert "<body" in done.stdout, done.stderr[-2000:]
    return Tree(done.stdout)


def visible_cards(tree: Tree) -> list[dict]:
    (queue,) = tree.find("div", id="queue")
    return tree.find("article", queue, class_="card")


def card_value(tree: Tree, card: dict, key: str) -> str:
    """A card's classification or unit, as shown in its header."""
    for span in tree.find("span", card, class_="kv"):
        label, _, value = text_of(span).partition(" ")
        if label == key:
            return value
    raise AssertionError(f"card has no {key}")


def test_screenshot_shows_summary_and_highlighted_cards(tmp_path, report):
    html, _ = report
    png = tmp_path / "report.png"
    done = run_chromium(f"--screenshot={png}", "--window-size=1280,2000", html.as_uri())
    assert png.exists(), done.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 2000)
    assert len(data) > 50_000           # a rendered page, not a blank one
    if os.environ.get("CRIMEAUDIT_SCREENSHOT_DIR"):   # to look at it by eye
        shutil.copy(png, Path(os.environ["CRIMEAUDIT_SCREENSHOT_DIR"]) / "report.png")


def test_first_page_renders_flagged_incidents_with_highlights(report):
    html, expected = report
    tree = dump_dom(html.as_uri())
    (body,) = tree.find("body")
    assert body["attrs"].get("data-ready") == "true"
    assert body["attrs"]["data-matching"] == str(len(expected.items))
    cards = visible_cards(tree)
    assert [c["attrs"]["data-id"] for c in cards] == [
        i.assessment.incident_id for i in expected.items[:50]]
    highlighted = 0
    for card, item in zip(cards, expected.items[:50], strict=True):
        by_field = {s["attrs"]["data-field"]: s for s in tree.find("section", card, class_="field")}
        for mark in tree.find("mark", card):
            highlighted += 1
            assert any(e.cue == mark["attrs"]["data-cue"] and e.text == text_of(mark)
                       for e in item.assessment.evidence)
        for field, section in by_field.items():
            (text,) = tree.find("div", section, class_="text")
            assert text_of(text) == item.incident.text(field)
        # The script filled each card's review form from the page's template.
        names = {i["attrs"]["name"].split("-")[0] for i in tree.find("input", card)}
        assert names == {"verdict", "continuation"}
    assert highlighted >= len(cards)
    assert "Showing 1\u201350 of" in text_of(tree.find("span", id="showing")[0])


@pytest.mark.parametrize("hash_, check", [
    ("unit=PPU", lambda item: item.incident.unit == "PPU"),
    ("reason=first-offence-rationale&decision=no-crime",
     lambda item: item.assessment.decision == "no-crime"
     and "first-offence-rationale" in {r.code for r in item.assessment.reasons}),
    ("classification=%28none%29", lambda item: item.incident.classification is None),
])
def test_filter_in_the_url_hash_shows_only_matching_incidents(report, hash_, check):
    html, expected = report
    tree = dump_dom(html.as_uri() + "#" + hash_)
    wanted = [i.assessment.incident_id for i in expected.items if check(i)]
    assert 0 < len(wanted) < len(expected.items)
    (body,) = tree.find("body")
    assert body["attrs"]["data-matching"] == str(len(wanted))
    cards = visible_cards(tree)
    assert [c["attrs"]["data-id"] for c in cards] == wanted[:50]
    if hash_.startswith("unit="):
        assert {card_value(tree, c, "unit") for c in cards} == {"PPU"}


def test_search_by_incident_id(report):
    html, expected = report
    target = expected.items[-1].assessment.incident_id
    cards = visible_cards(dump_dom(html.as_uri() + "#q=" + target))
    assert [c["attrs"]["data-id"] for c in cards] == [target]


# --------------------------------------------------------------------------- DevTools over pipes

class DevTools:
    """A minimal DevTools-protocol client over `--remote-debugging-pipe` (fds 3 and 4)."""

    def __init__(self, profile: str):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The browser reads commands on fd 3 and writes replies on fd 4.
        script = f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        self.process = subprocess.Popen(
            ["bash", "-c", script, CHROMIUM, *FLAGS, f"--user-data-dir={profile}",
             "--remote-debugging-pipe", "--window-size=1280,1600", "about:blank"],
            pass_fds=(to_browser_r, from_browser_w), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_browser], [], [], max(0.0, left))
            if not ready:
                raise TimeoutError("no reply from chromium")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise ConnectionError("chromium closed the pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def call(self, method: str, *, session: bool = False, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def open(self, url: str) -> None:
        """Load `url` afresh (by way of about:blank: a change of hash alone would not reload)."""
        for step in ("about:blank", url):
            self.events.clear()
            self.call("Page.navigate", session=True, url=step)
            deadline = time.monotonic() + TIMEOUT
            while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
                self.events.append(self._read(deadline))

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", session=True, expression=expression,
                           returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (ConnectionError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


def png_pixels(data: bytes) -> list[tuple[int, ...]]:
    """The pixels of a small 8-bit RGB/RGBA PNG (what Chromium writes), decoded with zlib."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and colour in (2, 6), "expected 8-bit RGB or RGBA"
    step = 4 if colour == 6 else 3
    chunks, position = [], 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind == b"IDAT":
            chunks.append(data[position + 8:position + 8 + length])
        position += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    previous = bytearray(stride)
    pixels = []
    for row in range(height):
        kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up, corner = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                guess = left + up - corner
                best = min((abs(guess - left), 0, left), (abs(guess - up), 1, up),
                           (abs(guess - corner), 2, corner))[2]
                line[i] = (line[i] + best) & 255
        pixels += [tuple(line[i:i + 3]) for i in range(0, stride, step)]
        previous = line
    return pixels


@pytest.fixture()
def browser():
    with tempfile.TemporaryDirectory(prefix="crimeaudit-chromium-") as profile:
        devtools = DevTools(profile)
        try:
            yield devtools
        finally:
            devtools.close()


def test_reviewer_filters_records_verdicts_and_downloads_outcomes(browser, report, tmp_path):
    html, expected = report
    browser.open(html.as_uri())
    # Choose a filter the way a reviewer does: the select, then its change event.
    shown = browser.js("""(() => {
        const select = document.getElementById('f-unit');
        select.value = 'response';
        select.dispatchEvent(new Event('change', {bubbles: true}));
        return [...document.querySelectorAll('#queue article.card')].map(c => c.dataset.id);
    })()""")
    response = [i.assessment.incident_id for i in expected.items if i.incident.unit == "response"]
    assert shown == response[:50]
    assert browser.js("location.hash") == "#unit=response"
    first = expected.items[[i.assessment.incident_id for i in expected.items].index(response[0])]
    browser.js("""(() => {
        const reviewer = document.getElementById('reviewer');
        reviewer.value = 'PC Example'; reviewer.dispatchEvent(new Event('change'));
        const card = document.querySelector('#queue article.card');
        card.querySelector('input[value="should-be-crimed"]').click();
        card.querySelector('input[name^="continuation-"][value="yes"]').click();
        const note = card.querySelector('textarea');
        note.value = 'Second occasion: "again" in the call.';
        note.dispatchEvent(new Event('input', {bubbles: true}));
    })()""")
    assert browser.js("document.getElementById('reviewed-count').textContent") == "1"
    path = tmp_path / "outcomes.jsonl"
    path.write_text(browser.js("window.crimeaudit.outcomesJsonl()"), encoding="utf-8")
    (outcome,) = read_outcomes(path)
    assert list(json.loads(path.read_text(encoding="utf-8"))) == list(OUTCOME_KEYS)
    assert (outcome.incident_id, outcome.verdict, outcome.continuation, outcome.comment,
            outcome.reviewer, outcome.model) == (
        first.assessment.incident_id, "should-be-crimed", True,
        'Second occasion: "again" in the call.', "PC Example", first.assessment.model)
    assert outcome.reviewed_at and outcome.reviewed_at.endswith("Z")
    # The verdict outlives a reload (localStorage), and the review filter finds it.
    browser.open(html.as_uri() + "#status=reviewed")
    assert browser.js("[...document.querySelectorAll('#queue article.card')].map(c => "
                      "[c.dataset.id, c.classList.contains('reviewed'), "
                      "c.querySelector('input[value=\"should-be-crimed\"]').checked])") == [
        [first.assessment.incident_id, True, True]]
    # The page's queue CSV is the filtered queue, with the library's columns.
    csv_text = browser.js("window.crimeaudit.queueCsv()")
    assert csv_text.splitlines()[1].split(",")[1] == first.assessment.incident_id


def test_highlights_are_painted_in_their_family_colour(browser, report):
    html, _ = report
    browser.open(html.as_uri())
    box = browser.js("""(() => {
        const mark = document.querySelector('#queue mark.fam-offence');
        mark.scrollIntoView({block: 'center'});  // clear of the sticky toolbar
        const r = mark.getBoundingClientRect();
        return {x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height};
    })()""")
    shot = browser.call("Page.captureScreenshot", session=True, format="png",
                        clip={**box, "scale": 1}, captureBeyondViewport=True)
    pixels = png_pixels(base64.b64decode(shot["data"]))
    offence_background = (0xff, 0xd6, 0xd3)     # .fam-offence in the page's stylesheet
    share = sum(1 for p in pixels if max(abs(a - b) for a, b in zip(p, offence_background)) <= 6)
    assert share / len(pixels) > 0.3


def test_linked_incident_link_searches_for_it(browser, report):
    html, expected = report
    queued = {i.assessment.incident_id for i in expected.items}
    item = next(i for i in expected.items if set(i.assessment.linked_incidents) & queued)
    target = next(x for x in item.assessment.linked_incidents if x in queued)
    browser.open(html.as_uri() + "#q=" + item.assessment.incident_id)
    ids = browser.js(f"""(() => {{
        document.querySelector('#queue a[href="#q={target}"]').click();
        return new Promise(done => setTimeout(() => done(
            [...document.querySelectorAll('#queue article.card')].map(c => c.dataset.id)), 200));
    }})()""")
    assert ids == [i.assessment.incident_id for i in expected.items if target in i.assessment.incident_id]
