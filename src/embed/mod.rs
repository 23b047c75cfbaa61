//! Mounting into a host page: panic handling and one independent widget per marked element.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::builtin::builtin;
use crate::ui::{App, show_problems};

/// Marks an element that should hold a widget.
pub const MOUNT_SELECTOR: &str = "[data-dramatis]";

/// Logs panics to the console and replaces every widget on the page with a short apology, so
/// the reader sees a message instead of a frozen map and the host page keeps working.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Dramatis stopped: {info}").into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(hosts) = document.query_selector_all(MOUNT_SELECTOR) else {
            return;
        };
        for index in 0..hosts.length() {
            if let Some(host) = hosts
                .item(index)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                host.set_text_content(Some(
                    "Sorry, this interactive story stopped working. Reload the page to try again.",
                ));
                let _ = host.set_attribute("role", "alert");
                let _ = host.set_attribute("data-dramatis-state", "crashed");
            }
        }
    }));
}

/// Mounts a widget with the built-in story into every marked element of the page.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    for index in 0..hosts.length() {
        if let Some(host) = hosts
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            mount_builtin(host);
        }
    }
}

/// Mounts one widget with the built-in story into `host`, replacing its fallback content.
pub fn mount_builtin(host: web_sys::HtmlElement) {
    let _ = host.set_attribute("data-dramatis-state", "mounted");
    match builtin() {
        Ok(dataset) => {
            host.set_text_content(None);
            let dataset = Arc::new(dataset);
            leptos::mount::mount_to(
                host,
                move || view! { <App dataset=dataset.clone() sync_url=true /> },
            )
            .forget();
        }
        Err(report) => show_problems(&host, "The built-in story is broken", &report.errors),
    }
}
