//! Building SVG elements directly, for drawings with hundreds or thousands of parts: one small
//! function instead of a template per element keeps the download small and the map fast.

use wasm_bindgen::JsCast;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A new SVG element `tag` with the given attributes. Attribute values are set with
/// `setAttribute`, so text from data is never parsed as markup.
pub fn element(
    document: &web_sys::Document,
    tag: &str,
    attributes: &[(&str, &str)],
) -> Option<web_sys::Element> {
    let element = document.create_element_ns(Some(SVG_NS), tag).ok()?;
    for (name, value) in attributes {
        element.set_attribute(name, value).ok()?;
    }
    Some(element)
}

/// Appends a new SVG element to `parent` and returns it.
pub fn append(
    parent: &web_sys::Element,
    tag: &str,
    attributes: &[(&str, &str)],
) -> Option<web_sys::Element> {
    let document = parent.owner_document()?;
    let child = element(&document, tag, attributes)?;
    parent.append_child(&child).ok()?;
    Some(child)
}

/// Appends a text node.
pub fn append_text(parent: &web_sys::Element, text: &str) {
    if let Some(document) = parent.owner_document() {
        let _ = parent.append_child(&document.create_text_node(text));
    }
}

/// The nearest element at or above the event's target that carries `attribute`, with its value.
pub fn target_with(event: &web_sys::Event, attribute: &str) -> Option<(web_sys::Element, String)> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let found = target.closest(&format!("[{attribute}]")).ok()??;
    let value = found.get_attribute(attribute)?;
    Some((found, value))
}
