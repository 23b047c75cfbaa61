//! A small structural walk over JSON source text that serde does not give us: the line on
//! which each value starts (so errors can name a line) and keys repeated within one object
//! (which `serde_json::Value` silently collapses to the last one).
//!
//! It runs on text that serde has already accepted; on anything else it stops early and
//! never panics.

/// Paths deeper than this are not walked; serde rejects deeper documents anyway.
const MAX_DEPTH: usize = 160;

/// Where a repeated key was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateKey {
    /// JSON path of the repeated member, such as `actors[2].name`.
    pub path: String,
    /// 1-based line of the repetition.
    pub line: usize,
}

/// Every key that appears twice in the same object.
pub fn duplicate_keys(json: &str) -> Vec<DuplicateKey> {
    let mut found = Vec::new();
    walk(json, |path, line, duplicate| {
        if duplicate {
            found.push(DuplicateKey {
                path: path.to_owned(),
                line,
            });
        }
    });
    found
}

/// The line on which the value at each of `paths` starts, where it exists.
pub fn lines_of(json: &str, paths: &[&str]) -> Vec<Option<usize>> {
    let mut lines = vec![None; paths.len()];
    walk(json, |path, line, _| {
        for (slot, wanted) in lines.iter_mut().zip(paths) {
            if slot.is_none() && *wanted == path {
                *slot = Some(line);
            }
        }
    });
    lines
}

/// Calls `visit(path, line, is_duplicate_key)` at the start of every value.
fn walk(json: &str, visit: impl FnMut(&str, usize, bool)) {
    let mut walker = Walker {
        src: json.as_bytes(),
        pos: 0,
        line: 1,
        path: String::new(),
        visit,
    };
    walker.value(0);
}

struct Walker<'a, F> {
    src: &'a [u8],
    pos: usize,
    line: usize,
    path: String,
    visit: F,
}

impl<F: FnMut(&str, usize, bool)> Walker<'_, F> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn bump(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
        }
        self.pos += 1;
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.bump();
        }
    }

    /// Walks one value; returns false when the text is not well-formed.
    fn value(&mut self, depth: usize) -> bool {
        self.skip_ws();
        if depth > MAX_DEPTH {
            return false;
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().is_some(),
            Some(_) => {
                while matches!(self.peek(), Some(b) if !b",]} \t\r\n".contains(&b)) {
                    self.bump();
                }
                true
            }
            None => false,
        }
    }

    /// Skips a string and returns its raw contents.
    fn string(&mut self) -> Option<&str> {
        self.bump();
        let start = self.pos;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => {
                    self.bump();
                    self.bump();
                }
                _ => self.bump(),
            }
        }
        let raw = std::str::from_utf8(self.src.get(start..self.pos)?).ok();
        self.bump();
        raw
    }

    fn object(&mut self, depth: usize) -> bool {
        self.bump();
        let mut keys: Vec<String> = Vec::new();
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'}') => {
                    self.bump();
                    return true;
                }
                Some(b',') => self.bump(),
                Some(b'"') => {
                    let line = self.line;
                    let Some(key) = self.string().map(str::to_owned) else {
                        return false;
                    };
                    self.skip_ws();
                    if self.peek() != Some(b':') {
                        return false;
                    }
                    self.bump();
                    let restore = self.path.len();
                    if !self.path.is_empty() {
                        self.path.push('.');
                    }
                    self.path.push_str(&key);
                    let duplicate = keys.contains(&key);
                    if duplicate {
                        (self.visit)(&self.path, line, true);
                    }
                    keys.push(key);
                    self.skip_ws();
                    (self.visit)(&self.path, self.line, false);
                    let ok = self.value(depth + 1);
                    self.path.truncate(restore);
                    if !ok {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    fn array(&mut self, depth: usize) -> bool {
        self.bump();
        let mut index = 0usize;
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b']') => {
                    self.bump();
                    return true;
                }
                Some(b',') => self.bump(),
                Some(_) => {
                    let restore = self.path.len();
                    self.path.push('[');
                    self.path.push_str(&index.to_string());
                    self.path.push(']');
                    (self.visit)(&self.path, self.line, false);
                    let ok = self.value(depth + 1);
                    self.path.truncate(restore);
                    index += 1;
                    if !ok {
                        return false;
                    }
                }
                None => return false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"a\": 1,\n  \"list\": [\n    {\"id\": \"x\", \"id\": \"y\"},\n    {\"s\": \"q\\\"}{\"}\n  ],\n  \"a\": 2\n}";

    #[test]
    fn finds_repeated_keys_with_their_lines() {
        assert_eq!(
            duplicate_keys(DOC),
            vec![
                DuplicateKey {
                    path: "list[0].id".into(),
                    line: 4
                },
                DuplicateKey {
                    path: "a".into(),
                    line: 7
                },
            ]
        );
    }

    #[test]
    fn locates_values_by_path() {
        assert_eq!(
            lines_of(DOC, &["a", "list[1].s", "list[1]", "missing"]),
            vec![Some(2), Some(5), Some(5), None]
        );
    }

    #[test]
    fn malformed_text_stops_without_panicking() {
        for text in [
            "",
            "{",
            "{\"a\"",
            "[1,",
            "\"unterminated",
            "{\"a\" 1}",
            "[[[[[[",
            "{\"\\",
        ] {
            let _ = duplicate_keys(text);
            assert_eq!(lines_of(text, &["a"]).len(), 1);
        }
        let deep = "[".repeat(10_000);
        assert!(duplicate_keys(&deep).is_empty());
    }
}
