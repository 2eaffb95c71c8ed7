//! The pest grammar (`p4.pest`) of flowmark's P4-16 dialect and the builder that turns its parse tree
//! into [`crate::ast`] nodes with spans. It parses one preprocessed file at a time (the preprocessor
//! has blanked directives, keeping byte offsets), substitutes object-like `#define` macros where an
//! identifier is used as a value or a type, decodes integer literals, and turns pest's failure into a
//! single E0001 diagnostic with human words instead of rule names.
//!
//! Expression precedence, lowest to highest (the P4-16 specification's table; all binary operators
//! are left-associative, `?:` is right-associative):
//!
//! | level | operators                         |
//! |-------|-----------------------------------|
//! | 1     | `?:`                              |
//! | 2     | `\|\|`                            |
//! | 3     | `&&`                              |
//! | 4     | `==` `!=`                         |
//! | 5     | `<` `>` `<=` `>=`                 |
//! | 6     | `\|`                              |
//! | 7     | `^`                               |
//! | 8     | `&`                               |
//! | 9     | `<<` `>>`                         |
//! | 10    | `++` `+` `-` `\|+\|` `\|-\|`      |
//! | 11    | `*` `/` `%`                       |
//! | 12    | prefix `!` `~` `-` `+`, cast `(T)`|
//! | 13    | postfix `.m` `[i]` `[h:l]` `(args)` `<T>(args)` |
//!
//! Robustness: nothing here panics on any input. Nesting is bounded ([`MAX_NESTING`] recursive
//! builder levels, [`MAX_EXPR_DEPTH`] levels inside one expression tree) so that neither this builder
//! nor later passes walking the AST can exhaust the stack; pest itself stops with an error when the
//! native stack runs low.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::{Mutex, OnceLock};

use pest::error::InputLocation;
use pest::iterators::Pair;
use pest::pratt_parser::{Assoc, Op, PrattParser};
use pest::Parser as _;
use pest_derive::Parser;

use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, Span};

#[derive(Parser)]
#[grammar = "p4.pest"]
struct P4Parser;

/// How many builder levels (nested statements, blocks, parenthesised expressions, type arguments,
/// macro expansions) one file may nest.
const MAX_NESTING: u32 = 100;
/// How deep one expression tree may get (chains like `a + b + c + ...` build deep trees).
const MAX_EXPR_DEPTH: u32 = 256;

/// An object-like macro: `#define NAME body`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct MacroDef {
    pub(crate) name: String,
    /// The file holding the `#define` line.
    pub(crate) file: FileId,
    /// Byte offset of the body's first character in that file.
    pub(crate) body_start: usize,
    /// The body text, the same length as in the file (comments and line continuations blanked).
    pub(crate) body: String,
}

impl MacroDef {
    pub(crate) fn is_empty(&self) -> bool {
        self.body.trim().is_empty()
    }
}

/// Which macros are defined at a given offset of the file being parsed.
pub(crate) trait MacroLookup {
    fn lookup(&self, name: &str, offset: usize) -> Option<Rc<MacroDef>>;
}

/// Parse one preprocessed file. Returns its declarations, or `None` after a syntax error (reported
/// in `diags` with everything else found).
pub(crate) fn parse_file(
    text: &str,
    file: FileId,
    macros: &dyn MacroLookup,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<Declaration>> {
    let ctx = Ctx::new(macros);
    let result = match P4Parser::parse(Rule::program, text) {
        Ok(mut pairs) => {
            let builder = Builder { ctx: &ctx, file, base: 0, use_offset: None };
            pairs.next().map(|program| builder.program(program))
        }
        Err(err) => {
            diags.push(syntax_error(text, file, 0, Rule::program, err));
            None
        }
    };
    diags.extend(ctx.diags.into_inner());
    result
}

// ------------------------------------------------------------------------------------------------
// Syntax errors

/// Turn a pest failure into one E0001 diagnostic. The failing text is parsed again with pest's error
/// detail switched on, to learn which literal tokens (`;`, `}`) would have been accepted.
fn syntax_error(text: &str, file: FileId, base: usize, rule: Rule, err: pest::error::Error<Rule>) -> Diagnostic {
    // Error detail is a process-wide switch in pest, read when a parse starts, and it doubles the
    // cost of parsing: switch it on only for this parse. The lock keeps another thread's re-parse
    // from switching it off under us (a parse that merely overlaps runs a little slower).
    static DETAIL: Mutex<()> = Mutex::new(());
    let err = {
        let _guard = DETAIL.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        pest::set_error_detail(true);
        let reparsed = P4Parser::parse(rule, text);
        pest::set_error_detail(false);
        match reparsed {
            Err(detailed) => detailed,
            Ok(_) => err,
        }
    };
    let rule_pos = match err.location {
        InputLocation::Pos(pos) => pos,
        InputLocation::Span((start, _)) => start,
    }
    .min(text.len());
    let attempts = err.parse_attempts();
    // pest places the error where a rule last failed; a literal (`;`) may have failed further on.
    // (A keyword matched by a negative lookahead also moves pest's furthest position, to the end of
    // the keyword, without expecting anything there: that position is ignored.)
    let mut pos = attempts
        .as_ref()
        .filter(|a| !a.expected_tokens().is_empty())
        .map_or(rule_pos, |a| a.max_position.clamp(rule_pos, text.len()));
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }

    let mut tokens: Vec<String> = Vec::new();
    let mut rules: Vec<Rule> = Vec::new();
    if let Some(attempts) = attempts.as_ref().filter(|a| a.max_position == pos) {
        // `Display` shows a literal as written (ranges as `a..z`, which is not punctuation).
        tokens.extend(attempts.expected_tokens().iter().map(|t| t.to_string()));
        // pest folds the failed alternatives of a rule into the rule itself. A folded `expression`
        // is an operator that could have continued it, unless an expression could start here (`~`
        // is only ever a prefix operator).
        // And when only closing punctuation could come here (`;`, `)`), a folded rule began earlier:
        // naming it ("a field" after `bit<8> x`) would mislead.
        let expression_start = tokens.iter().any(|t| t == "~");
        let only_closers = tokens
            .iter()
            .filter(|t| !t.trim().is_empty() && !t.starts_with("//") && !t.starts_with("/*") && *t != "\u{feff}")
            .all(|t| CLOSERS.contains(&t.as_str()));
        if !only_closers {
            rules.extend(attempts.call_stacks().iter().filter_map(|c| c.deepest.get_rule().copied()).map(|r| {
                if r == Rule::expression && !expression_start {
                    Rule::add_op
                } else {
                    r
                }
            }));
        }
    }
    let mut limit_reached = None;
    match &err.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } if rule_pos == pos => {
            rules.extend(positives.iter().copied());
        }
        pest::error::ErrorVariant::CustomError { message } => limit_reached = Some(message.clone()),
        _ => {}
    }
    // Right after a word, "an identifier" only means the word could have been longer.
    let after_word = text[..pos].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_');
    let mut expected = expected_items(&tokens, &rules, after_word);
    if rule != Rule::program {
        for item in expected.iter_mut().filter(|i| *i == "end of file") {
            *item = "the end of the macro body".to_string();
        }
    }

    // A keyword where a name should be: pest reports the position just past the keyword, where
    // nothing was expected. Point at the keyword instead.
    let word_start = text[..pos].trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_').len();
    let keyword_before = &text[word_start..pos];
    if expected.is_empty() && limit_reached.is_none() && KEYWORDS.contains(&keyword_before) {
        let span = Span::new(file, base + word_start, base + pos);
        return Diagnostic::error("E0001", format!("expected an identifier, found keyword `{keyword_before}`"))
            .primary(span, "this is a keyword")
            .help(format!("`{keyword_before}` is a keyword and cannot be used as a name"));
    }
    let found = describe_found(text, pos);
    let end = text[pos..].chars().next().map_or(pos, |c| pos + c.len_utf8());
    let span = Span::new(file, base + pos, base + end);
    let message = match (&limit_reached, expected.is_empty()) {
        (Some(reason), _) => format!("the parser gave up here ({reason}): input nested too deeply"),
        (None, true) => format!("syntax error: unexpected {found}"),
        (None, false) => format!("expected {}", join_or(&expected)),
    };
    let diagnostic = Diagnostic::error("E0001", message).primary(span, format!("unexpected {found}"));
    // A `;` missing at the end of a line: also show where it belongs.
    let before = text[..pos].trim_end();
    let gap = &text[before.len()..pos];
    match before.chars().next_back() {
        Some(last) if expected.first().is_some_and(|e| e == "`;`") && gap.contains('\n') => {
            let end = base + before.len();
            diagnostic.secondary(Span::new(file, end - last.len_utf8(), end), "expected `;` after this")
        }
        _ => diagnostic,
    }
}

/// The reserved words (as in `p4.pest`), for a hint when one is used as a name.
const KEYWORDS: &[&str] = &[
    "abstract",
    "action",
    "actions",
    "apply",
    "bit",
    "bool",
    "const",
    "control",
    "default",
    "else",
    "entries",
    "enum",
    "error",
    "exit",
    "extern",
    "false",
    "for",
    "header",
    "header_union",
    "if",
    "in",
    "inout",
    "int",
    "key",
    "list",
    "match_kind",
    "out",
    "package",
    "parser",
    "priority",
    "return",
    "select",
    "state",
    "string",
    "struct",
    "switch",
    "table",
    "this",
    "transition",
    "true",
    "tuple",
    "type",
    "typedef",
    "value_set",
    "varbit",
    "void",
];

/// Spellings that start an expression: named as "an expression" instead.
const EXPRESSION_START: &[&str] = &["!", "~", "-", "+", "(", "{", "_", "\"", "error"];
/// Punctuation that only ends or continues a construct already begun.
const CLOSERS: &[&str] = &[";", ")", "]", "}", ",", ":", ">", "="];
/// Items that are all kinds of statements.
const STATEMENT_START: &[&str] =
    &["`;`", "`{`", "`exit`", "`if`", "`return`", "`switch`", "`const`", "an expression", "a declaration", "a type"];
/// Words that are all kinds of expressions.
const EXPRESSION_WORDS: &[&str] =
    &["`_`", "`error`", "`true` or `false`", "a string", "an identifier", "an integer", "an argument"];
/// Spellings of operators (infix, postfix, keyset): possible after nearly every expression, so only
/// named when nothing else fits.
const OPERATORS: &[&str] = &[
    "?", "||", "&&", "==", "!=", "<=", ">=", "<<", ">>", "<", ">", "++", "|+|", "|-|", "|", "^", "&", "+", "-", "*",
    "/", "%", "&&&", "..", ".", "[", "(",
];

/// The "expected ..." items: literal punctuation as `tok`, rules as words, operators only as a last
/// resort; punctuation first, then keywords, then words.
fn expected_items(tokens: &[String], rules: &[Rule], after_word: bool) -> Vec<String> {
    let mut words: Vec<&'static str> = Vec::new();
    let mut operator_possible = false;
    for rule in rules {
        match describe(*rule) {
            Some(Described::Word(word)) if !words.contains(&word) => words.push(word),
            Some(Described::Word(_)) => {}
            Some(Described::Operator) => operator_possible = true,
            None => {}
        }
    }
    let expression_possible = words.contains(&"an expression");
    let identifier_possible = words.contains(&"an identifier");
    if after_word {
        words.retain(|w| *w != "an identifier" && *w != "an integer");
    }
    if expression_possible {
        words.retain(|w| !EXPRESSION_WORDS.contains(w));
    }
    let mut items: Vec<String> = Vec::new();
    for token in tokens {
        let is_punctuation = !token.is_empty() && token.chars().all(|c| c.is_ascii_punctuation());
        if !is_punctuation || token.starts_with("//") || token.starts_with("/*") || token == "\\" {
            continue;
        }
        if expression_possible && EXPRESSION_START.contains(&token.as_str()) {
            continue;
        }
        if token == "_" && (identifier_possible || expression_possible || after_word) {
            continue;
        }
        if (operator_possible || expression_possible) && OPERATORS.contains(&token.as_str()) {
            continue;
        }
        let item = format!("`{token}`");
        if !items.contains(&item) {
            items.push(item);
        }
    }
    for word in words {
        let item = word.to_string();
        if !items.contains(&item) {
            items.push(item);
        }
    }
    // What starts an expression or a statement is said by "an expression", "a statement".
    if expression_possible {
        items.retain(|i| !EXPRESSION_START.iter().any(|t| i.trim_matches('`') == *t));
    }
    if items.iter().any(|i| i == "a statement") {
        items.retain(|i| !STATEMENT_START.contains(&i.as_str()));
    }
    // Annotations may start nearly anything and `_` is mostly the start of a name: name them only
    // when nothing else fits.
    if items.len() > 1 {
        items.retain(|i| i != "`@`" && i != "`_`");
    }
    if items.is_empty() && operator_possible {
        items.push("an operator".to_string());
    }
    items.sort_by_key(|item| {
        let class = match item.strip_prefix('`') {
            Some(rest) if rest.starts_with(|c: char| c.is_ascii_alphabetic()) => 1,
            Some(_) => 0,
            None => 2,
        };
        (class, item.clone())
    });
    if items.len() > 8 {
        items.truncate(7);
        items.push("something else".to_string());
    }
    items
}

fn describe_found(text: &str, pos: usize) -> String {
    let rest = &text[pos..];
    match rest.chars().next() {
        None => "end of file".to_string(),
        Some(c) if c.is_ascii_alphanumeric() || c == '_' => {
            let word: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').take(40).collect();
            format!("`{word}`")
        }
        Some(c) if c.is_whitespace() => "whitespace".to_string(),
        Some(c) => format!("`{c}`"),
    }
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

enum Described {
    Word(&'static str),
    Operator,
}

/// Human words for grammar rules that pest lists as "expected".
fn describe(rule: Rule) -> Option<Described> {
    use Described::*;
    Some(match rule {
        Rule::ident | Rule::name | Rule::member_name | Rule::anno_name => Word("an identifier"),
        Rule::number => Word("an integer"),
        Rule::string_lit => Word("a string"),
        Rule::bool_lit => Word("`true` or `false`"),
        Rule::dont_care => Word("`_`"),
        Rule::annotation => return None,
        Rule::expression
        | Rule::expr_only
        | Rule::not_op
        | Rule::complement_op
        | Rule::negate_op
        | Rule::plus_op
        | Rule::cast
        | Rule::error_member
        | Rule::paren_expr
        | Rule::struct_init
        | Rule::list_expr
        | Rule::name_expr
        | Rule::dot_name
        | Rule::kv_pair => Word("an expression"),
        Rule::argument => Word("an argument"),
        Rule::call_args => Word("`(`"),
        Rule::member_op
        | Rule::bracket_op
        | Rule::call_op
        | Rule::ternary_op
        | Rule::or_op
        | Rule::and_op
        | Rule::eq_op
        | Rule::ne_op
        | Rule::le_op
        | Rule::ge_op
        | Rule::shl_op
        | Rule::shr_op
        | Rule::lt_op
        | Rule::gt_op
        | Rule::concat_op
        | Rule::add_sat_op
        | Rule::sub_sat_op
        | Rule::bitor_op
        | Rule::bitxor_op
        | Rule::bitand_op
        | Rule::add_op
        | Rule::sub_op
        | Rule::mul_op
        | Rule::div_op
        | Rule::mod_op
        | Rule::mask_op
        | Rule::range_op => Operator,
        Rule::type_ref
        | Rule::type_only
        | Rule::bit_type
        | Rule::int_type
        | Rule::varbit_type
        | Rule::named_type
        | Rule::enum_underlying => Word("a type"),
        Rule::width => Word("a width"),
        Rule::type_args => Word("`<`"),
        Rule::type_params => Word("type parameters"),
        Rule::stack_size => Word("`[`"),
        Rule::params | Rule::ctor_params => Word("`(`"),
        Rule::param | Rule::direction => Word("a parameter"),
        Rule::declaration
        | Rule::const_decl
        | Rule::typedef_decl
        | Rule::header_decl
        | Rule::struct_decl
        | Rule::enum_decl
        | Rule::error_decl
        | Rule::match_kind_decl
        | Rule::extern_decl
        | Rule::action_decl
        | Rule::parser_decl
        | Rule::control_decl
        | Rule::package_decl
        | Rule::instantiation
        | Rule::control_local
        | Rule::parser_local
        | Rule::variable_decl
        | Rule::table_decl => Word("a declaration"),
        Rule::field => Word("a field"),
        Rule::enum_member => Word("an enum member"),
        Rule::extern_object | Rule::extern_function => Word("an extern declaration"),
        Rule::method_proto | Rule::function_proto | Rule::constructor_proto => Word("a method declaration"),
        Rule::parser_body | Rule::control_body | Rule::block => Word("`{`"),
        Rule::parser_state => Word("a parser state"),
        Rule::transition => Word("`transition`"),
        Rule::select_expr => Word("`select`"),
        Rule::select_case => Word("a select case"),
        Rule::tuple_keyset | Rule::simple_keyset => Word("a keyset"),
        Rule::inst_args => Word("`(`"),
        Rule::table_property
        | Rule::key_prop
        | Rule::actions_prop
        | Rule::default_action_prop
        | Rule::entries_prop
        | Rule::other_prop
        | Rule::is_const => Word("a table property"),
        Rule::key_element => Word("a key element"),
        Rule::action_ref => Word("an action"),
        Rule::table_entry | Rule::entry_priority => Word("a table entry"),
        Rule::if_stmt
        | Rule::switch_stmt
        | Rule::return_stmt
        | Rule::exit_stmt
        | Rule::empty_stmt
        | Rule::local_decl
        | Rule::expr_stmt => Word("a statement"),
        Rule::switch_case => Word("a switch case"),
        Rule::EOI => Word("end of file"),
        Rule::kw_abstract => Word("`abstract`"),
        Rule::kw_action => Word("`action`"),
        Rule::kw_actions => Word("`actions`"),
        Rule::kw_apply => Word("`apply`"),
        Rule::kw_bit => Word("`bit`"),
        Rule::kw_bool => Word("`bool`"),
        Rule::kw_const => Word("`const`"),
        Rule::kw_control => Word("`control`"),
        Rule::kw_default => Word("`default`"),
        Rule::kw_default_action => Word("`default_action`"),
        Rule::kw_else => Word("`else`"),
        Rule::kw_entries => Word("`entries`"),
        Rule::kw_enum => Word("`enum`"),
        Rule::kw_error => Word("`error`"),
        Rule::kw_exit => Word("`exit`"),
        Rule::kw_extern => Word("`extern`"),
        Rule::kw_header => Word("`header`"),
        Rule::kw_if => Word("`if`"),
        Rule::kw_int => Word("`int`"),
        Rule::kw_key => Word("`key`"),
        Rule::kw_match_kind => Word("`match_kind`"),
        Rule::kw_package => Word("`package`"),
        Rule::kw_parser => Word("`parser`"),
        Rule::kw_priority => Word("`priority`"),
        Rule::kw_return => Word("`return`"),
        Rule::kw_select => Word("`select`"),
        Rule::kw_state => Word("`state`"),
        Rule::kw_struct => Word("`struct`"),
        Rule::kw_switch => Word("`switch`"),
        Rule::kw_table => Word("`table`"),
        Rule::kw_transition => Word("`transition`"),
        Rule::kw_type => Word("`type`"),
        Rule::kw_typedef => Word("`typedef`"),
        Rule::kw_varbit => Word("`varbit`"),
        Rule::kw_void => Word("`void`"),
        _ => return None,
    })
}

// ------------------------------------------------------------------------------------------------
// The builder

type P<'i> = Pair<'i, Rule>;

/// State shared by a file's builder and the builders of the macro bodies it expands.
struct Ctx<'m> {
    macros: &'m dyn MacroLookup,
    diags: RefCell<Vec<Diagnostic>>,
    depth: Cell<u32>,
    too_deep_reported: Cell<bool>,
    /// Macros being expanded (a macro naming itself is left alone, as in cpp).
    expanding: RefCell<Vec<String>>,
}

impl<'m> Ctx<'m> {
    fn new(macros: &'m dyn MacroLookup) -> Self {
        Ctx {
            macros,
            diags: RefCell::new(Vec::new()),
            depth: Cell::new(0),
            too_deep_reported: Cell::new(false),
            expanding: RefCell::new(Vec::new()),
        }
    }
}

struct Builder<'c, 'm> {
    ctx: &'c Ctx<'m>,
    file: FileId,
    /// Added to pest's offsets: non-zero when parsing a macro body cut out of its file.
    base: usize,
    /// While expanding a macro body: the offset of the outermost use, where macros are looked up.
    use_offset: Option<usize>,
}

/// An expression under construction: the node, its extent in the current file (differs from the
/// node's span when the node came from a macro body), and the depth of its tree.
type Pe = (Expr, Span, u32);

fn pratt() -> &'static PrattParser<Rule> {
    static PRATT: OnceLock<PrattParser<Rule>> = OnceLock::new();
    PRATT.get_or_init(|| {
        PrattParser::new()
            .op(Op::infix(Rule::ternary_op, Assoc::Right))
            .op(Op::infix(Rule::or_op, Assoc::Left))
            .op(Op::infix(Rule::and_op, Assoc::Left))
            .op(Op::infix(Rule::eq_op, Assoc::Left) | Op::infix(Rule::ne_op, Assoc::Left))
            .op(Op::infix(Rule::lt_op, Assoc::Left)
                | Op::infix(Rule::gt_op, Assoc::Left)
                | Op::infix(Rule::le_op, Assoc::Left)
                | Op::infix(Rule::ge_op, Assoc::Left))
            .op(Op::infix(Rule::bitor_op, Assoc::Left))
            .op(Op::infix(Rule::bitxor_op, Assoc::Left))
            .op(Op::infix(Rule::bitand_op, Assoc::Left))
            .op(Op::infix(Rule::shl_op, Assoc::Left) | Op::infix(Rule::shr_op, Assoc::Left))
            .op(Op::infix(Rule::concat_op, Assoc::Left)
                | Op::infix(Rule::add_op, Assoc::Left)
                | Op::infix(Rule::sub_op, Assoc::Left)
                | Op::infix(Rule::add_sat_op, Assoc::Left)
                | Op::infix(Rule::sub_sat_op, Assoc::Left))
            .op(Op::infix(Rule::mul_op, Assoc::Left)
                | Op::infix(Rule::div_op, Assoc::Left)
                | Op::infix(Rule::mod_op, Assoc::Left))
            .op(Op::prefix(Rule::not_op)
                | Op::prefix(Rule::complement_op)
                | Op::prefix(Rule::negate_op)
                | Op::prefix(Rule::plus_op)
                | Op::prefix(Rule::cast))
            .op(Op::postfix(Rule::member_op) | Op::postfix(Rule::bracket_op) | Op::postfix(Rule::call_op))
    })
}

fn is_prefix(rule: Rule) -> bool {
    matches!(rule, Rule::not_op | Rule::complement_op | Rule::negate_op | Rule::plus_op | Rule::cast)
}

fn binary_op(rule: Rule) -> Option<BinaryOp> {
    Some(match rule {
        Rule::or_op => BinaryOp::Or,
        Rule::and_op => BinaryOp::And,
        Rule::eq_op => BinaryOp::Eq,
        Rule::ne_op => BinaryOp::Ne,
        Rule::lt_op => BinaryOp::Lt,
        Rule::gt_op => BinaryOp::Gt,
        Rule::le_op => BinaryOp::Le,
        Rule::ge_op => BinaryOp::Ge,
        Rule::bitor_op => BinaryOp::BitOr,
        Rule::bitxor_op => BinaryOp::BitXor,
        Rule::bitand_op => BinaryOp::BitAnd,
        Rule::shl_op => BinaryOp::Shl,
        Rule::shr_op => BinaryOp::Shr,
        Rule::concat_op => BinaryOp::Concat,
        Rule::add_op => BinaryOp::Add,
        Rule::sub_op => BinaryOp::Sub,
        Rule::add_sat_op => BinaryOp::AddSat,
        Rule::sub_sat_op => BinaryOp::SubSat,
        Rule::mul_op => BinaryOp::Mul,
        Rule::div_op => BinaryOp::Div,
        Rule::mod_op => BinaryOp::Mod,
        _ => return None,
    })
}

/// Children of a pair, in order.
fn kids<'i>(pair: &P<'i>) -> Vec<P<'i>> {
    pair.clone().into_inner().collect()
}

/// The children of a pair that have one of `rules`.
fn kids_of<'i>(pair: &P<'i>, rule: Rule) -> impl Iterator<Item = P<'i>> {
    pair.clone().into_inner().filter(move |c| c.as_rule() == rule)
}

fn first_of<'i>(pair: &P<'i>, rule: Rule) -> Option<P<'i>> {
    kids_of(pair, rule).next()
}

fn has(pair: &P<'_>, rule: Rule) -> bool {
    first_of(pair, rule).is_some()
}

impl Builder<'_, '_> {
    fn span(&self, pair: &P<'_>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, self.base + s.start(), self.base + s.end())
    }

    fn error(&self, diagnostic: Diagnostic) {
        self.ctx.diags.borrow_mut().push(diagnostic);
    }

    /// A part the grammar guarantees is missing: a bug in this module, reported rather than panicking.
    fn internal(&self, pair: &P<'_>, what: &str) {
        self.error(
            Diagnostic::error("E0001", format!("internal parser error: malformed parse tree (no {what})"))
                .primary(self.span(pair), "while parsing this"),
        );
    }

    /// Enter one nesting level; `false` (after reporting once) when the input nests too deeply.
    fn enter(&self, span: Span) -> bool {
        let depth = self.ctx.depth.get();
        if depth >= MAX_NESTING {
            self.too_deep(span, &format!("more than {MAX_NESTING} nested levels"));
            return false;
        }
        self.ctx.depth.set(depth + 1);
        true
    }

    fn leave(&self) {
        self.ctx.depth.set(self.ctx.depth.get().saturating_sub(1));
    }

    fn too_deep(&self, span: Span, what: &str) {
        if !self.ctx.too_deep_reported.replace(true) {
            self.error(
                Diagnostic::error("E0001", format!("this is nested too deeply ({what})"))
                    .primary(span, "nested too deeply")
                    .help("split the expression or statement into smaller pieces"),
            );
        }
    }

    fn ident(&self, pair: &P<'_>) -> Ident {
        Ident { name: pair.as_str().to_string(), span: self.span(pair) }
    }

    /// The first child of `rule` as an identifier (`ident` or `name`).
    fn ident_of(&self, pair: &P<'_>, rule: Rule) -> Ident {
        match first_of(pair, rule) {
            Some(child) => self.ident(&child),
            None => {
                self.internal(pair, "name");
                Ident { name: String::new(), span: self.span(pair) }
            }
        }
    }

    /// Where macros are looked up for a use at `span`.
    fn lookup_offset(&self, span: Span) -> usize {
        self.use_offset.unwrap_or(span.start as usize)
    }

    // -------------------------------------------------------------------------------- declarations

    fn program(&self, pair: P<'_>) -> Vec<Declaration> {
        kids_of(&pair, Rule::declaration).filter_map(|d| self.declaration(&d)).collect()
    }

    /// `declaration`, `control_local`, `parser_local` and `local_decl`: annotations, then one kind.
    fn declaration(&self, pair: &P<'_>) -> Option<Declaration> {
        let span = self.span(pair);
        let annotations = self.annotations(pair);
        let kind_pair = kids(pair).into_iter().find(|c| c.as_rule() != Rule::annotation);
        let Some(kind_pair) = kind_pair else {
            self.internal(pair, "declaration");
            return None;
        };
        let kind = self.declaration_kind(&kind_pair, &annotations)?;
        Some(Declaration { annotations, kind, span })
    }

    fn annotations(&self, pair: &P<'_>) -> Vec<Annotation> {
        kids_of(pair, Rule::annotation).map(|a| self.annotation(&a)).collect()
    }

    fn annotation(&self, pair: &P<'_>) -> Annotation {
        Annotation {
            name: self.ident_of(pair, Rule::anno_name),
            body: first_of(pair, Rule::anno_body).map(|b| b.as_str().to_string()),
            span: self.span(pair),
        }
    }

    fn declaration_kind(&self, pair: &P<'_>, annotations: &[Annotation]) -> Option<DeclarationKind> {
        Some(match pair.as_rule() {
            Rule::const_decl => DeclarationKind::Constant {
                ty: self.type_of(pair),
                name: self.ident_of(pair, Rule::name),
                value: self.expr_of(pair),
            },
            Rule::typedef_decl => {
                DeclarationKind::Typedef { ty: self.type_of(pair), name: self.ident_of(pair, Rule::ident) }
            }
            Rule::header_decl => {
                DeclarationKind::Header { name: self.ident_of(pair, Rule::ident), fields: self.fields(pair) }
            }
            Rule::struct_decl => {
                DeclarationKind::Struct { name: self.ident_of(pair, Rule::ident), fields: self.fields(pair) }
            }
            Rule::enum_decl => DeclarationKind::Enum {
                underlying: first_of(pair, Rule::enum_underlying).map(|u| self.type_of(&u)),
                name: self.ident_of(pair, Rule::ident),
                members: kids_of(pair, Rule::enum_member)
                    .map(|m| EnumMember {
                        name: self.ident_of(&m, Rule::name),
                        value: first_of(&m, Rule::expression).map(|e| self.expr(&e)),
                    })
                    .collect(),
            },
            Rule::error_decl => {
                DeclarationKind::Error { members: kids_of(pair, Rule::name).map(|n| self.ident(&n)).collect() }
            }
            Rule::match_kind_decl => {
                DeclarationKind::MatchKind { members: kids_of(pair, Rule::name).map(|n| self.ident(&n)).collect() }
            }
            Rule::extern_decl => {
                if let Some(object) = first_of(pair, Rule::extern_object) {
                    DeclarationKind::ExternObject {
                        name: self.ident_of(&object, Rule::ident),
                        type_params: self.type_params(&object),
                        methods: kids_of(&object, Rule::method_proto).map(|m| self.method(&m)).collect(),
                    }
                } else if let Some(function) = first_of(pair, Rule::extern_function) {
                    let Some(proto) = first_of(&function, Rule::function_proto) else {
                        self.internal(pair, "function prototype");
                        return None;
                    };
                    let mut method = self.prototype(&proto, self.span(pair));
                    method.annotations = annotations.to_vec();
                    DeclarationKind::ExternFunction(method)
                } else {
                    self.internal(pair, "extern body");
                    return None;
                }
            }
            Rule::action_decl => DeclarationKind::Action(self.action(pair)),
            Rule::parser_decl => {
                let name = self.ident_of(pair, Rule::ident);
                let type_params = self.type_params(pair);
                let params = self.params_of(pair, Rule::params);
                match first_of(pair, Rule::parser_body) {
                    None => DeclarationKind::ParserType { name, type_params, params },
                    Some(body) => DeclarationKind::Parser(ParserDecl {
                        name,
                        type_params,
                        params,
                        constructor_params: self.params_of(pair, Rule::ctor_params),
                        locals: kids_of(&body, Rule::parser_local).filter_map(|l| self.declaration(&l)).collect(),
                        states: kids_of(&body, Rule::parser_state).map(|s| self.parser_state(&s)).collect(),
                    }),
                }
            }
            Rule::control_decl => {
                let name = self.ident_of(pair, Rule::ident);
                let type_params = self.type_params(pair);
                let params = self.params_of(pair, Rule::params);
                match first_of(pair, Rule::control_body) {
                    None => DeclarationKind::ControlType { name, type_params, params },
                    Some(body) => DeclarationKind::Control(ControlDecl {
                        name,
                        type_params,
                        params,
                        constructor_params: self.params_of(pair, Rule::ctor_params),
                        locals: kids_of(&body, Rule::control_local).filter_map(|l| self.declaration(&l)).collect(),
                        apply: self.block_of(&body),
                    }),
                }
            }
            Rule::package_decl => DeclarationKind::PackageType {
                name: self.ident_of(pair, Rule::ident),
                type_params: self.type_params(pair),
                params: self.params_of(pair, Rule::params),
            },
            Rule::instantiation => DeclarationKind::Instantiation(Instantiation {
                ty: self.type_of(pair),
                args: first_of(pair, Rule::inst_args)
                    .map(|a| kids_of(&a, Rule::expression).map(|e| self.expr(&e)).collect())
                    .unwrap_or_default(),
                name: self.ident_of(pair, Rule::name),
            }),
            Rule::variable_decl => DeclarationKind::Variable {
                ty: self.type_of(pair),
                name: self.ident_of(pair, Rule::name),
                init: first_of(pair, Rule::expression).map(|e| self.expr(&e)),
            },
            Rule::table_decl => DeclarationKind::Table(TableDecl {
                name: self.ident_of(pair, Rule::name),
                properties: kids_of(pair, Rule::table_property).filter_map(|p| self.table_property(&p)).collect(),
            }),
            _ => {
                self.internal(pair, "known declaration");
                return None;
            }
        })
    }

    fn fields(&self, pair: &P<'_>) -> Vec<FieldDecl> {
        kids_of(pair, Rule::field)
            .map(|f| FieldDecl {
                annotations: self.annotations(&f),
                ty: self.type_of(&f),
                name: self.ident_of(&f, Rule::name),
                span: self.span(&f),
            })
            .collect()
    }

    fn type_params(&self, pair: &P<'_>) -> Vec<Ident> {
        first_of(pair, Rule::type_params)
            .map(|tp| kids_of(&tp, Rule::ident).map(|i| self.ident(&i)).collect())
            .unwrap_or_default()
    }

    /// The parameters of the first child list of `rule` (`params` or `ctor_params`).
    fn params_of(&self, pair: &P<'_>, rule: Rule) -> Vec<Param> {
        first_of(pair, rule)
            .map(|list| kids_of(&list, Rule::param).map(|p| self.param(&p)).collect())
            .unwrap_or_default()
    }

    fn param(&self, pair: &P<'_>) -> Param {
        let direction = match first_of(pair, Rule::direction).as_ref().map(|d| d.as_str()) {
            Some("in") => Direction::In,
            Some("out") => Direction::Out,
            Some("inout") => Direction::InOut,
            _ => Direction::None,
        };
        Param {
            annotations: self.annotations(pair),
            direction,
            ty: self.type_of(pair),
            name: self.ident_of(pair, Rule::name),
            default: first_of(pair, Rule::expression).map(|e| self.expr(&e)),
            span: self.span(pair),
        }
    }

    fn method(&self, pair: &P<'_>) -> MethodPrototype {
        let span = self.span(pair);
        let mut method = if let Some(proto) = first_of(pair, Rule::function_proto) {
            self.prototype(&proto, span)
        } else if let Some(ctor) = first_of(pair, Rule::constructor_proto) {
            MethodPrototype {
                annotations: Vec::new(),
                return_type: None,
                name: self.ident_of(&ctor, Rule::ident),
                type_params: Vec::new(),
                params: self.params_of(&ctor, Rule::params),
                is_abstract: false,
                span,
            }
        } else {
            self.internal(pair, "method");
            MethodPrototype {
                annotations: Vec::new(),
                return_type: None,
                name: Ident { name: String::new(), span },
                type_params: Vec::new(),
                params: Vec::new(),
                is_abstract: false,
                span,
            }
        };
        method.annotations = self.annotations(pair);
        method.is_abstract = has(pair, Rule::kw_abstract);
        method
    }

    /// `R name<T>(params)`.
    fn prototype(&self, pair: &P<'_>, span: Span) -> MethodPrototype {
        MethodPrototype {
            annotations: Vec::new(),
            return_type: Some(self.type_of(pair)),
            name: self.ident_of(pair, Rule::member_name),
            type_params: self.type_params(pair),
            params: self.params_of(pair, Rule::params),
            is_abstract: false,
            span,
        }
    }

    fn action(&self, pair: &P<'_>) -> ActionDecl {
        ActionDecl {
            name: self.ident_of(pair, Rule::name),
            params: self.params_of(pair, Rule::params),
            body: self.block_of(pair),
        }
    }

    fn parser_state(&self, pair: &P<'_>) -> ParserState {
        let statements =
            kids(pair).into_iter().filter(|c| is_statement(c.as_rule())).map(|s| self.statement(&s)).collect();
        let transition = first_of(pair, Rule::transition).and_then(|t| self.transition(&t));
        ParserState {
            annotations: self.annotations(pair),
            name: self.ident_of(pair, Rule::name),
            statements,
            transition,
            span: self.span(pair),
        }
    }

    fn transition(&self, pair: &P<'_>) -> Option<Transition> {
        if let Some(select) = first_of(pair, Rule::select_expr) {
            let exprs = kids_of(&select, Rule::expression).map(|e| self.expr(&e)).collect();
            let cases = kids_of(&select, Rule::select_case)
                .map(|c| SelectCase {
                    keysets: self.keysets(&c),
                    next: self.ident_of(&c, Rule::name),
                    span: self.span(&c),
                })
                .collect();
            Some(Transition::Select { exprs, cases, span: self.span(&select) })
        } else if let Some(next) = first_of(pair, Rule::name) {
            Some(Transition::Direct(self.ident(&next)))
        } else {
            self.internal(pair, "transition target");
            None
        }
    }

    /// The keysets of a select case or table entry: a tuple or a single keyset.
    fn keysets(&self, pair: &P<'_>) -> Vec<Keyset> {
        if let Some(tuple) = first_of(pair, Rule::tuple_keyset) {
            kids_of(&tuple, Rule::simple_keyset).map(|k| self.keyset(&k)).collect()
        } else if let Some(single) = first_of(pair, Rule::simple_keyset) {
            vec![self.keyset(&single)]
        } else {
            self.internal(pair, "keyset");
            Vec::new()
        }
    }

    fn keyset(&self, pair: &P<'_>) -> Keyset {
        let span = self.span(pair);
        let parts = kids(pair);
        match parts.as_slice() {
            [one] if matches!(one.as_rule(), Rule::kw_default | Rule::dont_care) => Keyset::Default(span),
            [value] => Keyset::Value(self.expr(value)),
            [value, op, other] if op.as_rule() == Rule::mask_op => Keyset::Mask(self.expr(value), self.expr(other)),
            [lo, _, hi] => Keyset::Range(self.expr(lo), self.expr(hi)),
            _ => {
                self.internal(pair, "keyset");
                Keyset::Default(span)
            }
        }
    }

    fn table_property(&self, pair: &P<'_>) -> Option<TableProperty> {
        let annotations = self.annotations(pair);
        let is_const = has(pair, Rule::is_const);
        let span = self.span(pair);
        let Some(prop) = kids(pair).into_iter().find(|c| !matches!(c.as_rule(), Rule::annotation | Rule::is_const))
        else {
            self.internal(pair, "table property");
            return None;
        };
        let kind = match prop.as_rule() {
            Rule::key_prop => TablePropertyKind::Key(
                kids_of(&prop, Rule::key_element)
                    .map(|k| KeyElement {
                        annotations: self.annotations(&k),
                        expr: self.expr_of(&k),
                        match_kind: self.ident_of(&k, Rule::name),
                        span: self.span(&k),
                    })
                    .collect(),
            ),
            Rule::actions_prop => {
                TablePropertyKind::Actions(kids_of(&prop, Rule::action_ref).map(|a| self.action_ref(&a)).collect())
            }
            Rule::default_action_prop => match first_of(&prop, Rule::action_ref) {
                Some(action) => TablePropertyKind::DefaultAction(self.action_ref(&action)),
                None => {
                    self.internal(&prop, "action");
                    return None;
                }
            },
            Rule::entries_prop => {
                TablePropertyKind::Entries(kids_of(&prop, Rule::table_entry).filter_map(|e| self.entry(&e)).collect())
            }
            Rule::other_prop => {
                TablePropertyKind::Other { name: self.ident_of(&prop, Rule::name), value: self.expr_of(&prop) }
            }
            _ => {
                self.internal(&prop, "table property");
                return None;
            }
        };
        Some(TableProperty { annotations, is_const, kind, span })
    }

    fn action_ref(&self, pair: &P<'_>) -> ActionRef {
        ActionRef {
            annotations: self.annotations(pair),
            name: self.ident_of(pair, Rule::name),
            args: first_of(pair, Rule::call_args).map(|a| self.arguments(&a)),
            span: self.span(pair),
        }
    }

    fn entry(&self, pair: &P<'_>) -> Option<TableEntry> {
        let Some(action) = first_of(pair, Rule::action_ref) else {
            self.internal(pair, "action");
            return None;
        };
        let mut action = self.action_ref(&action);
        action.annotations.extend(self.annotations(pair));
        Some(TableEntry {
            keysets: self.keysets(pair),
            action,
            priority: first_of(pair, Rule::entry_priority).map(|p| self.expr_of(&p)),
            span: self.span(pair),
        })
    }

    // -------------------------------------------------------------------------------- statements

    /// The first `block` child.
    fn block_of(&self, pair: &P<'_>) -> Block {
        match first_of(pair, Rule::block) {
            Some(block) => self.block(&block),
            None => {
                self.internal(pair, "block");
                Block { statements: Vec::new(), span: self.span(pair) }
            }
        }
    }

    /// (Nesting is counted by [`Builder::statement`], which every nested block goes through.)
    fn block(&self, pair: &P<'_>) -> Block {
        Block { statements: kids(pair).iter().map(|s| self.statement(s)).collect(), span: self.span(pair) }
    }

    /// An `if` branch: a block as is, a single statement wrapped in a block.
    fn branch(&self, pair: &P<'_>) -> Block {
        if pair.as_rule() == Rule::block {
            self.block(pair)
        } else {
            let statement = self.statement(pair);
            Block { span: statement.span, statements: vec![statement] }
        }
    }

    fn statement(&self, pair: &P<'_>) -> Statement {
        let span = self.span(pair);
        if !self.enter(span) {
            return Statement { kind: StatementKind::Empty, span };
        }
        let kind = self.statement_kind(pair, span);
        self.leave();
        Statement { kind, span }
    }

    fn statement_kind(&self, pair: &P<'_>, span: Span) -> StatementKind {
        match pair.as_rule() {
            Rule::block => StatementKind::Block(self.block(pair)),
            Rule::if_stmt => {
                let branches: Vec<P<'_>> = kids(pair).into_iter().filter(|c| is_statement(c.as_rule())).collect();
                let then_branch = match branches.first() {
                    Some(b) => self.branch(b),
                    None => {
                        self.internal(pair, "branch");
                        Block { statements: Vec::new(), span }
                    }
                };
                StatementKind::If {
                    cond: self.expr_of(pair),
                    then_branch,
                    else_branch: branches.get(1).map(|b| self.branch(b)),
                }
            }
            Rule::switch_stmt => StatementKind::Switch {
                expr: self.expr_of(pair),
                cases: kids_of(pair, Rule::switch_case)
                    .map(|c| SwitchCase {
                        label: first_of(&c, Rule::expression).map(|e| self.expr(&e)),
                        body: first_of(&c, Rule::block).map(|b| self.block(&b)),
                        span: self.span(&c),
                    })
                    .collect(),
            },
            Rule::return_stmt => StatementKind::Return,
            Rule::exit_stmt => StatementKind::Exit,
            Rule::empty_stmt => StatementKind::Empty,
            Rule::local_decl => match self.declaration(pair) {
                Some(declaration) => StatementKind::Declaration(Box::new(declaration)),
                None => StatementKind::Empty,
            },
            Rule::expr_stmt => {
                let mut exprs = kids_of(pair, Rule::expression).map(|e| self.expr(&e));
                match (exprs.next(), exprs.next()) {
                    (Some(lhs), Some(rhs)) => StatementKind::Assign { lhs, rhs },
                    (Some(call), None) => {
                        // (A placeholder left by the nesting limit is not worth a second error.)
                        if !matches!(call.kind, ExprKind::Call { .. }) && !self.ctx.too_deep_reported.get() {
                            self.error(
                                Diagnostic::error(
                                    "E0001",
                                    "expected `=` or a call: this expression is not a statement",
                                )
                                .primary(call.span, "not a call or an assignment")
                                .help("only assignments `lhs = rhs;` and calls `f(args);` can be statements"),
                            );
                        }
                        StatementKind::Call(call)
                    }
                    _ => {
                        self.internal(pair, "expression");
                        StatementKind::Empty
                    }
                }
            }
            _ => {
                self.internal(pair, "statement");
                StatementKind::Empty
            }
        }
    }

    // -------------------------------------------------------------------------------- types

    /// The first `type_ref` child.
    fn type_of(&self, pair: &P<'_>) -> TypeRef {
        match first_of(pair, Rule::type_ref) {
            Some(ty) => self.type_ref(&ty),
            None => {
                self.internal(pair, "type");
                TypeRef { kind: TypeRefKind::DontCare, span: self.span(pair) }
            }
        }
    }

    fn type_ref(&self, pair: &P<'_>) -> TypeRef {
        let span = self.span(pair);
        if !self.enter(span) {
            return TypeRef { kind: TypeRefKind::DontCare, span };
        }
        let ty = self.type_ref_inner(pair, span);
        self.leave();
        ty
    }

    fn type_ref_inner(&self, pair: &P<'_>, span: Span) -> TypeRef {
        let parts = kids(pair);
        let Some(base) = parts.first() else {
            self.internal(pair, "type");
            return TypeRef { kind: TypeRefKind::DontCare, span };
        };
        let base_span = self.span(base);
        let base_ty = match base.as_rule() {
            Rule::bit_type => TypeRef {
                kind: TypeRefKind::Bit(Box::new(match first_of(base, Rule::width) {
                    Some(width) => self.width(&width),
                    None => Expr { kind: ExprKind::Int { value: 1, width: None, signed: false }, span: base_span },
                })),
                span: base_span,
            },
            Rule::int_type => TypeRef { kind: TypeRefKind::Int(Box::new(self.width_of(base))), span: base_span },
            Rule::varbit_type => TypeRef { kind: TypeRefKind::Varbit(Box::new(self.width_of(base))), span: base_span },
            Rule::kw_bool => TypeRef { kind: TypeRefKind::Bool, span: base_span },
            Rule::kw_void => TypeRef { kind: TypeRefKind::Void, span: base_span },
            Rule::kw_error => TypeRef { kind: TypeRefKind::Error, span: base_span },
            Rule::named_type => self.named_type(base),
            Rule::dont_care => TypeRef { kind: TypeRefKind::DontCare, span: base_span },
            _ => {
                self.internal(pair, "type");
                TypeRef { kind: TypeRefKind::DontCare, span: base_span }
            }
        };
        match first_of(pair, Rule::stack_size) {
            Some(size) => TypeRef {
                kind: TypeRefKind::Stack { element: Box::new(base_ty), size: Box::new(self.expr_of(&size)) },
                span,
            },
            None => base_ty,
        }
    }

    fn named_type(&self, pair: &P<'_>) -> TypeRef {
        let span = self.span(pair);
        let name = self.ident_of(pair, Rule::ident);
        let args: Vec<TypeRef> = match first_of(pair, Rule::type_args) {
            Some(list) => kids(&list).iter().map(|a| self.type_arg(a)).collect(),
            None => {
                if let Some(ty) = self.expand_type_macro(&name) {
                    return ty;
                }
                Vec::new()
            }
        };
        TypeRef { kind: TypeRefKind::Named { name, args }, span }
    }

    fn type_arg(&self, pair: &P<'_>) -> TypeRef {
        match pair.as_rule() {
            Rule::dont_care => TypeRef { kind: TypeRefKind::DontCare, span: self.span(pair) },
            _ => self.type_ref(pair),
        }
    }

    fn width_of(&self, pair: &P<'_>) -> Expr {
        match first_of(pair, Rule::width) {
            Some(width) => self.width(&width),
            None => {
                self.internal(pair, "width");
                Expr { kind: ExprKind::DontCare, span: self.span(pair) }
            }
        }
    }

    /// `N`, `NAME` or `(expr)` inside `bit<...>`.
    fn width(&self, pair: &P<'_>) -> Expr {
        let Some(inner) = kids(pair).into_iter().next() else {
            self.internal(pair, "width");
            return Expr { kind: ExprKind::DontCare, span: self.span(pair) };
        };
        match inner.as_rule() {
            Rule::number => self.number(&inner),
            Rule::name => self.name_expr(&inner).0,
            _ => self.expr(&inner),
        }
    }

    // -------------------------------------------------------------------------------- expressions

    /// The first `expression` child.
    fn expr_of(&self, pair: &P<'_>) -> Expr {
        match first_of(pair, Rule::expression) {
            Some(e) => self.expr(&e),
            None => {
                self.internal(pair, "expression");
                Expr { kind: ExprKind::DontCare, span: self.span(pair) }
            }
        }
    }

    fn expr(&self, pair: &P<'_>) -> Expr {
        self.expr_site(pair).0
    }

    /// Fold an `expression` pair with the Pratt parser.
    fn expr_site(&self, pair: &P<'_>) -> Pe {
        let span = self.span(pair);
        let placeholder = || (Expr { kind: ExprKind::DontCare, span }, span, 1);
        if pair.as_rule() != Rule::expression {
            self.internal(pair, "expression");
            return placeholder();
        }
        // The Pratt parser recurses once per prefix operator and per `?:`; bound both up front.
        let mut run = 0u32;
        let mut longest_run = 0u32;
        let mut ternaries = 0u32;
        for child in pair.clone().into_inner() {
            if is_prefix(child.as_rule()) {
                run += 1;
                longest_run = longest_run.max(run);
            } else {
                run = 0;
            }
            if child.as_rule() == Rule::ternary_op {
                ternaries += 1;
            }
        }
        if longest_run + ternaries >= MAX_EXPR_DEPTH {
            self.too_deep(span, "too many operators in one expression");
            return placeholder();
        }
        if !self.enter(span) {
            return placeholder();
        }
        let result = pratt()
            .map_primary(|p| self.primary(&p))
            .map_prefix(|op, operand| self.prefix(&op, operand))
            .map_postfix(|operand, op| self.postfix(operand, &op))
            .map_infix(|lhs, op, rhs| self.infix(lhs, &op, rhs))
            .parse(pair.clone().into_inner());
        self.leave();
        result
    }

    /// Check the depth of a new node; past [`MAX_EXPR_DEPTH`] it is replaced by a placeholder.
    fn node(&self, kind: ExprKind, site: Span, depth: u32) -> Pe {
        if depth > MAX_EXPR_DEPTH {
            self.too_deep(site, &format!("an expression tree deeper than {MAX_EXPR_DEPTH} levels"));
            return (Expr { kind: ExprKind::DontCare, span: site }, site, 1);
        }
        (Expr { kind, span: site }, site, depth)
    }

    fn primary(&self, pair: &P<'_>) -> Pe {
        let span = self.span(pair);
        match pair.as_rule() {
            Rule::number => (self.number(pair), span, 2),
            Rule::bool_lit => (Expr { kind: ExprKind::Bool(pair.as_str() == "true"), span }, span, 1),
            Rule::string_lit => (Expr { kind: ExprKind::String(unescape(pair.as_str())), span }, span, 1),
            Rule::error_member => {
                (Expr { kind: ExprKind::ErrorMember(self.ident_of(pair, Rule::member_name)), span }, span, 1)
            }
            Rule::dont_care => (Expr { kind: ExprKind::DontCare, span }, span, 1),
            Rule::paren_expr => match first_of(pair, Rule::expression) {
                Some(inner) => {
                    let (e, _, depth) = self.expr_site(&inner);
                    (e, span, depth)
                }
                None => {
                    self.internal(pair, "expression");
                    (Expr { kind: ExprKind::DontCare, span }, span, 1)
                }
            },
            Rule::struct_init => {
                let mut depth = 0;
                let fields = kids_of(pair, Rule::kv_pair)
                    .map(|kv| {
                        let (value, _, d) = match first_of(&kv, Rule::expression) {
                            Some(e) => self.expr_site(&e),
                            None => (Expr { kind: ExprKind::DontCare, span }, span, 1),
                        };
                        depth = depth.max(d);
                        (self.ident_of(&kv, Rule::name), value)
                    })
                    .collect();
                self.node(ExprKind::StructInit(fields), span, depth + 1)
            }
            Rule::list_expr => {
                let mut depth = 0;
                let items = kids_of(pair, Rule::expression)
                    .map(|e| {
                        let (value, _, d) = self.expr_site(&e);
                        depth = depth.max(d);
                        value
                    })
                    .collect();
                self.node(ExprKind::List(items), span, depth + 1)
            }
            Rule::dot_name => (Expr { kind: ExprKind::Name(self.ident_of(pair, Rule::name)), span }, span, 1),
            Rule::name_expr => match first_of(pair, Rule::name) {
                Some(name) => self.name_expr(&name),
                None => {
                    self.internal(pair, "name");
                    (Expr { kind: ExprKind::DontCare, span }, span, 1)
                }
            },
            _ => {
                self.internal(pair, "primary expression");
                (Expr { kind: ExprKind::DontCare, span }, span, 1)
            }
        }
    }

    /// A name in expression position: a macro's body if it names one, else `ExprKind::Name`.
    fn name_expr(&self, pair: &P<'_>) -> Pe {
        let id = self.ident(pair);
        let span = id.span;
        match self.expand_expr_macro(&id) {
            Some((e, depth)) => (e, span, depth),
            None => (Expr { kind: ExprKind::Name(id), span }, span, 1),
        }
    }

    fn prefix(&self, op: &P<'_>, (operand, site, depth): Pe) -> Pe {
        let span = self.span(op).to(site);
        let kind = match op.as_rule() {
            Rule::cast => ExprKind::Cast { ty: self.type_of(op), operand: Box::new(operand) },
            Rule::not_op => ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(operand) },
            Rule::complement_op => ExprKind::Unary { op: UnaryOp::Complement, operand: Box::new(operand) },
            Rule::negate_op => ExprKind::Unary { op: UnaryOp::Negate, operand: Box::new(operand) },
            _ => ExprKind::Unary { op: UnaryOp::Plus, operand: Box::new(operand) },
        };
        self.node(kind, span, depth + 1)
    }

    fn postfix(&self, (base, site, depth): Pe, op: &P<'_>) -> Pe {
        let span = site.to(self.span(op));
        let base = Box::new(base);
        match op.as_rule() {
            Rule::member_op => {
                self.node(ExprKind::Member { base, member: self.ident_of(op, Rule::member_name) }, span, depth + 1)
            }
            Rule::bracket_op => {
                let mut parts = kids_of(op, Rule::expression).map(|e| self.expr_site(&e));
                match (parts.next(), parts.next()) {
                    (Some((hi, _, d1)), Some((lo, _, d2))) => self.node(
                        ExprKind::Slice { base, hi: Box::new(hi), lo: Box::new(lo) },
                        span,
                        depth.max(d1).max(d2) + 1,
                    ),
                    (Some((index, _, d)), None) => {
                        self.node(ExprKind::Index { base, index: Box::new(index) }, span, depth.max(d) + 1)
                    }
                    _ => {
                        self.internal(op, "index");
                        (*base, site, depth)
                    }
                }
            }
            _ => {
                let type_args = first_of(op, Rule::type_args)
                    .map(|list| kids(&list).iter().map(|a| self.type_arg(a)).collect())
                    .unwrap_or_default();
                let args = first_of(op, Rule::call_args).map(|a| self.arguments(&a)).unwrap_or_default();
                self.node(ExprKind::Call { callee: base, type_args, args }, span, depth + 1)
            }
        }
    }

    fn infix(&self, (lhs, lsite, ld): Pe, op: &P<'_>, (rhs, rsite, rd): Pe) -> Pe {
        let span = lsite.to(rsite);
        let depth = ld.max(rd) + 1;
        if op.as_rule() == Rule::ternary_op {
            let (middle, _, md) = match first_of(op, Rule::expression) {
                Some(e) => self.expr_site(&e),
                None => (Expr { kind: ExprKind::DontCare, span }, span, 1),
            };
            return self.node(
                ExprKind::Ternary { cond: Box::new(lhs), then_value: Box::new(middle), else_value: Box::new(rhs) },
                span,
                depth.max(md + 1),
            );
        }
        let Some(bin) = binary_op(op.as_rule()) else {
            self.internal(op, "operator");
            return (lhs, lsite, ld);
        };
        self.node(ExprKind::Binary { op: bin, lhs: Box::new(lhs), rhs: Box::new(rhs) }, span, depth)
    }

    fn arguments(&self, pair: &P<'_>) -> Vec<Argument> {
        kids_of(pair, Rule::argument)
            .map(|arg| {
                let value = kids(&arg).into_iter().find(|c| c.as_rule() != Rule::name);
                Argument {
                    name: first_of(&arg, Rule::name).map(|n| self.ident(&n)),
                    value: match value {
                        Some(v) if v.as_rule() == Rule::expression => Some(self.expr(&v)),
                        _ => None,
                    },
                    span: self.span(&arg),
                }
            })
            .collect()
    }

    // -------------------------------------------------------------------------------- literals

    fn number(&self, pair: &P<'_>) -> Expr {
        let span = self.span(pair);
        match decode_int(pair.as_str()) {
            Ok(lit) => {
                let int = Expr { kind: ExprKind::Int { value: lit.value, width: lit.width, signed: lit.signed }, span };
                if lit.negative {
                    Expr { kind: ExprKind::Unary { op: UnaryOp::Negate, operand: Box::new(int) }, span }
                } else {
                    int
                }
            }
            Err(message) => {
                self.error(Diagnostic::error("E0006", message).primary(span, "invalid integer literal"));
                Expr { kind: ExprKind::Int { value: 0, width: None, signed: false }, span }
            }
        }
    }

    // -------------------------------------------------------------------------------- macros

    /// The macro named by `id` at its use, if any and not already being expanded.
    fn macro_at(&self, id: &Ident) -> Option<Rc<MacroDef>> {
        let def = self.ctx.macros.lookup(&id.name, self.lookup_offset(id.span))?;
        if self.ctx.expanding.borrow().contains(&id.name) {
            return None;
        }
        Some(def)
    }

    /// Parse a macro body with `rule` and build it with `build`, spans pointing into the `#define`.
    fn expand<T>(
        &self,
        id: &Ident,
        def: &MacroDef,
        rule: Rule,
        build: impl FnOnce(&Builder<'_, '_>, P<'_>) -> T,
    ) -> Option<T> {
        if !self.enter(id.span) {
            return None;
        }
        let result = match P4Parser::parse(rule, &def.body) {
            Ok(mut pairs) => pairs.next().and_then(|top| top.into_inner().next()).map(|inner| {
                let sub = Builder {
                    ctx: self.ctx,
                    file: def.file,
                    base: def.body_start,
                    use_offset: Some(self.lookup_offset(id.span)),
                };
                self.ctx.expanding.borrow_mut().push(def.name.clone());
                let built = build(&sub, inner);
                self.ctx.expanding.borrow_mut().pop();
                built
            }),
            Err(err) => {
                let what = if rule == Rule::type_only { "a type" } else { "an expression" };
                self.error(
                    syntax_error(&def.body, def.file, def.body_start, rule, err)
                        .secondary(id.span, format!("macro `{}` used here as {what}", id.name)),
                );
                None
            }
        };
        self.leave();
        result
    }

    fn expand_expr_macro(&self, id: &Ident) -> Option<(Expr, u32)> {
        let def = self.macro_at(id)?;
        if def.is_empty() {
            self.error(
                Diagnostic::error(
                    "E0007",
                    format!("macro `{}` has an empty body and cannot be used as a value", id.name),
                )
                .primary(id.span, "used as a value here")
                .secondary(Span::new(def.file, def.body_start, def.body_start), "defined here"),
            );
            return None;
        }
        self.expand(id, &def, Rule::expr_only, |sub, e| {
            let (expr, _, depth) = sub.expr_site(&e);
            (expr, depth)
        })
    }

    fn expand_type_macro(&self, id: &Ident) -> Option<TypeRef> {
        let def = self.macro_at(id)?;
        if def.is_empty() {
            self.error(
                Diagnostic::error(
                    "E0007",
                    format!("macro `{}` has an empty body and cannot be used as a type", id.name),
                )
                .primary(id.span, "used as a type here")
                .secondary(Span::new(def.file, def.body_start, def.body_start), "defined here"),
            );
            return None;
        }
        self.expand(id, &def, Rule::type_only, |sub, t| sub.type_ref(&t))
    }
}

/// Rules that are statements (children of blocks, states and `if`).
fn is_statement(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::block
            | Rule::if_stmt
            | Rule::switch_stmt
            | Rule::return_stmt
            | Rule::exit_stmt
            | Rule::empty_stmt
            | Rule::local_decl
            | Rule::expr_stmt
    )
}

/// The text of a string literal without its quotes, with `\"`, `\\`, `\n`, `\t` and `\r` decoded.
fn unescape(literal: &str) -> String {
    let inner = literal.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(literal);
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A decoded integer literal. `negative` is set for the `8s-1` form, built as `-(8s1)`.
#[derive(Debug, PartialEq, Eq)]
struct IntLiteral {
    value: u128,
    width: Option<u16>,
    signed: bool,
    negative: bool,
}

/// Decode `1_000`, `0x800`, `0b1010`, `0o17`, `16w0x800`, `8s5`, `8s-1`. Errors (E0006 messages):
/// bad digits, no digits, more than 128 bits, a bad width, a value that does not fit its width.
fn decode_int(text: &str) -> Result<IntLiteral, String> {
    let digits_end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (width, signed, rest) = match text[digits_end..].chars().next() {
        Some(marker @ ('w' | 's')) if digits_end > 0 => {
            let width_text = &text[..digits_end];
            let width = width_text
                .parse::<u32>()
                .ok()
                .filter(|w| *w <= u32::from(u16::MAX))
                .ok_or_else(|| format!("integer width `{width_text}` is too large"))?;
            if width == 0 {
                return Err("integer width must be at least 1".to_string());
            }
            (Some(width as u16), marker == 's', &text[digits_end + 1..])
        }
        _ => (None, false, text),
    };
    let (negative, rest) = match rest.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let lower = rest.get(..2).map(|p| p.to_ascii_lowercase());
    let (radix, base_name, digits) = match lower.as_deref() {
        Some("0x") => (16, "hexadecimal", &rest[2..]),
        Some("0b") => (2, "binary", &rest[2..]),
        Some("0o") => (8, "octal", &rest[2..]),
        Some("0d") => (10, "decimal", &rest[2..]),
        _ => (10, "decimal", rest),
    };
    if !digits.chars().any(|c| c != '_') {
        return Err(format!("integer literal `{text}` has no digits"));
    }
    let mut value: u128 = 0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let digit =
            c.to_digit(radix).ok_or_else(|| format!("invalid digit `{c}` in {base_name} integer literal `{text}`"))?;
        value = value
            .checked_mul(u128::from(radix))
            .and_then(|v| v.checked_add(u128::from(digit)))
            .ok_or_else(|| format!("integer literal `{text}` is too large (it does not fit in 128 bits)"))?;
    }
    if let Some(w) = width {
        let w = u32::from(w);
        // Largest magnitude allowed: 2^w - 1 unsigned; 2^(w-1) - 1 signed, or 2^(w-1) when negative.
        let fits = if signed {
            let bits = w - 1;
            match 1u128.checked_shl(bits).filter(|_| bits < 128) {
                Some(limit) => value < limit || (negative && value == limit),
                None => true,
            }
        } else {
            match 1u128.checked_shl(w).filter(|_| w < 128) {
                Some(limit) => value < limit,
                None => true,
            }
        };
        if !fits {
            let kind = if signed { " (signed)" } else { "" };
            return Err(format!("integer literal does not fit in {w} bits{kind}: `{text}`"));
        }
    }
    Ok(IntLiteral { value, width, signed, negative })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_literals() {
        let lit = |s| decode_int(s).map(|l| (l.value, l.width, l.signed, l.negative));
        assert_eq!(lit("1_000"), Ok((1000, None, false, false)));
        assert_eq!(lit("0x800"), Ok((0x800, None, false, false)));
        assert_eq!(lit("16w0x800"), Ok((0x800, Some(16), false, false)));
        assert_eq!(lit("8s5"), Ok((5, Some(8), true, false)));
        assert_eq!(lit("8s-1"), Ok((1, Some(8), true, true)));
        assert_eq!(lit("8s-128"), Ok((128, Some(8), true, true)));
        assert_eq!(lit("0b1010"), Ok((10, None, false, false)));
        assert_eq!(lit("0o17"), Ok((15, None, false, false)));
        assert_eq!(lit("128w0xffffffffffffffffffffffffffffffff"), Ok((u128::MAX, Some(128), false, false)));
        assert!(lit("8w256").is_err());
        assert!(lit("8s128").is_err());
        assert!(lit("0b102").is_err());
        assert!(lit("12abc").is_err());
        assert!(lit("0x").is_err());
        assert!(lit("0w1").is_err());
        assert!(lit("99999999999w1").is_err());
        assert!(lit("1000000000000000000000000000000000000000000").is_err());
    }
}
