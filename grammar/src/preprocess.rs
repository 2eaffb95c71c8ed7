//! The preprocessor: `#include`, object-like `#define`/`#undef`, `#ifdef`/`#ifndef`/`#if 0|1`/
//! `#else`/`#endif`, and `#error`. It never shifts text: each file is turned, line by line, into a
//! "blanked" copy of the same length in which directive lines and inactive regions are spaces (newlines
//! kept), so the spans the parser reports point at the real file. Each file is parsed on its own;
//! an included file's declarations are spliced into the includer's list at the `#include`.
//!
//! Macros are not expanded textually: the parser asks, for an identifier used as a value or a type,
//! which macros are defined at that offset ([`FileMacros`]), and parses the macro body in its place.
//! Include guards and a set of already-included files both keep a file from being included twice;
//! an include cycle is an error (E0005).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::ast::{Declaration, Program};
use crate::builtin;
use crate::diagnostic::Diagnostic;
use crate::parse::{self, MacroDef, MacroLookup};
use crate::source::{FileId, SourceMap, Span};
use crate::FileLoader;

/// Deepest `#include` nesting accepted (also stops a loader that invents ever-longer paths).
const MAX_INCLUDE_DEPTH: usize = 64;

type Macros = HashMap<String, Rc<MacroDef>>;

pub(crate) fn parse_with_includes(
    sources: &mut SourceMap,
    main: FileId,
    loader: &dyn FileLoader,
) -> (Option<Program>, Vec<Diagnostic>) {
    let Some(main_file) = sources.files.get(main.0 as usize) else {
        let diagnostic = Diagnostic::error("E0002", format!("no source file with id {}", main.0));
        return (None, vec![diagnostic]);
    };
    let key = normalize_path(&main_file.name);
    let mut pp = Preprocessor {
        sources,
        loader,
        diagnostics: Vec::new(),
        macros: HashMap::new(),
        seen: HashSet::new(),
        stack: Vec::new(),
        parsed_any: false,
    };
    let declarations = pp.file(main, key, 0);
    let program = pp.parsed_any.then_some(Program { declarations });
    (program, pp.diagnostics)
}

struct Preprocessor<'s, 'l> {
    sources: &'s mut SourceMap,
    loader: &'l dyn FileLoader,
    diagnostics: Vec<Diagnostic>,
    /// Macros defined now, in preprocessing order across files.
    macros: Macros,
    /// Files already included (by key: `<core.p4>` or a normalized path).
    seen: HashSet<String>,
    /// Files being processed, outermost first: an include of one of them is a cycle.
    stack: Vec<String>,
    /// Whether at least one file parsed without a syntax error.
    parsed_any: bool,
}

/// The macros a file sees: those defined when it was entered, then its own changes by offset.
struct FileMacros {
    initial: Macros,
    /// `(offset, name, definition or None for #undef)`, in offset order.
    events: Vec<(usize, String, Option<Rc<MacroDef>>)>,
}

impl MacroLookup for FileMacros {
    fn lookup(&self, name: &str, offset: usize) -> Option<Rc<MacroDef>> {
        for (at, event_name, def) in self.events.iter().rev() {
            if *at <= offset && event_name == name {
                return def.clone();
            }
        }
        self.initial.get(name).cloned()
    }
}

/// One open `#if`/`#ifdef`/`#ifndef`.
struct Conditional {
    /// Whether the region around it is active.
    parent_active: bool,
    /// Whether the current branch's condition holds.
    taken: bool,
    seen_else: bool,
    /// The opening directive (for an unterminated conditional).
    span: Span,
}

/// Per-file state while scanning its lines.
struct FileScan {
    id: FileId,
    name: String,
    conditionals: Vec<Conditional>,
    events: Vec<(usize, String, Option<Rc<MacroDef>>)>,
    /// `(offset of the #include line, its declarations)`.
    includes: Vec<(usize, Vec<Declaration>)>,
    depth: usize,
}

impl FileScan {
    fn active(&self) -> bool {
        self.conditionals.last().is_none_or(|c| c.parent_active && c.taken)
    }
}

impl Preprocessor<'_, '_> {
    /// Preprocess and parse one file (and, recursively, what it includes). Returns its declarations
    /// with the included ones spliced in.
    fn file(&mut self, id: FileId, key: String, depth: usize) -> Vec<Declaration> {
        self.stack.push(key.clone());
        self.seen.insert(key);
        let (name, text) = {
            let file = self.sources.file(id);
            (file.name.clone(), file.text.clone())
        };
        let initial = self.macros.clone();
        let mut scan = FileScan { id, name, conditionals: Vec::new(), events: Vec::new(), includes: Vec::new(), depth };
        let blanked = self.scan(&text, &mut scan);
        for open in scan.conditionals.drain(..).rev() {
            self.diagnostics.push(
                Diagnostic::error("E0003", "unterminated conditional directive")
                    .primary(open.span, "this is never closed")
                    .help("add a matching `#endif`"),
            );
        }
        self.stack.pop();

        let macros = FileMacros { initial, events: scan.events };
        let parsed = parse::parse_file(&blanked, id, &macros, &mut self.diagnostics);
        self.parsed_any |= parsed.is_some();
        splice(parsed.unwrap_or_default(), scan.includes)
    }

    /// Go through `text` line by line, handling directives; returns the blanked copy.
    fn scan(&mut self, text: &str, scan: &mut FileScan) -> String {
        let bytes = text.as_bytes();
        let mut out = bytes.to_vec();
        let mut in_comment = false;
        let mut pos = 0;
        while pos < bytes.len() {
            let mut end = line_end(bytes, pos);
            // Blanks before a directive's `#` (and a byte order mark at the start of the file).
            let skip = if pos == 0 && bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
            let first = bytes[pos + skip..end]
                .iter()
                .position(|b| !matches!(b, b' ' | b'\t' | b'\x0B' | b'\x0C'))
                .map(|i| i + skip);
            let is_directive = !in_comment && first.is_some_and(|i| bytes[pos + i] == b'#');
            if is_directive {
                // A directive continues over lines ending in a backslash.
                while end < bytes.len() && ends_with_backslash(&bytes[pos..end]) {
                    end = line_end(bytes, end + 1);
                }
                let hash = pos + first.unwrap_or(0);
                self.directive(text, hash, end, scan);
                blank(&mut out[pos..end]);
                // A `/*` left open at the end of the directive goes on over the next lines: keep it,
                // so the parser skips those lines as the comment they are.
                if let Some(open) = open_comment(&bytes[pos..end]) {
                    out[pos + open] = b'/';
                    out[pos + open + 1] = b'*';
                    in_comment = true;
                }
            } else {
                in_comment = comment_state(&bytes[pos..end], in_comment);
                if !scan.active() {
                    blank(&mut out[pos..end]);
                }
            }
            pos = end + 1;
        }
        // Only whole lines were replaced by ASCII spaces, so the text is still UTF-8.
        String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Handle the directive that starts at `hash` (the `#`) and ends at `end`.
    fn directive(&mut self, text: &str, hash: usize, end: usize, scan: &mut FileScan) {
        let cleaned = clean_directive(&text[hash..end]);
        let line = cleaned.trim_end();
        let span = Span::new(scan.id, hash, hash + line.len());
        // After the `#`: the directive word, then its argument.
        let after_hash = &line[1..];
        let word_start = 1 + (after_hash.len() - after_hash.trim_start().len());
        let word_len = line[word_start..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .unwrap_or(line.len() - word_start);
        let word = &line[word_start..word_start + word_len];
        let rest_start = word_start + word_len;
        let rest = &line[rest_start..];
        let active = scan.active();

        match word {
            "ifdef" | "ifndef" | "if" => {
                let taken = if !active {
                    false
                } else if word == "if" {
                    match rest.trim() {
                        "0" => false,
                        "1" => true,
                        _ => {
                            self.unsupported(
                                span,
                                "only `#if 0` and `#if 1` are supported",
                                "use `#ifdef NAME` or `#ifndef NAME`",
                            );
                            false
                        }
                    }
                } else {
                    match macro_name(rest) {
                        Some((name, _)) => self.macros.contains_key(name) == (word == "ifdef"),
                        None => {
                            self.unsupported(span, &format!("`#{word}` needs a macro name"), "write `#ifndef NAME`");
                            false
                        }
                    }
                };
                scan.conditionals.push(Conditional { parent_active: active, taken, seen_else: false, span });
            }
            "else" => match scan.conditionals.last_mut() {
                Some(open) if !open.seen_else => {
                    open.taken = !open.taken;
                    open.seen_else = true;
                }
                Some(_) => self.unsupported(span, "`#else` after `#else`", "remove one of them"),
                None => self.unsupported(span, "`#else` without `#if`", "remove it"),
            },
            "endif" => {
                if scan.conditionals.pop().is_none() {
                    self.unsupported(span, "`#endif` without `#if`", "remove it");
                }
            }
            _ if !active => {}
            "include" => self.include(rest, span, scan),
            "define" => self.define(text, hash + rest_start, rest, span, scan),
            "undef" => match macro_name(rest) {
                Some((name, _)) => {
                    self.macros.remove(name);
                    scan.events.push((hash, name.to_string(), None));
                }
                None => self.unsupported(span, "`#undef` needs a macro name", "write `#undef NAME`"),
            },
            "error" => {
                let message = rest.trim();
                let message = if message.is_empty() { "`#error` directive" } else { message };
                self.diagnostics.push(Diagnostic::error("E0008", message).primary(span, "`#error` directive"));
            }
            "" if rest.trim().is_empty() => {}
            _ => {
                let what = if word.is_empty() {
                    "`#` must start a directive".to_string()
                } else {
                    format!("unsupported preprocessor directive `#{word}`")
                };
                self.unsupported(
                    span,
                    &what,
                    "flowmark supports #include, #define NAME body, #undef, #ifdef, #ifndef, #if 0/1, #else, #endif and #error",
                );
            }
        }
    }

    fn unsupported(&mut self, span: Span, message: &str, help: &str) {
        self.diagnostics.push(Diagnostic::error("E0004", message.to_string()).primary(span, "here").help(help));
    }

    /// `#define NAME body` (object-like only). `body_at` is the file offset of `rest`.
    fn define(&mut self, text: &str, body_at: usize, rest: &str, span: Span, scan: &mut FileScan) {
        let Some((name, after)) = macro_name(rest) else {
            self.unsupported(span, "`#define` needs a macro name", "write `#define NAME value`");
            return;
        };
        if rest[after..].starts_with('(') {
            self.unsupported(
                span,
                &format!("function-like macro `{name}` is not supported"),
                "only object-like macros `#define NAME value` are supported",
            );
            return;
        }
        let body_trimmed = rest[after..].trim_start();
        let body_start = body_at + (rest.len() - body_trimmed.len());
        let body_end = body_at + rest.len();
        // The body as written, comments and continuations blanked (same length as the file text).
        let body = clean_directive(text.get(body_start..body_end).unwrap_or(""));
        let def = Rc::new(MacroDef { name: name.to_string(), file: scan.id, body_start, body });
        self.macros.insert(name.to_string(), def.clone());
        scan.events.push((span.start as usize, name.to_string(), Some(def)));
    }

    /// `#include <builtin>` or `#include "path"`.
    fn include(&mut self, rest: &str, span: Span, scan: &mut FileScan) {
        let arg = rest.trim();
        let target = if let Some(inner) = arg.strip_prefix('<').and_then(|s| s.split_once('>')) {
            Target::Builtin(inner.0.trim().to_string())
        } else if let Some(inner) = arg.strip_prefix('"').and_then(|s| s.split_once('"')) {
            Target::File(inner.0.to_string())
        } else {
            self.unsupported(span, "malformed `#include`", "write `#include <core.p4>` or `#include \"file.p4\"`");
            return;
        };
        let key = match &target {
            Target::Builtin(name) => format!("<{name}>"),
            Target::File(path) => normalize_path(&join_path(&scan.name, path)),
        };
        if let Some(first) = self.stack.iter().position(|k| *k == key) {
            let mut chain: Vec<&str> = self.stack[first..].iter().map(String::as_str).collect();
            chain.push(&key);
            self.diagnostics.push(
                Diagnostic::error("E0005", format!("include cycle: `{key}` includes itself"))
                    .primary(span, "this include closes the cycle")
                    .note(format!("cycle: {}", chain.join(" -> "))),
            );
            return;
        }
        if self.seen.contains(&key) {
            return;
        }
        if scan.depth + 1 >= MAX_INCLUDE_DEPTH {
            self.diagnostics.push(
                Diagnostic::error(
                    "E0005",
                    format!("includes nested too deeply (more than {MAX_INCLUDE_DEPTH} levels)"),
                )
                .primary(span, "this include is too deep"),
            );
            return;
        }
        let text = match &target {
            Target::Builtin(name) => match builtin::lookup(name) {
                Some(text) => text.to_string(),
                None => {
                    let known: Vec<String> = builtin::FILES.iter().map(|(n, _)| format!("<{n}>")).collect();
                    self.diagnostics.push(
                        Diagnostic::error("E0002", format!("built-in include file `<{name}>` not found"))
                            .primary(span, "no such built-in file")
                            .help(format!("the built-in include files are {}", known.join(", "))),
                    );
                    return;
                }
            },
            Target::File(path) => match self.loader.load(&key) {
                Ok(text) => text,
                Err(reason) => {
                    self.diagnostics.push(
                        Diagnostic::error("E0002", format!("include file `{path}` not found"))
                            .primary(span, format!("cannot read `{key}`"))
                            .note(reason),
                    );
                    return;
                }
            },
        };
        let before = self.macros.clone();
        let id = self.sources.add(key.clone(), text);
        let declarations = self.file(id, key, scan.depth + 1);
        scan.includes.push((span.start as usize, declarations));
        // What the included file defined or undefined is visible after the `#include` line.
        let mut changed: Vec<&String> = self
            .macros
            .keys()
            .chain(before.keys())
            .filter(|name| match (before.get(*name), self.macros.get(*name)) {
                (Some(a), Some(b)) => !Rc::ptr_eq(a, b),
                (None, None) => false,
                _ => true,
            })
            .collect();
        changed.sort();
        changed.dedup();
        for name in changed {
            scan.events.push((span.start as usize, name.clone(), self.macros.get(name).cloned()));
        }
    }
}

enum Target {
    Builtin(String),
    File(String),
}

/// Merge a file's own declarations with its includes' by offset.
fn splice(own: Vec<Declaration>, includes: Vec<(usize, Vec<Declaration>)>) -> Vec<Declaration> {
    let mut out = Vec::new();
    let mut includes = includes.into_iter().peekable();
    for declaration in own {
        while let Some((_, included)) = includes.next_if(|(at, _)| *at < declaration.span.start as usize) {
            out.extend(included);
        }
        out.push(declaration);
    }
    for (_, included) in includes {
        out.extend(included);
    }
    out
}

/// A macro name at the start of `text` (after blanks): the name and the offset just past it.
fn macro_name(text: &str) -> Option<(&str, usize)> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    if !rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return None;
    }
    let len = rest.find(|c: char| !c.is_ascii_alphanumeric() && c != '_').unwrap_or(rest.len());
    Some((&rest[..len], start + len))
}

fn line_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..].iter().position(|b| *b == b'\n').map_or(bytes.len(), |i| from + i)
}

fn ends_with_backslash(line: &[u8]) -> bool {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    line.last() == Some(&b'\\')
}

/// Replace everything but newlines by spaces.
fn blank(bytes: &mut [u8]) {
    for b in bytes.iter_mut().filter(|b| **b != b'\n') {
        *b = b' ';
    }
}

/// Whether a `/* */` comment is open after `line`, given whether one was open before it.
fn comment_state(line: &[u8], mut in_comment: bool) -> bool {
    let mut i = 0;
    while i < line.len() {
        if in_comment {
            if line[i..].starts_with(b"*/") {
                in_comment = false;
                i += 2;
                continue;
            }
        } else if line[i..].starts_with(b"//") {
            break;
        } else if line[i..].starts_with(b"/*") {
            in_comment = true;
            i += 2;
            continue;
        } else if line[i] == b'"' {
            i += 1;
            while i < line.len() && line[i] != b'"' && line[i] != b'\n' {
                i += if line[i] == b'\\' { 2 } else { 1 };
            }
        }
        i += 1;
    }
    in_comment
}

/// Where the `/*` that is still open at the end of `line` starts, if one is (no comment open
/// before the line).
fn open_comment(line: &[u8]) -> Option<usize> {
    let mut i = 0;
    let mut open = None;
    while i < line.len() {
        if open.is_some() {
            if line[i..].starts_with(b"*/") {
                open = None;
                i += 2;
                continue;
            }
        } else if line[i..].starts_with(b"//") {
            break;
        } else if line[i..].starts_with(b"/*") {
            open = Some(i);
            i += 2;
            continue;
        } else if line[i] == b'"' {
            i += 1;
            while i < line.len() && line[i] != b'"' && line[i] != b'\n' {
                i += if line[i] == b'\\' { 2 } else { 1 };
            }
        }
        i += 1;
    }
    open
}

/// A directive's text with comments and line continuations replaced by spaces (same length).
fn clean_directive(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    let mut in_comment = false;
    while i < bytes.len() {
        if in_comment {
            if bytes[i..].starts_with(b"*/") {
                out[i] = b' ';
                out[i + 1] = b' ';
                in_comment = false;
                i += 2;
            } else {
                if bytes[i] != b'\n' {
                    out[i] = b' ';
                }
                i += 1;
            }
        } else if bytes[i..].starts_with(b"//") {
            // To the end of this physical line.
            while i < bytes.len() && bytes[i] != b'\n' {
                out[i] = b' ';
                i += 1;
            }
        } else if bytes[i..].starts_with(b"/*") {
            out[i] = b' ';
            out[i + 1] = b' ';
            in_comment = true;
            i += 2;
        } else if bytes[i] == b'\\' && matches!(bytes.get(i + 1), Some(b'\n') | Some(b'\r')) {
            out[i] = b' ';
            i += 1;
        } else if bytes[i] == b'"' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    // Comments are blanked byte by byte, whole characters included, so this stays UTF-8.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `path` relative to the directory of the file named `includer`.
fn join_path(includer: &str, path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match includer.rfind('/') {
        Some(slash) => format!("{}{}", &includer[..=slash], path),
        None => path.to_string(),
    }
}

/// Remove `.` and `x/..` components, lexically.
fn normalize_path(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(normalize_path(&join_path("dir/main.p4", "x.p4")), "dir/x.p4");
        assert_eq!(normalize_path(&join_path("main.p4", "./inc/../x.p4")), "x.p4");
        assert_eq!(normalize_path(&join_path("a/b/main.p4", "../x.p4")), "a/x.p4");
        assert_eq!(normalize_path(&join_path("main.p4", "../x.p4")), "../x.p4");
        assert_eq!(normalize_path(&join_path("a/main.p4", "/abs/x.p4")), "/abs/x.p4");
    }

    #[test]
    fn comments_are_tracked() {
        assert!(comment_state(b"a /* b", false));
        assert!(!comment_state(b"a */ b", true));
        assert!(!comment_state(b"\"/*\" x", false));
        assert!(!comment_state(b"// /*", false));
    }

    #[test]
    fn directive_cleaning_keeps_length() {
        let text = "#define X 1 /* c */ // d";
        let cleaned = clean_directive(text);
        assert_eq!(cleaned.len(), text.len());
        assert_eq!(cleaned.trim_end(), "#define X 1");
    }
}
