//! One spreadsheet export read into rows of text: the encoding (UTF-8, with or without a
//! byte-order mark), the separator (comma, semicolon or tab, told by the header line), RFC
//! 4180 quoting (by the `csv` crate), the header matched against the sheet's columns, and
//! every cell's place (row and column, 1-based, the header being row 1) kept for the report.

use csv::{ByteRecord, ReaderBuilder};

use super::{Input, Problem};
use crate::domain::check::suggestion;

/// A column a sheet may have.
pub(super) struct Column {
    /// Its name in the documentation and in the exporter's header.
    pub name: &'static str,
    /// Other names it is known by in Kumu's and Flourish's sheets ("Label", "Type").
    pub also: &'static [&'static str],
    /// Whether the sheet must have the column, and every row a value in it.
    pub required: bool,
}

/// A row of data (not the header, not a row of empty cells).
pub(super) struct Row {
    /// Its number in the sheet, the header being row 1.
    pub number: usize,
    cells: Vec<String>,
}

/// A sheet whose header could be read.
pub(super) struct Table<'a> {
    /// The file's name, for the report.
    pub file: &'a str,
    columns: &'static [Column],
    /// Per column of `columns`, where it stands (0-based) and its header as written.
    at: Vec<Option<(usize, String)>>,
    /// The rows of data, in order; those whose cells do not fit the header are left out
    /// (reported).
    pub rows: Vec<Row>,
    /// Whether every row is in `rows`: a reference to an id that no row has may be to one
    /// of those left out, and is then not reported a second time.
    pub complete: bool,
}

/// Where a cell is, for a problem about it.
pub(super) struct Place {
    pub row: usize,
    pub column: Option<(usize, String)>,
}

impl Table<'_> {
    fn position(&self, name: &str) -> Option<&(usize, String)> {
        let found = self.columns.iter().position(|c| c.name == name);
        debug_assert!(found.is_some(), "no column {name:?} in this sheet");
        self.at.get(found?)?.as_ref()
    }

    /// Whether the sheet has the column.
    pub fn has(&self, name: &str) -> bool {
        self.position(name).is_some()
    }

    /// The cell's text, trimmed; empty when the sheet has no such column.
    pub fn cell<'r>(&self, row: &'r Row, name: &str) -> &'r str {
        self.position(name)
            .and_then(|(at, _)| row.cells.get(*at))
            .map_or("", |cell| cell.trim())
    }

    /// Where the cell is (the row alone when the sheet has no such column).
    pub fn place(&self, row: usize, name: &str) -> Place {
        Place {
            row,
            column: self
                .position(name)
                .map(|(at, header)| (at + 1, header.clone())),
        }
    }

    /// A problem with a cell.
    pub fn problem(&self, row: usize, name: &str, message: impl Into<String>) -> Problem {
        Problem::at(self.file, &self.place(row, name), message)
    }
}

/// The separator the header line uses most, outside quotation marks: a sheet saved in a
/// German or French locale separates with ';', "Unicode text" and pasted tables with tabs.
fn separator(bytes: &[u8]) -> u8 {
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in line {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(s, _)| *s == b) {
            count.1 += 1;
        }
    }
    // Ties (a one-column sheet has none of them) go to the comma, listed first.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |&(s, _)| s)
}

/// How many blank lines `bytes` starts with.
fn blank_lines(mut bytes: &[u8]) -> usize {
    let mut count = 0;
    while let Some(rest) = bytes
        .strip_prefix(b"\n")
        .or_else(|| bytes.strip_prefix(b"\r\n"))
    {
        count += 1;
        bytes = rest;
    }
    count
}

/// A header as compared: trimmed, lower case, spaces, '-' and '_' alike ("Attributed as",
/// "attributed-as" and "`attributed_as`" are one column).
fn normal(header: &str) -> String {
    let mut out = String::new();
    for c in header
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
        .chars()
        .flat_map(char::to_lowercase)
    {
        if c.is_whitespace() || c == '-' || c == '_' {
            if !out.ends_with('_') {
                out.push('_');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The file's bytes, decoded: no more than the limit, not UTF-16, a byte-order mark
/// dropped, something in it; `None` (reported) otherwise.
fn bytes<'a>(file: &str, bytes: &'a [u8], problems: &mut Vec<Problem>) -> Option<&'a [u8]> {
    let problem = if bytes.len() > super::MAX_SHEET_BYTES {
        format!(
            "the file is {} bytes; the limit is {} (32 MB)",
            bytes.len(),
            super::MAX_SHEET_BYTES
        )
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        "the file is UTF-16 text (\"Unicode text\"); save the sheet as \"CSV UTF-8\"".to_owned()
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if !bytes.iter().all(u8::is_ascii_whitespace) {
            return Some(bytes);
        }
        "the file is empty; it needs a header row naming its columns".to_owned()
    };
    problems.push(Problem::file(file, problem));
    None
}

/// The file's records, each with its row number; `None` (reported) when they cannot be
/// read.
fn records(
    file: &str,
    bytes: &[u8],
    problems: &mut Vec<Problem>,
) -> Option<Vec<(usize, ByteRecord)>> {
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(bytes))
        .from_reader(bytes);
    let mut records = Vec::new();
    // Lines inside quoted cells so far: a row's number is its first line less these (a
    // spreadsheet shows a cell of three lines in one row; a blank line is a row of its own).
    let mut inner_lines = 0;
    let mut record = ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                // Reading from memory with flexible rows, csv has no error left to give; say
                // so plainly should a later version find one.
                problems.push(Problem::file(
                    file,
                    format!("the file cannot be read as CSV: {error}"),
                ));
                return None;
            }
        }
        let (line, byte) = record.position().map_or((1, 0), |p| (p.line(), p.byte()));
        let line = usize::try_from(line).unwrap_or(usize::MAX);
        let byte = usize::try_from(byte).unwrap_or(usize::MAX);
        // csv places a record where its reading began, before the blank lines it skips.
        let number =
            (line + blank_lines(bytes.get(byte..).unwrap_or_default())).saturating_sub(inner_lines);
        inner_lines += record
            .iter()
            .map(|cell| cell.split(|&b| b == b'\n').count() - 1)
            .sum::<usize>();
        records.push((number, record.clone()));
    }
    Some(records)
}

/// The records' cells as text; `None` (reported, at the first cell that is not UTF-8) when
/// the file is in another encoding.
fn text(
    file: &str,
    records: &[(usize, ByteRecord)],
    problems: &mut Vec<Problem>,
) -> Option<Vec<(usize, Vec<String>)>> {
    let mut rows = Vec::with_capacity(records.len());
    let mut bad = None;
    let mut bad_cells = 0;
    for (number, record) in records {
        let mut cells = Vec::with_capacity(record.len());
        for (at, cell) in record.iter().enumerate() {
            if let Ok(text) = std::str::from_utf8(cell) {
                cells.push(text.to_owned());
            } else {
                bad_cells += 1;
                bad.get_or_insert((*number, at + 1));
            }
        }
        rows.push((*number, cells));
    }
    let Some((row, column)) = bad else {
        return Some(rows);
    };
    let header = records
        .first()
        .and_then(|(_, header)| header.get(column - 1))
        .and_then(|cell| std::str::from_utf8(cell).ok())
        .map(str::trim)
        .filter(|cell| !cell.is_empty() && row > 1)
        .map(str::to_owned);
    problems.push(Problem {
        file: file.to_owned(),
        row: Some(row),
        column: Some(column),
        header,
        message: format!(
            "the file is not UTF-8 text ({bad_cells} cell{} with other bytes, the first here); save the sheet as \"CSV UTF-8\"",
            if bad_cells == 1 { "" } else { "s" }
        ),
    });
    None
}

/// Reads `input` as a sheet with `columns`; `None` when not even its header can be read.
/// Every problem found is added to `problems`.
pub(super) fn read<'a>(
    input: &Input<'a>,
    columns: &'static [Column],
    problems: &mut Vec<Problem>,
) -> Option<Table<'a>> {
    let file = input.name;
    let bytes = bytes(file, input.bytes, problems)?;
    let records = records(file, bytes, problems)?;
    let mut rows = text(file, &records, problems)?.into_iter();
    let (header_row, headers) = rows.next()?;
    let data: Vec<(usize, Vec<String>)> = rows
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .collect();
    let at = match_header(file, header_row, &headers, columns, &data, problems);
    let mut table = Table {
        file,
        columns,
        at,
        rows: Vec::with_capacity(data.len()),
        complete: true,
    };
    let width = headers.len();
    for (number, cells) in data {
        // Strict, as RFC 4180 is: a spreadsheet writes every row as wide as its header, and
        // an unquoted separator inside a cell shifts the cells after it (extra cells that are
        // empty are no proof that nothing moved).
        if cells.len() != width {
            let spans_lines = cells.iter().any(|c| c.contains('\n'));
            problems.push(Problem {
                file: file.to_owned(),
                row: Some(number),
                column: None,
                header: None,
                message: format!(
                    "wrong number of fields: {} here, {width} in the header row{}; the row is left out",
                    cells.len(),
                    if spans_lines {
                        " (a cell here runs over several lines: is a quotation mark left open?)"
                    } else {
                        ""
                    }
                ),
            });
            table.complete = false;
            continue;
        }
        table.rows.push(Row { number, cells });
    }
    for (k, column) in columns.iter().enumerate() {
        if !column.required || table.at[k].is_none() {
            continue;
        }
        for row in &table.rows {
            if table.cell(row, column.name).is_empty() {
                problems.push(table.problem(
                    row.number,
                    column.name,
                    format!("empty required cell: every row needs a {}", column.name),
                ));
            }
        }
    }
    Some(table)
}

/// Finds each of `columns` in the header; unknown, repeated, unnamed and missing required
/// columns are problems.
fn match_header(
    file: &str,
    row: usize,
    headers: &[String],
    columns: &'static [Column],
    data: &[(usize, Vec<String>)],
    problems: &mut Vec<Problem>,
) -> Vec<Option<(usize, String)>> {
    let mut at: Vec<Option<(usize, String)>> = vec![None; columns.len()];
    let known: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let cell_problem = |position: usize, header: &str, message: String| Problem {
        file: file.to_owned(),
        row: Some(row),
        column: Some(position + 1),
        header: (!header.trim().is_empty()).then(|| header.trim().to_owned()),
        message,
    };
    for (position, header) in headers.iter().enumerate() {
        let name = normal(header);
        if name.is_empty() {
            let used = data.iter().any(|(_, cells)| {
                cells
                    .get(position)
                    .is_some_and(|cell| !cell.trim().is_empty())
            });
            if used {
                problems.push(cell_problem(
                    position,
                    header,
                    "this column has values but no name in the header row; name it or delete it"
                        .to_owned(),
                ));
            }
            continue;
        }
        let found = columns
            .iter()
            .position(|c| c.name == name || c.also.contains(&name.as_str()));
        let Some(k) = found else {
            let hint = suggestion(&name, known.iter().copied());
            problems.push(cell_problem(
                position,
                header,
                format!(
                    "unknown column; the columns of this sheet are {}{hint}",
                    known.join(", ")
                ),
            ));
            continue;
        };
        match &at[k] {
            Some((first, _)) => problems.push(cell_problem(
                position,
                header,
                format!(
                    "the column {:?} appears twice (columns {} and {}); only one can count",
                    columns[k].name,
                    first + 1,
                    position + 1
                ),
            )),
            None => at[k] = Some((position, header.trim().to_owned())),
        }
    }
    for (k, column) in columns.iter().enumerate() {
        if column.required && at[k].is_none() {
            problems.push(Problem {
                file: file.to_owned(),
                row: Some(row),
                column: None,
                header: None,
                message: format!(
                    "missing required column {:?}; the header row names {}",
                    column.name,
                    named(headers)
                ),
            });
        }
    }
    at
}

/// The header's names as a list for a message.
fn named(headers: &[String]) -> String {
    let names: Vec<String> = headers
        .iter()
        .map(|h| h.trim())
        .filter(|h| !h.is_empty())
        .map(|h| format!("{:?}", crate::domain::check::truncate(h)))
        .collect();
    if names.is_empty() {
        "no columns".to_owned()
    } else {
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: [Column; 3] = [
        Column {
            name: "id",
            also: &[],
            required: false,
        },
        Column {
            name: "name",
            also: &["label"],
            required: true,
        },
        Column {
            name: "attributed_as",
            also: &[],
            required: false,
        },
    ];

    /// Each row read, as its number and the cell of each column.
    type Rows = Vec<(usize, Vec<String>)>;

    fn table(bytes: &[u8]) -> (Option<Rows>, Vec<String>) {
        let mut problems = Vec::new();
        let input = Input {
            name: "t.csv",
            bytes,
        };
        let read = read(&input, &COLUMNS, &mut problems).map(|t| {
            t.rows
                .iter()
                .map(|r| {
                    (
                        r.number,
                        COLUMNS
                            .iter()
                            .map(|c| t.cell(r, c.name).to_owned())
                            .collect(),
                    )
                })
                .collect()
        });
        (read, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn separators_are_told_by_the_header_line() {
        assert_eq!(separator(b"id,name"), b',');
        assert_eq!(separator(b"id;name;\"a,b\"\nx,y,z,w"), b';');
        assert_eq!(separator(b"id\tname"), b'\t');
        assert_eq!(separator(b"name"), b',');
    }

    #[test]
    fn headers_match_without_case_spaces_or_underscores() {
        assert_eq!(normal("  Attributed As "), "attributed_as");
        assert_eq!(normal("\u{FEFF}attributed-as"), "attributed_as");
        let (rows, problems) = table(b" Label ;ATTRIBUTED AS\nAna Lima;Lima\n");
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(
            rows.unwrap(),
            [(2, vec![String::new(), "Ana Lima".into(), "Lima".into()])]
        );
    }

    #[test]
    fn rows_count_as_a_spreadsheet_shows_them() {
        // A cell of two lines is one row; a blank line is a row; a row of empty cells is
        // skipped.
        let (rows, problems) = table(b"id,name\na,\"Ana\nLima\"\n\nb,Bo\n,\nc,Cy\n");
        assert_eq!(problems, Vec::<String>::new());
        let numbers: Vec<usize> = rows.unwrap().iter().map(|(n, _)| *n).collect();
        assert_eq!(numbers, [2, 4, 6]);
    }

    #[test]
    fn a_sheet_that_cannot_be_read_says_why() {
        for (bytes, expected) in [
            (
                &b""[..],
                "t.csv: the file is empty; it needs a header row naming its columns",
            ),
            (
                b"\xEF\xBB\xBF\n  \n",
                "t.csv: the file is empty; it needs a header row naming its columns",
            ),
            (
                b"\xFF\xFEi\0d\0",
                "t.csv: the file is UTF-16 text (\"Unicode text\"); save the sheet as \"CSV UTF-8\"",
            ),
            (
                b"id,name\na,Jos\xE9\nb,Ren\xE9\n",
                "t.csv, row 2, column 2 (name): the file is not UTF-8 text (2 cells with other bytes, the first here); save the sheet as \"CSV UTF-8\"",
            ),
        ] {
            let (rows, problems) = table(bytes);
            assert!(rows.is_none());
            assert_eq!(problems, [expected]);
        }
    }

    #[test]
    fn header_and_row_problems_name_their_place() {
        let (rows, problems) = table(b"id,nmae,,attributed_as,id\na,b,c,d,e\nx\n\"y,\"\"z\ny\"\n");
        assert_eq!(
            problems,
            [
                "t.csv, row 1, column 2 (nmae): unknown column; the columns of this sheet are id, name, attributed_as; did you mean \"name\"?",
                "t.csv, row 1, column 3: this column has values but no name in the header row; name it or delete it",
                "t.csv, row 1, column 5 (id): the column \"id\" appears twice (columns 1 and 5); only one can count",
                "t.csv, row 1: missing required column \"name\"; the header row names \"id\", \"nmae\", \"attributed_as\", \"id\"",
                "t.csv, row 3: wrong number of fields: 1 here, 5 in the header row; the row is left out",
                "t.csv, row 4: wrong number of fields: 1 here, 5 in the header row (a cell here runs over several lines: is a quotation mark left open?); the row is left out",
            ]
        );
        assert_eq!(rows.unwrap().len(), 1);
    }
}
