//! Taking over a prerendered page.
//!
//! A council's start pages are HTML before any script runs (see
//! [`crate::prerender`]): readable at once, and usable without JavaScript.
//! The wasm does not hydrate that markup (hydration would add its own code
//! to every visitor's download); it draws the same page off screen, in an
//! element not yet in the document, and once that page is drawn in the
//! language shown, swaps it in for the prerendered one in a single step.
//! The two are the same markup (a test compares them for every language),
//! so nothing moves; the element that had focus is found at the same place
//! in the new page and focused again, without scrolling.
//!
//! Until then the page's links work as written: the start script holds a
//! press of Start (`data-redress-start`) and the wasm acts on it here; if
//! the wasm cannot run, the script lets the link lead to the page of other
//! ways to complain.

use std::cell::Cell;

use wasm_bindgen::JsCast;

/// Marks the body of a prerendered page.
const PRERENDERED: &str = "data-redress-prerendered";
/// The language of a prerendered page other than the main one, on `<html>`.
const PAGE_LANGUAGE: &str = "data-redress-language";
/// Set on `<html>` once the wasm has taken over: the start script stops
/// holding presses of Start.
const LIVE: &str = "data-redress-live";
/// Set on `<html>` by the start script when Start was pressed before then.
const START_PRESSED: &str = "data-redress-start-pressed";

thread_local! {
    /// Whether the page was prerendered.
    static PRERENDERED_PAGE: Cell<bool> = const { Cell::new(false) };
    /// The element the wasm draws into until it takes over; `None` once it
    /// has (or if there was nothing to take over).
    static WAITING: std::cell::RefCell<Option<web_sys::HtmlElement>> =
        const { std::cell::RefCell::new(None) };
    /// The title of the page drawn, until it takes over.
    static WAITING_TITLE: std::cell::RefCell<Option<String>> =
        const { std::cell::RefCell::new(None) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Where the wasm should draw: an element off screen if the body holds a
/// prerendered page to take over, else `None` (draw on the body).
pub fn prepare() -> Option<web_sys::HtmlElement> {
    let document = document()?;
    let body = document.body()?;
    if !body.has_attribute(PRERENDERED) {
        return None;
    }
    PRERENDERED_PAGE.with(|page| page.set(true));
    let waiting: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    WAITING.with(|w| *w.borrow_mut() = Some(waiting.clone()));
    Some(waiting)
}

/// Whether this document is one of the prerendered pages (so that each
/// language has a page of its own to move the address to).
pub fn is_prerendered() -> bool {
    PRERENDERED_PAGE.with(Cell::get)
}

/// Whether what the wasm draws is on screen (it is, unless a prerendered
/// page is still waiting to be taken over).
pub fn is_live() -> bool {
    WAITING.with(|w| w.borrow().is_none())
}

/// Names the page in the browser's tab; while a prerendered page is still
/// shown, once the page drawn takes its place (the prerendered page has its
/// own title, in its own language, which the wasm may not have loaded yet).
pub fn set_title(title: String) {
    if is_live() {
        crate::browser::set_title(&title);
    } else {
        WAITING_TITLE.with(|waiting| *waiting.borrow_mut() = Some(title));
    }
}

/// The language of the prerendered page opened, if it is not the main one.
pub fn page_language() -> Option<String> {
    if !is_prerendered() {
        return None;
    }
    document()?.document_element()?.get_attribute(PAGE_LANGUAGE)
}

/// The place of `element` under `root`: the index of each element on the
/// way down.
fn path_to(root: &web_sys::Element, element: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = element.clone();
    while &at != root {
        let parent = at.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&at))?;
        path.push(index);
        at = parent;
    }
    path.reverse();
    Some(path)
}

fn element_at(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    path.iter()
        .try_fold(root.clone(), |at, &index| at.children().item(index))
}

/// Swaps the drawn page in for the prerendered one, keeping focus where it
/// was. Returns whether Start was pressed before, for the caller to act on.
/// Does nothing (and returns `false`) once done.
pub fn take_over() -> bool {
    let Some(waiting) = WAITING.with(|w| w.borrow_mut().take()) else {
        return false;
    };
    let Some((document, body)) = document().and_then(|d| d.body().map(|b| (d, b))) else {
        return false;
    };
    let focused = document
        .active_element()
        .filter(|element| element != &*body)
        .and_then(|element| path_to(&body, &element));
    body.set_text_content(None);
    while let Some(node) = waiting.first_child() {
        if body.append_child(&node).is_err() {
            break;
        }
    }
    if let Some(element) = focused
        .and_then(|path| element_at(&body, &path))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
    let Some(root) = document.document_element() else {
        return false;
    };
    if let Some(title) = WAITING_TITLE.with(|waiting| waiting.borrow_mut().take()) {
        crate::browser::set_title(&title);
    }
    let _ = root.set_attribute(LIVE, "");
    let pressed = root.has_attribute(START_PRESSED);
    let _ = root.remove_attribute(START_PRESSED);
    pressed
}
