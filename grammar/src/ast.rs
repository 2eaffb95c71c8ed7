//! The abstract syntax tree of flowmark's P4-16 dialect. It mirrors the source closely (no name
//! resolution, no types checked): the semantic analysis in `flowmark-compiler` resolves it and lowers
//! it to IR. Every node that a diagnostic may point at carries a [`Span`].
//!
//! Preprocessing leaves its mark here only through spans: `#include`d declarations are spliced into
//! [`Program::declarations`] at the include's position (their spans point into the included file),
//! and an identifier that names an object-like `#define` is replaced by the macro's parsed body
//! (spans point into the `#define` line).

use crate::source::Span;

/// An identifier with its location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A whole program after preprocessing: declarations of the main file and of everything it includes,
/// in source order.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub declarations: Vec<Declaration>,
}

/// `@name` or `@name(tokens...)`: parsed and kept, mostly ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub name: Ident,
    /// The raw text between the parentheses, if any.
    pub body: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Declaration {
    pub annotations: Vec<Annotation>,
    pub kind: DeclarationKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DeclarationKind {
    /// `typedef T name;` (also `type T name;`)
    Typedef { ty: TypeRef, name: Ident },
    /// `const T name = value;`
    Constant { ty: TypeRef, name: Ident, value: Expr },
    /// `header name { fields }`
    Header { name: Ident, fields: Vec<FieldDecl> },
    /// `struct name { fields }`
    Struct { name: Ident, fields: Vec<FieldDecl> },
    /// `enum name { A, B }` or `enum bit<8> name { A = 1, B = 2 }`
    Enum { underlying: Option<TypeRef>, name: Ident, members: Vec<EnumMember> },
    /// `error { A, B }`
    Error { members: Vec<Ident> },
    /// `match_kind { a, b }`
    MatchKind { members: Vec<Ident> },
    /// `extern Name<T> { constructors and methods }`
    ExternObject { name: Ident, type_params: Vec<Ident>, methods: Vec<MethodPrototype> },
    /// `extern R name<T>(params);`
    ExternFunction(MethodPrototype),
    /// `action name(params) { body }` (top level or inside a control)
    Action(ActionDecl),
    /// `parser name<T>(params);` — a parser type, no body.
    ParserType { name: Ident, type_params: Vec<Ident>, params: Vec<Param> },
    /// `control name<T>(params);` — a control type, no body.
    ControlType { name: Ident, type_params: Vec<Ident>, params: Vec<Param> },
    /// `package name<T>(params);`
    PackageType { name: Ident, type_params: Vec<Ident>, params: Vec<Param> },
    /// `parser name(params) { locals states }`
    Parser(ParserDecl),
    /// `control name(params) { locals apply { } }`
    Control(ControlDecl),
    /// `Type<args>(ctor args) name;` — an extern or package instance (e.g. `ebpfFilter(prs(), pipe()) main;`).
    Instantiation(Instantiation),
    /// A `table` (only valid inside a control; kept here so locals share one type).
    Table(TableDecl),
    /// A local variable: `T name;` or `T name = value;` (inside controls and parsers).
    Variable { ty: TypeRef, name: Ident, init: Option<Expr> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDecl {
    pub annotations: Vec<Annotation>,
    pub ty: TypeRef,
    pub name: Ident,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumMember {
    pub name: Ident,
    pub value: Option<Expr>,
}

/// A reference to a type as written.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeRef {
    pub kind: TypeRefKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeRefKind {
    /// `bit<N>`; `bit` alone is `bit<1>`.
    Bit(Box<Expr>),
    /// `int<N>`
    Int(Box<Expr>),
    /// `varbit<N>` (parsed; rejected by semantic analysis)
    Varbit(Box<Expr>),
    Bool,
    Void,
    /// `error`
    Error,
    /// `packet_in`, `Headers_t`, `Hint<flow_key_t>`, ...
    Named { name: Ident, args: Vec<TypeRef> },
    /// `T[N]`: a header stack.
    Stack { element: Box<TypeRef>, size: Box<Expr> },
    /// `_` in type-argument position (don't care).
    DontCare,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    None,
    In,
    Out,
    InOut,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub annotations: Vec<Annotation>,
    pub direction: Direction,
    pub ty: TypeRef,
    pub name: Ident,
    /// `= value` default (parsed, rarely used).
    pub default: Option<Expr>,
    pub span: Span,
}

/// A method or constructor inside an extern, or an extern function.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodPrototype {
    pub annotations: Vec<Annotation>,
    /// `None` for a constructor (`CounterArray(bit<32> max_index, bool sparse);`).
    pub return_type: Option<TypeRef>,
    pub name: Ident,
    pub type_params: Vec<Ident>,
    pub params: Vec<Param>,
    /// `abstract` methods (parsed, rejected).
    pub is_abstract: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActionDecl {
    pub name: Ident,
    pub params: Vec<Param>,
    pub body: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParserDecl {
    pub name: Ident,
    pub type_params: Vec<Ident>,
    pub params: Vec<Param>,
    /// Constructor parameters `parser p(...)(bit<32> x)` (parsed, rejected if present).
    pub constructor_params: Vec<Param>,
    /// Local declarations: variables, constants, extern instances.
    pub locals: Vec<Declaration>,
    pub states: Vec<ParserState>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParserState {
    pub annotations: Vec<Annotation>,
    pub name: Ident,
    pub statements: Vec<Statement>,
    /// `None` when the state has no `transition` (P4 then rejects: semantic analysis reports it).
    pub transition: Option<Transition>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Transition {
    /// `transition name;`
    Direct(Ident),
    /// `transition select(exprs) { cases }`
    Select { exprs: Vec<Expr>, cases: Vec<SelectCase>, span: Span },
}

#[derive(Clone, Debug, PartialEq)]
pub struct SelectCase {
    /// One keyset per select expression; a single `default`/`_` stands for all.
    pub keysets: Vec<Keyset>,
    pub next: Ident,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Keyset {
    /// `default` or `_`
    Default(Span),
    /// A value: `0x800`
    Value(Expr),
    /// `value &&& mask`
    Mask(Expr, Expr),
    /// `lo .. hi`
    Range(Expr, Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ControlDecl {
    pub name: Ident,
    pub type_params: Vec<Ident>,
    pub params: Vec<Param>,
    pub constructor_params: Vec<Param>,
    /// Actions, tables, variables, constants and extern instances, in order.
    pub locals: Vec<Declaration>,
    pub apply: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Instantiation {
    pub ty: TypeRef,
    pub args: Vec<Expr>,
    pub name: Ident,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableDecl {
    pub name: Ident,
    pub properties: Vec<TableProperty>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableProperty {
    pub annotations: Vec<Annotation>,
    /// `const` before the property (`const default_action = ...`, `const entries = ...`).
    pub is_const: bool,
    pub kind: TablePropertyKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TablePropertyKind {
    /// `key = { expr : match_kind; ... }`
    Key(Vec<KeyElement>),
    /// `actions = { a; b; }`
    Actions(Vec<ActionRef>),
    /// `default_action = a(args);`
    DefaultAction(ActionRef),
    /// `entries = { keyset : action(args); ... }`
    Entries(Vec<TableEntry>),
    /// Any other `name = expr;` (`size = 1024;`, `implementation = hash_table(64);`).
    Other { name: Ident, value: Expr },
}

#[derive(Clone, Debug, PartialEq)]
pub struct KeyElement {
    pub annotations: Vec<Annotation>,
    pub expr: Expr,
    pub match_kind: Ident,
    pub span: Span,
}

/// `name` or `name(args)` in `actions`, `default_action` and entries.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionRef {
    pub annotations: Vec<Annotation>,
    pub name: Ident,
    /// `None` when written without parentheses.
    pub args: Option<Vec<Argument>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableEntry {
    /// One keyset per key element (a tuple `(a, b)` or a single keyset).
    pub keysets: Vec<Keyset>,
    pub action: ActionRef,
    /// `priority = N :` (P4 1.2.2 style) if written.
    pub priority: Option<Expr>,
    pub span: Span,
}

/// A call argument, positional or named (`f(x = 1)`).
#[derive(Clone, Debug, PartialEq)]
pub struct Argument {
    pub name: Option<Ident>,
    /// `None` for `_` (don't care).
    pub value: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub statements: Vec<Statement>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StatementKind {
    /// `lhs = rhs;`
    Assign { lhs: Expr, rhs: Expr },
    /// A call used as a statement: `p.extract(h.eth);`, `t.apply();`, `a(1);`, `h.setValid();`
    Call(Expr),
    If { cond: Expr, then_branch: Block, else_branch: Option<Block> },
    /// `switch (expr) { label: { } label: default: { } }`
    Switch { expr: Expr, cases: Vec<SwitchCase> },
    Block(Block),
    /// `return;` (in actions and controls)
    Return,
    /// `exit;`
    Exit,
    /// `;`
    Empty,
    /// A local declaration inside a block (variable or constant).
    Declaration(Box<Declaration>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchCase {
    /// `None` for `default`.
    pub label: Option<Expr>,
    /// `None` for a fall-through label (`a: b: { }` gives `a` no body).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An integer literal. `width` and `signed` come from `16w5` / `8s-1`; plain `5` has `width: None`.
    Int { value: u128, width: Option<u16>, signed: bool },
    Bool(bool),
    /// A string literal (annotations, rarely elsewhere).
    String(String),
    /// A plain name: a variable, constant, parameter, action, table, enum type, instance...
    Name(Ident),
    /// `.name` (top-level scope access) — parsed as Name with a leading dot; rare.
    /// `base.member`: fields, `.next`, `.last`, `.hit`, `.action_run`, enum members, methods.
    Member { base: Box<Expr>, member: Ident },
    /// `base[index]`
    Index { base: Box<Expr>, index: Box<Expr> },
    /// `base[hi:lo]`
    Slice { base: Box<Expr>, hi: Box<Expr>, lo: Box<Expr> },
    /// `callee<type args>(args)`
    Call { callee: Box<Expr>, type_args: Vec<TypeRef>, args: Vec<Argument> },
    Unary { op: UnaryOp, operand: Box<Expr> },
    Binary { op: BinaryOp, lhs: Box<Expr>, rhs: Box<Expr> },
    /// `cond ? a : b`
    Ternary { cond: Box<Expr>, then_value: Box<Expr>, else_value: Box<Expr> },
    /// `(T) expr`
    Cast { ty: TypeRef, operand: Box<Expr> },
    /// `{ a, b, c }`: a tuple or struct-valued list expression (used for keys of `Hint`/`Map`).
    List(Vec<Expr>),
    /// `{ f = a, g = b }`: a struct-valued expression with named fields.
    StructInit(Vec<(Ident, Expr)>),
    /// `error.Name`
    ErrorMember(Ident),
    /// `_` in expression position (don't care).
    DontCare,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `!`
    Not,
    /// `~`
    Complement,
    /// `-`
    Negate,
    /// `+`
    Plus,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Mul,
    Div,
    Mod,
    Add,
    Sub,
    /// `|+|` saturating add
    AddSat,
    /// `|-|` saturating subtract
    SubSat,
    Shl,
    Shr,
    Le,
    Ge,
    Lt,
    Gt,
    Eq,
    Ne,
    BitAnd,
    BitXor,
    BitOr,
    /// `++`
    Concat,
    And,
    Or,
}

impl BinaryOp {
    /// The operator as written in source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Mod => "%",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::AddSat => "|+|",
            BinaryOp::SubSat => "|-|",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::Le => "<=",
            BinaryOp::Ge => ">=",
            BinaryOp::Lt => "<",
            BinaryOp::Gt => ">",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::BitAnd => "&",
            BinaryOp::BitXor => "^",
            BinaryOp::BitOr => "|",
            BinaryOp::Concat => "++",
            BinaryOp::And => "&&",
            BinaryOp::Or => "||",
        }
    }
}
