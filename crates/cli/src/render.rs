//! `dramatis-check render`: a static site for a story, its pages rendered ahead of time by the
//! widget's own components, so that readers see the story before the module arrives (and
//! without scripts at all), and the module takes the pages over.
//!
//! ```text
//! dramatis-check render STORY.json --out DIR [--widget DIR]
//! dramatis-check render --built-in [--widget DIR]
//! ```
//!
//! The widget's release build (`make build`, in `dist/` unless `--widget` says otherwise)
//! provides the module, the stylesheet and the page to render into. The site gets the story
//! as `story.json`, `index.html` (the full layout, the widget's own page) and `embed.html`
//! (the compact embed, for an iframe). `--built-in` renders the build's own pages for its
//! built-in story, in place: what `scripts/release.sh` does after every release build.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dramatis_core::domain::{Dataset, load};
use dramatis_render::{Prerender, built_in, prerender_page};

const USAGE: &str = "usage: dramatis-check render STORY.json --out DIR [--widget DIR]
       dramatis-check render --built-in [--widget DIR]
Writes a static site for a checked story: the widget's release build (default: dist) with
index.html (full layout) and embed.html (compact embed) rendered ahead of time, and the story
as story.json. --built-in renders the release build's own pages, in place.";

/// The files of the widget's build the site's pages come from; anything else is copied.
const PAGES: [&str; 3] = ["index.html", "embed.html", "story.json"];

/// What the command line asked for.
struct Request {
    story: Option<PathBuf>,
    out: Option<PathBuf>,
    widget: PathBuf,
}

fn parse(args: &[String]) -> Option<Request> {
    let mut request = Request {
        story: None,
        out: None,
        widget: PathBuf::from("dist"),
    };
    let mut built_in = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => request.out = Some(args.next()?.into()),
            "--widget" => request.widget = args.next()?.into(),
            "--built-in" => built_in = true,
            flag if flag.starts_with('-') => return None,
            file if request.story.is_none() => request.story = Some(file.into()),
            _ => return None,
        }
    }
    // Either a story and where to put its site, or the built-in story in place.
    match (&request.story, &request.out, built_in) {
        (Some(_), Some(_), false) | (None, None, true) => Some(request),
        _ => None,
    }
}

/// Renders the site `args` ask for; exit status 1 when the story has problems, 2 when a
/// file cannot be read or written or the command line is wrong.
pub fn run(args: &[String]) -> ExitCode {
    let Some(request) = parse(args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let widget = &request.widget;
    let template = match std::fs::read_to_string(widget.join("index.html")) {
        Ok(page) if widget.join("dramatis_bg.wasm").is_file() => page,
        _ => {
            eprintln!(
                "{}: not a release build of the widget (index.html and dramatis_bg.wasm); run `make build` first, or name one with --widget",
                widget.display()
            );
            return ExitCode::from(2);
        }
    };
    let (data, plan, out, story_url, story_bytes) = match &request.story {
        None => {
            let (data, plan) = built_in();
            (data, Some(plan), widget.clone(), None, None)
        }
        Some(file) => {
            let Some((data, bytes)) = read_story(file) else {
                return ExitCode::FAILURE;
            };
            let out = request.out.clone().unwrap_or_default();
            (data, None, out, Some("story.json"), Some(bytes))
        }
    };
    let written = (|| -> Result<(), String> {
        if out != *widget {
            copy_dir(widget, &out, true)?;
        }
        if let Some(bytes) = &story_bytes {
            write(&out.join("story.json"), bytes)?;
        }
        for (name, compact) in [("index.html", false), ("embed.html", true)] {
            let how = Prerender {
                compact,
                plan,
                story_url,
            };
            let page = prerender_page(&template, &data, &how)
                .map_err(|e| format!("{}: {e}", widget.join("index.html").display()))?;
            write(&out.join(name), page.as_bytes())?;
        }
        Ok(())
    })();
    match written {
        Ok(()) => {
            println!(
                "{}: index.html and embed.html rendered for \u{201c}{}\u{201d} ({} actors, {} statements)",
                out.display(),
                data.story.title,
                data.actors.len(),
                data.quotes.len()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// The checked story in `file` and its bytes, or `None` once its problems are printed.
fn read_story(file: &Path) -> Option<(Dataset, Vec<u8>)> {
    let name = file.display();
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{name}: cannot read: {error}");
            return None;
        }
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        eprintln!("{name}: the file is not UTF-8 text");
        return None;
    };
    match load(text) {
        Ok(data) => Some((data, bytes)),
        Err(report) => {
            crate::check::print_report(&name.to_string(), &report);
            eprintln!("{name}: not rendered; fix the problems above first");
            None
        }
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// Copies the directory `from` into `to` (made if missing), except, at the top, the pages the
/// site gets its own of.
fn copy_dir(from: &Path, to: &Path, top: bool) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: cannot create: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("{}: cannot read: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: cannot read: {e}", from.display()))?;
        let name = entry.file_name();
        if top && PAGES.iter().any(|p| name == *p) {
            continue;
        }
        let (source, target) = (entry.path(), to.join(&name));
        if source.is_dir() {
            copy_dir(&source, &target, false)?;
        } else {
            std::fs::copy(&source, &target)
                .map_err(|e| format!("{}: cannot copy: {e}", target.display()))?;
        }
    }
    Ok(())
}
