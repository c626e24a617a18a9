"""Accessibility in Chromium: npm's axe-core, injected into every kind of page, light and dark,
desktop and phone, finds no violation; every control is reached by the keyboard and shows where
the focus is."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .conftest import KINDS_OF_PAGES, REPO, BuiltSite
from .fixture_catalogue import FULL_KEY

pytestmark = pytest.mark.browser

AXE = REPO / "tests/site/axe/node_modules/axe-core/axe.min.js"
VIEWS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core as the project's set-up installs it (scripts/npm-deps.sh: `npm ci`)."""
    if not AXE.is_file():
        subprocess.run(["bash", str(REPO / "scripts/npm-deps.sh")], check=True)
    return AXE.read_text("utf-8")


def violations(page: Page, axe_source: str) -> list[str]:
    """What axe finds in the page as it is now: rule, impact and the elements, one line each."""
    page.add_script_tag(content=axe_source)
    found = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ` +
                v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '));
        }"""
    )
    return list(found)


@pytest.fixture(
    params=[(view, scheme) for view in VIEWS for scheme in ("light", "dark")],
    ids=lambda p: f"{p[0]}-{p[1]}",
)
def seen(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    view, scheme = request.param
    context = browser.new_context(**VIEWS[view], color_scheme=scheme)
    yield context.new_page()
    context.close()


def test_axe_finds_no_violation_on_any_kind_of_page(
    seen: Page, site_url: str, built_site: BuiltSite, axe_source: str
) -> None:
    found: dict[str, list[str]] = {}
    for name in KINDS_OF_PAGES:
        seen.goto(site_url + name)
        if name == "browse.html":
            seen.wait_for_selector("#kd-results li")
        problems = violations(seen, axe_source)
        if problems:
            found[name] = problems
    assert found == {}


# Every element a reader can act on, shown now, numbered: not disabled, inert, hidden (the
# theme's back-to-top button until the page scrolls, with tabindex -1), inside a closed
# <details> (its <summary> is a control), nor a radio button of a group but the checked one.
CONTROLS = """() => {
  const all = [...document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex=""])')];
  const shown = all.filter(e => {
    if (e.disabled || e.closest('[inert], [hidden]') || e.getAttribute('tabindex') === '-1') {
      return false;
    }
    if (e.type === 'radio') return e.checked;
    const closed = e.closest('details:not([open])');
    if (closed && !(e.matches('summary') && e.parentElement === closed)) return false;
    return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  });
  shown.forEach((e, i) => e.setAttribute('data-kd-control', String(i)));
  return shown.length;
}"""
# The focused control: its number, whether a focus ring shows (on it, or on the label of the
# theme's sizeless radio button), and whether it is on the screen.
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const ring = e.matches('.md-option') ? e.nextElementSibling : e;
  const s = getComputedStyle(ring);
  const r = ring.getBoundingClientRect();
  return {
    n: e.getAttribute('data-kd-control'),
    what: e.tagName + ' ' + (e.getAttribute('href') || e.getAttribute('name') || e.textContent
      || '').trim().slice(0, 40),
    ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1.5,
    shown: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
      && r.top < innerHeight && r.left < innerWidth,
  };
}"""


def tab_through(page: Page, limit: int = 400) -> list[dict[str, object]]:
    """Each control the Tab key reaches, in order, until the focus leaves the page."""
    stops: list[dict[str, object]] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        found = page.evaluate(FOCUSED)
        if found is None or (stops and found["n"] == stops[0]["n"]):
            break
        stops.append(found)
    return stops


KEYBOARD_PAGES = [
    "index.html",
    "browse.html",
    f"papers/{FULL_KEY}.html",
    "categories/attention.html",
]


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_control_is_reached_by_the_keyboard_and_shows_its_focus(
    browser: Browser, site_url: str, built_site: BuiltSite, view: str
) -> None:
    context = browser.new_context(**VIEWS[view])
    page = context.new_page()
    for name in KEYBOARD_PAGES:
        page.goto(site_url + name)
        if name == "browse.html":
            page.wait_for_selector("#kd-results li")
        controls = page.evaluate(CONTROLS)
        stops = tab_through(page)
        reached = {stop["n"] for stop in stops}
        missed = page.evaluate(
            "seen => [...document.querySelectorAll('[data-kd-control]')]"
            ".filter(e => !seen.includes(e.getAttribute('data-kd-control')))"
            ".map(e => e.outerHTML.slice(0, 120))",
            list(reached),
        )
        assert missed == [] and controls > 5, (name, view)
        # Stops not counted above (the skip link, shown only when focused) show their focus too.
        unseen = [stop["what"] for stop in stops if not (stop["ring"] and stop["shown"])]
        assert unseen == [], (name, view)
    context.close()


def test_the_menu_opens_and_closes_from_the_keyboard_on_a_phone(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(**VIEWS["phone"])
    page = context.new_page()
    page.goto(site_url + f"papers/{FULL_KEY}.html")
    page.keyboard.press("Tab")
    menu = page.get_by_role("button", name="Menu")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Menu"
    assert menu.get_attribute("aria-expanded") == "false"
    # The closed drawer's links are out of the tab order.
    assert all(stop["what"] != "A ../browse.html" for stop in tab_through(page, 60))
    menu.focus()
    page.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    # The drawer slides in: its first link has the focus, shown once the slide ends.
    page.wait_for_function(f"() => {{ const f = ({FOCUSED})(); return f && f.shown && f.ring; }}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null")
    page.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Menu"
    context.close()


def test_axe_finds_no_violation_in_what_opens(seen: Page, site_url: str, axe_source: str) -> None:
    """The header search's results, a paper page's citations, the phone's menu: open."""
    found: dict[str, list[str]] = {}
    seen.goto(site_url + "years/index.html")
    box = seen.locator(".kd-search__input")
    box.click()
    box.press_sequentially("teacher", delay=10)
    seen.wait_for_selector(".kd-search__results li")
    found["search results"] = violations(seen, axe_source)
    seen.goto(site_url + f"papers/{FULL_KEY}.html")
    for summary in seen.locator(".kd-cite details > summary").all():
        summary.click()
    found["citations"] = violations(seen, axe_source)
    menu = seen.get_by_role("button", name="Menu")
    if menu.is_visible():
        menu.click()
        seen.wait_for_timeout(300)  # the drawer slides in
        found["menu"] = violations(seen, axe_source)
    assert {k: v for k, v in found.items() if v} == {}
