//! Tokens of one STF / entries line and number parsing. A line is split into words (anything
//! without whitespace or punctuation, so `headers.ipv4.srcAddr`, `0x0a000000/8`, `1..5`,
//! `0x**01` and `0800**01$` are single words) and the punctuation `: ( ) , = == => != < <= > >=`.
//! Everything after `#` is a comment.

use std::fmt;

use crate::ir::{mask, Type};

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    Word(String),
    Colon,
    LParen,
    RParen,
    Comma,
    Assign,
    EqEq,
    Arrow,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Tok::Word(w) => return write!(f, "`{w}`"),
            Tok::Colon => ":",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::Comma => ",",
            Tok::Assign => "=",
            Tok::EqEq => "==",
            Tok::Arrow => "=>",
            Tok::Ne => "!=",
            Tok::Lt => "<",
            Tok::Le => "<=",
            Tok::Gt => ">",
            Tok::Ge => ">=",
        };
        write!(f, "`{s}`")
    }
}

fn is_punct(c: char) -> bool {
    matches!(c, ':' | '(' | ')' | ',' | '=' | '<' | '>' | '!')
}

/// Split one line (comment already allowed) into tokens.
pub(crate) fn tokenize(line: &str) -> Result<Vec<Tok>, String> {
    let line = line.split('#').next().unwrap_or("");
    let mut toks = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        if !is_punct(c) {
            let mut word = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || is_punct(c) {
                    break;
                }
                word.push(c);
                chars.next();
            }
            toks.push(Tok::Word(word));
            continue;
        }
        chars.next();
        let next_is_eq = chars.peek() == Some(&'=');
        let tok = match c {
            ':' => Tok::Colon,
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            ',' => Tok::Comma,
            '=' if next_is_eq => Tok::EqEq,
            '=' if chars.peek() == Some(&'>') => Tok::Arrow,
            '=' => Tok::Assign,
            '<' if next_is_eq => Tok::Le,
            '<' => Tok::Lt,
            '>' if next_is_eq => Tok::Ge,
            '>' => Tok::Gt,
            '!' if next_is_eq => Tok::Ne,
            _ => return Err(format!("unexpected character `{c}`")),
        };
        if matches!(tok, Tok::EqEq | Tok::Arrow | Tok::Le | Tok::Ge | Tok::Ne) {
            chars.next();
        }
        toks.push(tok);
    }
    Ok(toks)
}

/// A cursor over the tokens of one line.
#[derive(Debug)]
pub(crate) struct Toks {
    toks: Vec<Tok>,
    pos: usize,
}

impl Toks {
    pub fn new(toks: Vec<Tok>) -> Self {
        Toks { toks, pos: 0 }
    }
    pub fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    pub fn peek_at(&self, ahead: usize) -> Option<&Tok> {
        self.toks.get(self.pos + ahead)
    }
    pub fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        if t.is_some() {
            self.pos += 1;
        }
        t
    }
    pub fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }
    /// Consume `tok` if it is next.
    pub fn eat(&mut self, tok: &Tok) -> bool {
        if self.peek() == Some(tok) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    /// The next token must be a word.
    pub fn word(&mut self, what: &str) -> Result<String, String> {
        match self.next() {
            Some(Tok::Word(w)) => Ok(w),
            Some(t) => Err(format!("expected {what}, found {t}")),
            None => Err(format!("expected {what} at the end of the line")),
        }
    }
    /// The next token must be `tok`.
    pub fn expect(&mut self, tok: &Tok, context: &str) -> Result<(), String> {
        match self.next() {
            Some(t) if &t == tok => Ok(()),
            Some(t) => Err(format!("expected {tok} {context}, found {t}")),
            None => Err(format!("expected {tok} {context} at the end of the line")),
        }
    }
    /// Nothing may follow.
    pub fn end(&mut self) -> Result<(), String> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(format!("unexpected {t} at the end of the statement")),
        }
    }
    /// True when the next tokens are `word :`.
    pub fn at_field(&self) -> bool {
        matches!(self.peek(), Some(Tok::Word(_))) && self.peek_at(1) == Some(&Tok::Colon)
    }
}

/// Parse an unsigned number: decimal, `0x` hex, `0b` binary, `0o` octal, a dotted IPv4 address,
/// `true`/`false`; `_` separators are ignored.
pub(crate) fn parse_number(text: &str) -> Result<u128, String> {
    let s: String = text.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(h) = lower.strip_prefix("0x") {
        (h, 16)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (b, 2)
    } else if let Some(o) = lower.strip_prefix("0o") {
        (o, 8)
    } else if lower == "true" {
        return Ok(1);
    } else if lower == "false" {
        return Ok(0);
    } else if lower.split('.').count() == 4 {
        let mut value = 0u128;
        for part in lower.split('.') {
            let byte: u8 = part.parse().map_err(|_| format!("bad IPv4 address `{text}`"))?;
            value = (value << 8) | u128::from(byte);
        }
        return Ok(value);
    } else {
        (lower.as_str(), 10)
    };
    if digits.is_empty() {
        return Err(format!("bad number `{text}`"));
    }
    u128::from_str_radix(digits, radix).map_err(|e| match e.kind() {
        std::num::IntErrorKind::PosOverflow => format!("number `{text}` is too large"),
        _ => format!("bad number `{text}`"),
    })
}

/// Parse a number for a value of type `ty`: a leading `-` gives the two's complement, and the
/// value must fit the type.
pub(crate) fn parse_typed(text: &str, ty: Type) -> Result<u128, String> {
    let width = ty.width();
    if let Some(rest) = text.strip_prefix('-') {
        let magnitude = parse_number(rest)?;
        let limit = if width == 0 { 0 } else { 1u128 << (width.min(128) - 1) };
        if magnitude > limit {
            return Err(format!("value `{text}` does not fit {}", type_name(ty)));
        }
        let value = magnitude.wrapping_neg() & mask(width);
        return Ok(value);
    }
    let value = parse_number(text)?;
    if value & !mask(width) != 0 {
        return Err(format!("value `{text}` does not fit {}", type_name(ty)));
    }
    Ok(value)
}

/// Parse a ternary constant with `*` digits (`0x**01`, `0b1*0*`): value and mask, where the mask
/// is all ones over `ty`'s width except the wildcard digits.
pub(crate) fn parse_wildcard(text: &str, ty: Type) -> Result<(u128, u128), String> {
    let lower = text.to_ascii_lowercase();
    let (digits, bits) = if let Some(h) = lower.strip_prefix("0x") {
        (h, 4)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (b, 1)
    } else {
        return Err(format!("`{text}`: `*` digits need a 0x or 0b prefix"));
    };
    let digits: Vec<char> = digits.chars().filter(|&c| c != '_').collect();
    if digits.is_empty() || digits.len() * bits > 128 {
        return Err(format!("bad ternary constant `{text}`"));
    }
    let radix = 1u32 << bits;
    let (mut value, mut wild) = (0u128, 0u128);
    for c in digits {
        value <<= bits;
        wild <<= bits;
        if c == '*' {
            wild |= mask(bits as u16);
        } else {
            let d = c.to_digit(radix).ok_or_else(|| format!("bad digit `{c}` in `{text}`"))?;
            value |= u128::from(d);
        }
    }
    if value & !ty.mask() != 0 {
        return Err(format!("value `{text}` does not fit {}", type_name(ty)));
    }
    Ok((value, ty.mask() & !wild))
}

/// `bit<8>`, `int<16>`, `bool`.
pub(crate) fn type_name(ty: Type) -> String {
    match ty {
        Type::Bits { width, signed: false } => format!("bit<{width}>"),
        Type::Bits { width, signed: true } => format!("int<{width}>"),
        Type::Bool => "bool".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let toks = tokenize("add t k:0x1/8 a(p:1, q : 2) => x == y != z # c").unwrap();
        assert_eq!(toks.len(), 21);
        assert_eq!(toks[4], Tok::Word("0x1/8".into()));
        assert_eq!(tokenize("mark=5").unwrap(), vec![Tok::Word("mark".into()), Tok::Assign, Tok::Word("5".into())]);
        assert!(tokenize("a ! b").is_err());
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("0x1_0"), Ok(16));
        assert_eq!(parse_number("0b101"), Ok(5));
        assert_eq!(parse_number("10.0.0.1"), Ok(0x0a00_0001));
        assert!(parse_number("0x").is_err());
        assert!(parse_number("1x").is_err());
        assert!(parse_number("999999999999999999999999999999999999999999").unwrap_err().contains("too large"));
        assert_eq!(parse_typed("-1", Type::int(8)), Ok(0xff));
        assert!(parse_typed("256", Type::bits(8)).is_err());
        assert!(parse_typed("-129", Type::int(8)).is_err());
        assert_eq!(parse_wildcard("0x**01", Type::bits(16)), Ok((0x0001, 0x00ff)));
        assert_eq!(parse_wildcard("0b1*", Type::bits(4)), Ok((0b10, 0b1110)));
        assert!(parse_wildcard("1*", Type::bits(4)).is_err());
    }
}
