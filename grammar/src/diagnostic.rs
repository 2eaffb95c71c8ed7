//! Diagnostics as plain data. Nothing here prints: a [`Diagnostic`] is built by the front end and the
//! semantic checks, collected in a list, and only turned into rustc-style text by [`render`] when a
//! caller (the CLI, a golden test) asks for it.

use crate::source::{SourceMap, Span};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
    pub primary: bool,
}

/// One error or warning, with a stable code (`E0001`, `W0001`) and labelled spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, code, message: message.into(), labels: vec![], notes: vec![] }
    }
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, code, message: message.into(), labels: vec![], notes: vec![] }
    }
    /// The main location, with what is wrong there.
    pub fn primary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label { span, message: message.into(), primary: true });
        self
    }
    /// A related location.
    pub fn secondary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label { span, message: message.into(), primary: false });
        self
    }
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.notes.push(format!("help: {}", help.into()));
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Render diagnostics as rustc-style text (no colours), in the order given.
pub fn render(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let mut files = SimpleFiles::new();
    for file in &sources.files {
        files.add(file.name.clone(), file.text.clone());
    }
    let config = term::Config::default();
    let mut out = String::new();
    for diagnostic in diagnostics {
        let mut text = String::new();
        // Rendering into memory cannot fail except on a bad span; fall back to a plain line then.
        if term::emit_to_string(&mut text, &config, &files, &to_codespan(sources, diagnostic)).is_err() {
            text = format!("{}[{}]: {}\n", severity_word(diagnostic.severity), diagnostic.code, diagnostic.message);
        }
        out.push_str(&text);
    }
    out
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn to_codespan(sources: &SourceMap, diagnostic: &Diagnostic) -> cs::Diagnostic<usize> {
    let base = match diagnostic.severity {
        Severity::Error => cs::Diagnostic::error(),
        Severity::Warning => cs::Diagnostic::warning(),
    };
    let labels = diagnostic
        .labels
        .iter()
        .filter(|label| (label.span.file.0 as usize) < sources.files.len())
        .map(|label| {
            let style = if label.primary { cs::LabelStyle::Primary } else { cs::LabelStyle::Secondary };
            let len = sources.file(label.span.file).text.len();
            let range = (label.span.start as usize).min(len)..(label.span.end as usize).min(len);
            cs::Label::new(style, label.span.file.0 as usize, range).with_message(label.message.clone())
        })
        .collect();
    base.with_code(diagnostic.code)
        .with_message(diagnostic.message.clone())
        .with_labels(labels)
        .with_notes(diagnostic.notes.clone())
}
