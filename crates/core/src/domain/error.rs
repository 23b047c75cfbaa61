//! What the checker reports: every problem with a dataset, each with its JSON path and, when
//! the source text is known, its line.

use std::fmt;

/// One problem with a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetError {
    /// JSON path of the offending value, such as `quotes[3].speaker`; empty for the document.
    pub path: String,
    /// What is wrong, for a person.
    pub message: String,
    /// 1-based line of the value in the source document, when known.
    pub line: Option<usize>,
}

impl DatasetError {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
            line: None,
        }
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found in one dataset, in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The problems; never empty.
    pub errors: Vec<DatasetError>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.errors.len();
        writeln!(
            f,
            "{count} problem{} in the dataset:",
            if count == 1 { "" } else { "s" }
        )?;
        for error in &self.errors {
            writeln!(f, "  {error}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_line_path_and_message() {
        let mut error = DatasetError::new("quotes[3].speaker", "unknown actor \"peskow\"");
        assert_eq!(
            error.to_string(),
            "quotes[3].speaker: unknown actor \"peskow\""
        );
        error.line = Some(12);
        assert_eq!(
            error.to_string(),
            "line 12: quotes[3].speaker: unknown actor \"peskow\""
        );
        let report = Report {
            errors: vec![error, DatasetError::new("", "not JSON")],
        };
        assert_eq!(
            report.to_string(),
            "2 problems in the dataset:\n  line 12: quotes[3].speaker: unknown actor \"peskow\"\n  not JSON\n"
        );
    }
}
