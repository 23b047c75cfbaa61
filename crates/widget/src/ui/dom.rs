//! A small DOM builder for panels whose content changes with the selection: plain elements
//! and text nodes, built by one non-generic function per step. Text goes into text nodes and
//! attributes through `setAttribute`, so nothing from a dataset is ever parsed as markup.
//!
//! Controls built here carry their action in data attributes (`data-select`, `data-passage`)
//! and are handled by one delegated listener on the widget (see [`super::actions`]).

/// An element under construction.
pub struct El(pub web_sys::Element);

impl El {
    /// A new `tag` element in `document`.
    ///
    /// # Panics
    /// If the browser refuses to create a plain element, which it never does for valid tags.
    pub fn new(document: &web_sys::Document, tag: &str) -> Self {
        Self(
            document
                .create_element(tag)
                .unwrap_or_else(|_| panic!("valid tag names create elements")),
        )
    }

    /// Sets an attribute.
    #[must_use]
    pub fn attr(self, name: &str, value: &str) -> Self {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets the class attribute.
    #[must_use]
    pub fn class(self, value: &str) -> Self {
        self.attr("class", value)
    }

    /// Appends text.
    #[must_use]
    pub fn text(self, text: &str) -> Self {
        if let Some(document) = self.0.owner_document() {
            let _ = self.0.append_child(&document.create_text_node(text));
        }
        self
    }

    /// Appends a child element.
    #[must_use]
    pub fn child(self, child: El) -> Self {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends child elements.
    #[must_use]
    pub fn children(self, children: Vec<El>) -> Self {
        for child in children {
            let _ = self.0.append_child(&child.0);
        }
        self
    }
}

/// A closed disclosure (`details`) with the given class, test id and summary around `body`.
#[must_use]
pub fn disclosure(
    document: &web_sys::Document,
    class: &str,
    testid: &str,
    summary: &str,
    body: &web_sys::Element,
) -> El {
    let details = El::new(document, "details")
        .class(class)
        .attr("data-testid", testid)
        .child(El::new(document, "summary").text(summary));
    let _ = details.0.append_child(body);
    details
}

/// Replaces everything inside `parent` with `content`.
pub fn replace_children(parent: &web_sys::Element, content: Vec<El>) {
    parent.set_text_content(None);
    for child in content {
        let _ = parent.append_child(&child.0);
    }
}

/// The document `element` belongs to.
///
/// # Panics
/// Never for elements created by the page.
pub fn document_of(element: &web_sys::Element) -> web_sys::Document {
    element
        .owner_document()
        .expect("elements belong to a document")
}
